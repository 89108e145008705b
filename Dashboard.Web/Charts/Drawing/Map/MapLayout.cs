using Dashboard.Data.Geo;
using Dashboard.Web.Charts.Maps;

namespace Dashboard.Web.Charts.Drawing.Map;

/// <summary>
/// Where everything of a map goes inside the data area, in 1× pixels: the legend (a column on the right when the area
/// is wide, rows underneath otherwise), the view, every visible region in pixels, and the labels.
/// </summary>
internal sealed record MapLayout(MapView View, MapLegend Legend, float LegendLeft, float LegendTop, bool LegendColumn,
    IReadOnlyList<MapPixelRegion> Regions, IReadOnlyList<MapLabel> Labels)
{
    /// <summary>Areas at least this much wider than high get the legend beside the map.</summary>
    public const double ColumnAspect = 1.5;

    public static MapLayout Compute(ChartFrame f, MapLayer layer, MapRect area)
    {
        var legend = new MapLegend(f, layer);
        var gap = f.LabelSize * 1.2f;
        var column = area.Width / Math.Max(1, area.Height) >= ColumnAspect;
        MapRect mapArea;
        if (column)
        {
            legend.LayoutColumn();
            mapArea = new MapRect(area.MinX, area.MinY, Math.Max(area.MinX + 10, area.MaxX - legend.Width - gap), area.MaxY);
        }
        else
        {
            legend.LayoutRows((float)area.Width);
            mapArea = new MapRect(area.MinX, area.MinY, area.MaxX, Math.Max(area.MinY + 10, area.MaxY - legend.Height - gap * 0.6));
        }

        var subjects = layer.Subjects.SelectMany(r => r.Polygons).SelectMany(p => p.Rings).SelectMany(r => r).ToList();
        var bounds = subjects.Count > 0 ? MapRect.Bounding(subjects) : layer.Extent;
        var view = MapView.Fit(bounds, layer.Extent, mapArea);

        // Centre the map and a column legend together, the legend level with the top of the map.
        float legendLeft, legendTop;
        if (column)
        {
            var shift = (mapArea.MaxX - view.Pixels.MaxX) / 2;
            view = view with { Pixels = new MapRect(view.Pixels.MinX + shift, view.Pixels.MinY, view.Pixels.MaxX + shift, view.Pixels.MaxY) };
            legendLeft = (float)(view.Pixels.MaxX + gap);
            legendTop = (float)view.Pixels.MinY;
        }
        else
        {
            legendLeft = (float)(area.MinX + (area.Width - legend.Width) / 2);
            legendTop = (float)(area.MaxY - legend.Height);
        }

        var regions = new List<MapPixelRegion>();
        foreach (var region in layer.Regions.Where(r => r.Polygons.Count > 0))
        {
            var polygons = region.Polygons.Select(p => new MapPolygon(p.Rings.Select(r => r.Select(view.ToPixel).ToArray()).ToList())).ToList();
            var extent = MapRect.Bounding(polygons.SelectMany(p => p.Rings[0]));
            if (extent.Intersects(view.Pixels))
            {
                regions.Add(new MapPixelRegion(region, polygons, extent));
            }
        }

        var placer = new MapLabelPlacer(regions, view.Pixels.Inflate(-2, -2), (lines, subject) => Measure(f, lines, subject), f.LabelSize * 0.15);
        placer.PlaceSubjects(r => [r.Name, layer.ValueText(r)]);
        placer.PlaceContext();
        foreach (var water in layer.WaterLabels)
        {
            placer.PlaceWater(water.Text, view.ToPixel(water.Center), view.ToPixel(water.Toward));
        }

        return new MapLayout(view, legend, legendLeft, legendTop, column, regions, placer.Placed);
    }

    public static float NameSize(ChartFrame f) => f.LabelSize;

    public static float ValueSize(ChartFrame f) => f.ValueSize;

    public static float ContextSize(ChartFrame f) => f.TickSize * 0.95f;

    /// <summary>The box a label needs: subjects have a bold name over a value, others one regular line.</summary>
    public static (double Width, double Height) Measure(ChartFrame f, IReadOnlyList<string> lines, bool subject)
    {
        if (subject)
        {
            using var bold = Ink.Font(NameSize(f), bold: true);
            using var regular = Ink.Font(ValueSize(f));
            var width = Math.Max(Ink.Width(lines[0], bold), lines.Count > 1 ? Ink.Width(lines[1], regular) : 0);
            return (width + NameSize(f) * 0.3, NameSize(f) * 1.15 + (lines.Count > 1 ? ValueSize(f) * 1.15 : 0) + NameSize(f) * 0.2);
        }

        using var font = Ink.Font(ContextSize(f));
        return (Ink.Width(lines[0], font) + ContextSize(f) * 0.3, ContextSize(f) * 1.3);
    }
}

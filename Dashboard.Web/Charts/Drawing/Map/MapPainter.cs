using Dashboard.Data.Geo;
using Dashboard.Web.Charts.Model;
using ScottPlot;
using SkiaSharp;
using Dashboard.Web.Charts.Maps;

namespace Dashboard.Web.Charts.Drawing.Map;

/// <summary>
/// Paints a <see cref="MapLayout"/>: water, each country's fill as one path (context grey, subjects by class, no data
/// hatched), borders, labels with their leader lines, and the legend. Returns each country's path in the form Skia's
/// SVG canvas writes it, so <see cref="Rendering.MapSvgTitles"/> can give that element its title.
/// </summary>
internal static class MapPainter
{
    public static List<MapDrawnRegion> Paint(SKCanvas canvas, ChartFrame f, MapLayer layer, MapLayout layout)
    {
        var theme = f.Theme;
        var view = layout.View.Pixels;
        var drawn = new List<MapDrawnRegion>();
        var saved = canvas.Save();
        canvas.ClipRect(Rect(view));
        Ink.Rect(canvas, Rect(view), MapPalette.Water(theme));
        using var contextBorders = new SKPath();
        using var subjectBorders = new SKPath();
        foreach (var region in layout.Regions)
        {
            using var path = PathOf(region.Polygons);
            var r = region.Region;
            var bin = r.Value is { } v ? layer.Bins.IndexOf(v) : -1;
            var fill = !r.IsSubject ? MapPalette.Land(theme) : bin >= 0 ? MapPalette.Bin(bin, layer.Bins.Count, theme) : MapPalette.NoData(theme);
            using (var paint = new SKPaint { Color = fill.ToSKColor(), IsAntialias = true, Style = SKPaintStyle.Fill })
            {
                canvas.DrawPath(path, paint);
            }

            drawn.Add(new MapDrawnRegion(r.Code, path.ToSvgPathData(), layer.TitleOf(r)));
            if (r.IsSubject && bin < 0)
            {
                Hatched(canvas, path, f, fill: false);
            }

            (r.IsSubject ? subjectBorders : contextBorders).AddPath(path);
        }

        Stroke(canvas, contextBorders, MapPalette.Border(theme), Math.Max(0.75f, f.K * 0.8f));
        Stroke(canvas, subjectBorders, MapPalette.Border(theme), Math.Max(1f, f.K * (theme.Name == "projector" ? 1.8f : 1.3f)));
        canvas.RestoreToCount(saved);

        foreach (var label in layout.Labels)
        {
            DrawLabel(canvas, f, layer, layout, label);
        }

        layout.Legend.Draw(canvas, layout.LegendLeft, layout.LegendTop, layout.LegendColumn);
        if (f.Points is { } points)
        {
            RecordShapes(points, f.Spec, layout);
            points.Legend(Enumerable.Range(0, layer.Bins.Count).Select(i => (layer.Bins.Label(i), MapPalette.Bin(i, layer.Bins.Count, theme).ToHex())).ToList());
        }

        return drawn;
    }

    /// <summary>Each mapped country's outline as its hover area (points.json), anchored where its label or middle is.</summary>
    private static void RecordShapes(Points.PointMap points, ChartSpec spec, MapLayout layout)
    {
        foreach (var region in layout.Regions.Where(r => r.Region.IsSubject))
        {
            var point = spec.Series.FirstOrDefault(s => s.Entity == region.Region.Code) is { Points.Count: > 0 } s0 ? s0.Points[0] : null;
            if (point is null)
            {
                continue;
            }

            var label = layout.Labels.FirstOrDefault(l => l.Code == region.Region.Code);
            var at = label switch
            {
                { Kind: MapLabelKind.Inside } => label.Box.Center,
                { Kind: MapLabelKind.Leader, Anchor: { } anchor } => anchor,
                _ => PolygonMath.Centroid(region.Main.Rings[0]),
            };
            var rings = region.Rings.Select(r => r.SelectMany(p => new[] { (float)p.X, (float)p.Y }).ToArray()).ToList();
            points.Shape(point, (float)at.X, (float)at.Y, rings);
        }
    }

    /// <summary>The "no data" look: a pale fill (unless <paramref name="fill"/> is false) crossed by thin diagonal lines, clipped to the path.</summary>
    public static void Hatched(SKCanvas canvas, SKPath path, ChartFrame f, bool fill = true)
    {
        if (fill)
        {
            using var paint = new SKPaint { Color = MapPalette.NoData(f.Theme).ToSKColor(), IsAntialias = true, Style = SKPaintStyle.Fill };
            canvas.DrawPath(path, paint);
        }

        var bounds = path.Bounds;
        var spacing = Math.Max(3f, f.K * 6f);
        using var lines = new SKPath();
        for (var x = bounds.Left - bounds.Height; x < bounds.Right; x += spacing)
        {
            lines.MoveTo(x, bounds.Bottom);
            lines.LineTo(x + bounds.Height, bounds.Top);
        }

        var saved = canvas.Save();
        canvas.ClipPath(path, antialias: true);
        Stroke(canvas, lines, MapPalette.Hatch(f.Theme), Math.Max(0.75f, f.K * 0.9f));
        canvas.RestoreToCount(saved);
    }

    private static void DrawLabel(SKCanvas canvas, ChartFrame f, MapLayer layer, MapLayout layout, MapLabel label)
    {
        var theme = f.Theme;
        var box = label.Box;
        var x = (float)box.Center.X;
        switch (label.Kind)
        {
            case MapLabelKind.Inside or MapLabelKind.Leader:
            {
                var region = layout.Regions.First(r => r.Region.Code == label.Code).Region;
                var bin = region.Value is { } v ? layer.Bins.IndexOf(v) : -1;
                var fill = bin >= 0 ? MapPalette.Bin(bin, layer.Bins.Count, theme) : MapPalette.NoData(theme);
                var color = label.Kind == MapLabelKind.Inside ? MapPalette.TextOn(fill) : theme.Foreground;
                if (label is { Kind: MapLabelKind.Leader, Anchor: { } anchor })
                {
                    var end = MapBoxGeometry.NearestOnBox(box, anchor);
                    var width = Math.Max(1f, f.K * 1.1f);
                    Ink.Line(canvas, (float)anchor.X, (float)anchor.Y, (float)end.X, (float)end.Y, theme.Foreground, width);
                    using var dot = new SKPaint { Color = theme.Foreground.ToSKColor(), IsAntialias = true };
                    canvas.DrawCircle((float)anchor.X, (float)anchor.Y, width * 1.8f, dot);
                }

                var name = MapLayout.NameSize(f) * label.Scale;
                var value = MapLayout.ValueSize(f) * label.Scale;
                using var bold = Ink.Font(name, bold: true);
                using var regular = Ink.Font(value);
                var top = (float)box.MinY + name * 0.1f;
                var halo = label.Kind == MapLabelKind.Leader ? theme.Background : fill;
                Ink.DrawWithHalo(canvas, label.Lines[0], x, top + name * 0.92f, bold, color, halo, SKTextAlign.Center);
                if (label.Lines.Count > 1)
                {
                    Ink.DrawWithHalo(canvas, label.Lines[1], x, top + name * 1.15f + value * 0.95f, regular, color, halo, SKTextAlign.Center);
                }

                break;
            }

            case MapLabelKind.Context:
            {
                var size = MapLayout.ContextSize(f);
                using var font = Ink.Font(size);
                Ink.Draw(canvas, label.Lines[0], x, (float)box.Center.Y + size * 0.36f, font, theme.Muted, SKTextAlign.Center);
                break;
            }

            default:
            {
                var size = MapLayout.ContextSize(f);
                using var font = Ink.Font(size);
                var saved = canvas.Save();
                canvas.RotateDegrees(label.Angle, x, (float)box.Center.Y);
                Ink.Draw(canvas, label.Lines[0], x, (float)box.Center.Y + size * 0.36f, font, theme.Muted, SKTextAlign.Center);
                canvas.RestoreToCount(saved);
                break;
            }
        }
    }

    /// <summary>One path of every polygon (even-odd, so holes stay open).</summary>
    public static SKPath PathOf(IEnumerable<MapPolygon> polygons)
    {
        var path = new SKPath { FillType = SKPathFillType.EvenOdd };
        foreach (var ring in polygons.SelectMany(p => p.Rings))
        {
            path.MoveTo((float)ring[0].X, (float)ring[0].Y);
            for (var i = 1; i < ring.Length - 1; i++)
            {
                path.LineTo((float)ring[i].X, (float)ring[i].Y);
            }

            path.Close();
        }

        return path;
    }

    private static void Stroke(SKCanvas canvas, SKPath path, Color color, float width)
    {
        using var paint = new SKPaint { Color = color.ToSKColor(), IsAntialias = true, Style = SKPaintStyle.Stroke, StrokeWidth = width, StrokeJoin = SKStrokeJoin.Round };
        canvas.DrawPath(path, paint);
    }

    private static SKRect Rect(MapRect r) => new((float)r.MinX, (float)r.MinY, (float)r.MaxX, (float)r.MaxY);
}

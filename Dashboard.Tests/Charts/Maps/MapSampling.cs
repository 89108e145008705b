using Dashboard.Data.Geo;
using Dashboard.Web.Charts.Drawing;
using Dashboard.Web.Charts.Drawing.Map;
using ScottPlot;
using SkiaSharp;
using Dashboard.Web.Charts.Maps;

namespace Dashboard.Tests.Charts.Maps;

/// <summary>Finds pixels of a rendered map that show a country's fill and nothing else (no border, label or leader).</summary>
internal static class MapSampling
{
    /// <summary>Interior points of the region's main polygon at least <paramref name="margin"/> px from its edges, labels and leader lines.</summary>
    /// <param name="layout">The map's layout after the render.</param>
    /// <param name="region">The country, in pixels.</param>
    /// <param name="margin">Least distance from edges, labels and leader lines, px.</param>
    /// <param name="step">Grid step, px.</param>
    /// <param name="within">Only points in this box (e.g. a window around one clear point, to bound the cost on large states).</param>
    public static IEnumerable<MapPoint> InteriorPoints(MapLayout layout, MapPixelRegion region, double margin, double step = 2, MapRect? within = null)
    {
        var rings = region.Main.Rings;
        var bounds = MapRect.Bounding(rings[0]);
        if (within is { } w)
        {
            bounds = new MapRect(Math.Max(bounds.MinX, w.MinX), Math.Max(bounds.MinY, w.MinY), Math.Min(bounds.MaxX, w.MaxX), Math.Min(bounds.MaxY, w.MaxY));
        }

        var labels = layout.Labels.Select(l => l.Extent.Inflate(margin + 3, margin + 3)).ToList();
        var leaders = layout.Labels.Where(l => l.Anchor is not null).Select(l => (A: l.Anchor!.Value, B: MapBoxGeometry.NearestOnBox(l.Box, l.Anchor!.Value))).ToList();
        for (var y = bounds.MinY; y <= bounds.MaxY; y += step)
        {
            for (var x = bounds.MinX; x <= bounds.MaxX; x += step)
            {
                var p = new MapPoint(x, y);
                if (PolygonMath.SignedDistance(rings, p) >= margin && !labels.Any(b => b.Contains(p))
                    && !leaders.Any(s => PolygonMath.SegmentDistance(p, s.A, s.B) < margin + 3) && layout.View.Pixels.Inflate(-margin, -margin).Contains(p))
                {
                    yield return p;
                }
            }
        }
    }

    /// <summary>The interior point farthest from edges among those clear of labels and leaders.</summary>
    public static MapPoint ClearInteriorPoint(MapLayout layout, MapPixelRegion region, double margin)
    {
        var bounds = MapRect.Bounding(region.Main.Rings[0]);
        var points = InteriorPoints(layout, region, margin, Math.Max(2, Math.Min(bounds.Width, bounds.Height) / 40)).ToList();
        Assert.True(points.Count > 0, $"no clear interior point in {region.Region.Code}");
        return points.MaxBy(p => PolygonMath.DistanceToEdges(region.Main.Rings, p));
    }

    public static void AssertColour(SKBitmap bitmap, MapPoint point, int scale, Color expected, string what)
    {
        var actual = bitmap.GetPixel((int)Math.Round(point.X * scale), (int)Math.Round(point.Y * scale));
        Assert.True(Close(actual, expected.ToSKColor(), 3), $"{what}: pixel {actual} is not {expected.ToSKColor()}");
    }

    public static bool Close(SKColor a, SKColor b, int tolerance) =>
        Math.Abs(a.Red - b.Red) <= tolerance && Math.Abs(a.Green - b.Green) <= tolerance && Math.Abs(a.Blue - b.Blue) <= tolerance;

    public static double Lightness(SKColor c) => 0.299 * c.Red + 0.587 * c.Green + 0.114 * c.Blue;
}

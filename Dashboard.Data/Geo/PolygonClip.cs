namespace Dashboard.Data.Geo;

/// <summary>
/// Sutherland–Hodgman clipping of a closed ring to an axis-aligned rectangle. A concave ring that leaves and re-enters
/// the rectangle keeps connecting edges along the rectangle's border (zero-width slivers there); that is harmless for
/// filling, and a map drawn inside the rectangle never shows them.
/// </summary>
public static class PolygonClip
{
    /// <summary>The part of the ring inside the rectangle, closed; empty when nothing is inside.</summary>
    public static MapPoint[] ToRect(IReadOnlyList<MapPoint> ring, MapRect rect)
    {
        var points = ring.Count > 1 && ring[0] == ring[^1] ? ring.Take(ring.Count - 1).ToList() : ring.ToList();
        points = Clip(points, p => p.X >= rect.MinX, (a, b) => AtX(a, b, rect.MinX));
        points = Clip(points, p => p.X <= rect.MaxX, (a, b) => AtX(a, b, rect.MaxX));
        points = Clip(points, p => p.Y >= rect.MinY, (a, b) => AtY(a, b, rect.MinY));
        points = Clip(points, p => p.Y <= rect.MaxY, (a, b) => AtY(a, b, rect.MaxY));
        if (points.Count < 3)
        {
            return [];
        }

        points.Add(points[0]);
        return points.ToArray();
    }

    private static List<MapPoint> Clip(List<MapPoint> input, Func<MapPoint, bool> inside, Func<MapPoint, MapPoint, MapPoint> cross)
    {
        var output = new List<MapPoint>(input.Count + 4);
        for (var i = 0; i < input.Count; i++)
        {
            var current = input[i];
            var previous = input[(i + input.Count - 1) % input.Count];
            if (inside(current))
            {
                if (!inside(previous))
                {
                    output.Add(cross(previous, current));
                }

                output.Add(current);
            }
            else if (inside(previous))
            {
                output.Add(cross(previous, current));
            }
        }

        return output;
    }

    private static MapPoint AtX(MapPoint a, MapPoint b, double x) => new(x, a.Y + (b.Y - a.Y) * (x - a.X) / (b.X - a.X));

    private static MapPoint AtY(MapPoint a, MapPoint b, double y) => new(a.X + (b.X - a.X) * (y - a.Y) / (b.Y - a.Y), y);
}

namespace Dashboard.Data.Geo;

/// <summary>
/// Plane geometry on closed rings (first point repeated at the end): signed area, even-odd containment, distance to
/// the outline, and the pole of inaccessibility (the interior point farthest from every edge, found with the
/// "polylabel" cell search of Mapbox, 2016), which is where a label has the most room.
/// </summary>
public static class PolygonMath
{
    /// <summary>Shoelace area: positive when the ring runs counter-clockwise in a y-up plane.</summary>
    public static double SignedArea(IReadOnlyList<MapPoint> ring)
    {
        double sum = 0;
        for (var i = 0; i + 1 < ring.Count; i++)
        {
            sum += ring[i].X * ring[i + 1].Y - ring[i + 1].X * ring[i].Y;
        }

        return sum / 2;
    }

    /// <summary>Area of a polygon: the outline minus its holes.</summary>
    public static double Area(MapPolygon polygon) =>
        polygon.Rings.Count == 0 ? 0 : Math.Abs(SignedArea(polygon.Rings[0])) - polygon.Rings.Skip(1).Sum(r => Math.Abs(SignedArea(r)));

    /// <summary>Even-odd rule over all rings (so a point in a hole is outside).</summary>
    public static bool Contains(IEnumerable<MapPoint[]> rings, MapPoint p)
    {
        var inside = false;
        foreach (var ring in rings)
        {
            for (int i = 0, j = ring.Length - 1; i < ring.Length; j = i++)
            {
                var (a, b) = (ring[i], ring[j]);
                if ((a.Y > p.Y) != (b.Y > p.Y) && p.X < (b.X - a.X) * (p.Y - a.Y) / (b.Y - a.Y) + a.X)
                {
                    inside = !inside;
                }
            }
        }

        return inside;
    }

    /// <summary>Distance from <paramref name="p"/> to the nearest edge of any ring.</summary>
    public static double DistanceToEdges(IEnumerable<MapPoint[]> rings, MapPoint p)
    {
        var best = double.MaxValue;
        foreach (var ring in rings)
        {
            for (var i = 0; i + 1 < ring.Length; i++)
            {
                best = Math.Min(best, SegmentDistance(p, ring[i], ring[i + 1]));
            }
        }

        return best;
    }

    /// <summary>Distance inside (positive) or outside (negative) the polygon formed by the rings.</summary>
    public static double SignedDistance(IReadOnlyList<MapPoint[]> rings, MapPoint p) =>
        (Contains(rings, p) ? 1 : -1) * DistanceToEdges(rings, p);

    public static double SegmentDistance(MapPoint p, MapPoint a, MapPoint b)
    {
        var (dx, dy) = (b.X - a.X, b.Y - a.Y);
        var length2 = dx * dx + dy * dy;
        var t = length2 == 0 ? 0 : Math.Clamp(((p.X - a.X) * dx + (p.Y - a.Y) * dy) / length2, 0, 1);
        var (ex, ey) = (a.X + t * dx - p.X, a.Y + t * dy - p.Y);
        return Math.Sqrt(ex * ex + ey * ey);
    }

    /// <summary>
    /// The pole of inaccessibility of a polygon (outline plus holes) to within <paramref name="precision"/>, and its
    /// distance to the nearest edge.
    /// </summary>
    public static (MapPoint Point, double Distance) PoleOfInaccessibility(IReadOnlyList<MapPoint[]> rings, double precision)
    {
        var bounds = MapRect.Bounding(rings[0]);
        var cellSize = Math.Min(bounds.Width, bounds.Height);
        if (cellSize <= 0)
        {
            return (new MapPoint(bounds.MinX, bounds.MinY), 0);
        }

        var queue = new PriorityQueue<Cell, double>();
        void Push(Cell cell) => queue.Enqueue(cell, -cell.Max);
        Cell Make(double x, double y, double h)
        {
            var d = SignedDistance(rings, new MapPoint(x, y));
            return new Cell(x, y, h, d, d + h * Math.Sqrt(2));
        }

        var half = cellSize / 2;
        for (var x = bounds.MinX; x < bounds.MaxX; x += cellSize)
        {
            for (var y = bounds.MinY; y < bounds.MaxY; y += cellSize)
            {
                Push(Make(x + half, y + half, half));
            }
        }

        var best = Centroid(rings[0]) is var c ? Make(c.X, c.Y, 0) : default;
        var middle = Make(bounds.Center.X, bounds.Center.Y, 0);
        if (middle.D > best.D)
        {
            best = middle;
        }

        while (queue.TryDequeue(out var cell, out _))
        {
            if (cell.D > best.D)
            {
                best = cell;
            }

            if (cell.Max - best.D <= precision)
            {
                continue;
            }

            var h = cell.H / 2;
            Push(Make(cell.X - h, cell.Y - h, h));
            Push(Make(cell.X + h, cell.Y - h, h));
            Push(Make(cell.X - h, cell.Y + h, h));
            Push(Make(cell.X + h, cell.Y + h, h));
        }

        return (new MapPoint(best.X, best.Y), best.D);
    }

    /// <summary>Area centroid of a ring (the vertex mean for a degenerate ring).</summary>
    public static MapPoint Centroid(IReadOnlyList<MapPoint> ring)
    {
        double area = 0, cx = 0, cy = 0;
        for (var i = 0; i + 1 < ring.Count; i++)
        {
            var f = ring[i].X * ring[i + 1].Y - ring[i + 1].X * ring[i].Y;
            cx += (ring[i].X + ring[i + 1].X) * f;
            cy += (ring[i].Y + ring[i + 1].Y) * f;
            area += f * 3;
        }

        return area == 0
            ? new MapPoint(ring.Average(p => p.X), ring.Average(p => p.Y))
            : new MapPoint(cx / area, cy / area);
    }

    private readonly record struct Cell(double X, double Y, double H, double D, double Max);
}

namespace Dashboard.Data.Geo;

/// <summary>An axis-aligned rectangle in a plane (projected metres or pixels); min ≤ max on both axes.</summary>
public readonly record struct MapRect(double MinX, double MinY, double MaxX, double MaxY)
{
    public double Width => MaxX - MinX;

    public double Height => MaxY - MinY;

    public MapPoint Center => new((MinX + MaxX) / 2, (MinY + MaxY) / 2);

    public bool Contains(MapPoint p) => p.X >= MinX && p.X <= MaxX && p.Y >= MinY && p.Y <= MaxY;

    public bool Intersects(MapRect other) =>
        other.MinX < MaxX && other.MaxX > MinX && other.MinY < MaxY && other.MaxY > MinY;

    public MapRect Inflate(double dx, double dy) => new(MinX - dx, MinY - dy, MaxX + dx, MaxY + dy);

    /// <summary>The smallest rectangle holding every point; throws when there are none.</summary>
    public static MapRect Bounding(IEnumerable<MapPoint> points)
    {
        var (minX, minY, maxX, maxY) = (double.MaxValue, double.MaxValue, double.MinValue, double.MinValue);
        var any = false;
        foreach (var p in points)
        {
            any = true;
            minX = Math.Min(minX, p.X);
            minY = Math.Min(minY, p.Y);
            maxX = Math.Max(maxX, p.X);
            maxY = Math.Max(maxY, p.Y);
        }

        return any ? new MapRect(minX, minY, maxX, maxY) : throw new ArgumentException("No points to bound.", nameof(points));
    }
}

namespace Dashboard.Data.Geo;

/// <summary>A longitude/latitude box in degrees (west ≤ east, south ≤ north), e.g. the clip box of a regional map.</summary>
public readonly record struct GeoBox(double West, double South, double East, double North)
{
    public bool Contains(GeoPoint p) => p.Lon >= West && p.Lon <= East && p.Lat >= South && p.Lat <= North;

    /// <summary>The same box as a plane rectangle with x = longitude and y = latitude (for clipping in degrees).</summary>
    public MapRect AsRect => new(West, South, East, North);
}

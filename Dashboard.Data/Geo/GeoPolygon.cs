namespace Dashboard.Data.Geo;

/// <summary>
/// A polygon in degrees as GeoJSON holds it: the first ring is the outline, the others are holes; every ring is closed
/// (its last position repeats the first).
/// </summary>
public sealed record GeoPolygon(IReadOnlyList<GeoPoint[]> Rings);

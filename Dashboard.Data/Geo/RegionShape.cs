namespace Dashboard.Data.Geo;

/// <summary>
/// One country of a regional map: ISO 3166 alpha-3 code, name, whether it is a subject (filled by value) or context
/// (neutral grey), and its polygons in degrees.
/// </summary>
public sealed record RegionShape(string Code, string Name, bool IsSubject, IReadOnlyList<GeoPolygon> Polygons);

using Dashboard.Data.Geo;

namespace Dashboard.Web.Charts.Maps;

/// <summary>
/// One country on a map: code, display name, whether it is a subject (filled by its value) or context (grey), its
/// value (null = no data; always null for context) and its polygons in projected metres.
/// </summary>
public sealed record MapRegion(string Code, string Name, bool IsSubject, double? Value, IReadOnlyList<MapPolygon> Polygons);

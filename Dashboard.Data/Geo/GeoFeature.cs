namespace Dashboard.Data.Geo;

/// <summary>
/// One GeoJSON feature with an area geometry: its id, its scalar properties as text (numbers as written, booleans as
/// <c>true</c>/<c>false</c>; nulls, objects and arrays left out), its polygons and the line it starts on.
/// </summary>
public sealed record GeoFeature(string? Id, IReadOnlyDictionary<string, string> Properties, IReadOnlyList<GeoPolygon> Polygons, int Line)
{
    public string? Property(string name) => Properties.TryGetValue(name, out var value) ? value : null;
}

using System.Text.Json;

namespace Dashboard.Data.Geo;

/// <summary>A GeoJSON document (a FeatureCollection): its features and any other top-level members (e.g. a provenance object).</summary>
public sealed record GeoDocument(IReadOnlyList<GeoFeature> Features, IReadOnlyDictionary<string, JsonElement> ForeignMembers);

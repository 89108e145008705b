namespace Dashboard.Data.Geo;

/// <summary>A projected polygon: the first ring is the outline, the others are holes; rings are closed.</summary>
public sealed record MapPolygon(IReadOnlyList<MapPoint[]> Rings);

namespace Dashboard.Data.Geo;

/// <summary>What <see cref="RegionGeometryDeriver.Derive"/> produced: the file's path under the data folder, its text, and counts.</summary>
public sealed record RegionGeometryDerivation(string RelativePath, string Text, int Countries, int Points);

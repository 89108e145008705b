namespace Dashboard.Data.Derive;

/// <summary>One file written by <see cref="PrimarySeriesDeriver"/>: its path under the data folder, rows and size.</summary>
public sealed record DerivedFile(string RelativePath, int Rows, long Bytes);

namespace Dashboard.Data.Derive;

/// <summary>What <see cref="PrimarySeriesDeriver.Run"/> wrote, and what the user should know (skipped rows, absences).</summary>
public sealed record DeriveReport(IReadOnlyList<DerivedFile> Files, IReadOnlyList<string> Notes);

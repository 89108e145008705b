namespace Dashboard.Data.Import.Formats;

/// <summary>What <see cref="DatasetFileImporter"/> stored: format, edition, counts of new definitions and rows, notes.</summary>
public sealed record DatasetImportResult(
    string DatasetId,
    string Format,
    string? Edition,
    long Observations,
    int NewIndicators,
    int NewEntities,
    int NewSources,
    IReadOnlyList<string> Notes);

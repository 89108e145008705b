namespace Dashboard.Data.Import;

/// <summary>What <see cref="ImportEngine"/> does with one file.</summary>
public sealed record FileImportOptions
{
    /// <summary>Dataset id to store the file as (a slug).</summary>
    public required string DatasetId { get; init; }

    /// <summary>The file's name as the user knows it; errors name it.</summary>
    public required string FileName { get; init; }

    /// <summary>Source to cite for formats without a source column; null lets the reader use the file's own.</summary>
    public string? SourceId { get; init; }

    /// <summary>Only report errors and the diff; change nothing.</summary>
    public bool DryRun { get; init; }

    /// <summary>Extra name/code → entity code mappings for the reader (see <see cref="Formats.ReaderContext.EntityMap"/>).</summary>
    public IReadOnlyDictionary<string, string> EntityMap { get; init; } = new Dictionary<string, string>();
}

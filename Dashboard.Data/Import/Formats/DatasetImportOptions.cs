namespace Dashboard.Data.Import.Formats;

/// <summary>How <see cref="DatasetFileImporter"/> stores one file.</summary>
public sealed record DatasetImportOptions
{
    /// <summary>Id of the new dataset (a slug; must not exist yet).</summary>
    public required string DatasetId { get; init; }

    /// <summary>File name recorded for the dataset; defaults to the display name.</summary>
    public string? FileName { get; init; }

    /// <summary><c>upload</c> (default) or <c>shipped</c>.</summary>
    public string Origin { get; init; } = "upload";

    /// <summary>Source to cite (must exist); null lets the format's reader define its default source.</summary>
    public string? SourceId { get; init; }

    /// <summary>Extra name/code → entity code mappings (see <see cref="ReaderContext.EntityMap"/>).</summary>
    public IReadOnlyDictionary<string, string> EntityMap { get; init; } = new Dictionary<string, string>();

    /// <summary>The readers to detect among; defaults to <see cref="DatasetReaders.All"/>.</summary>
    public IReadOnlyList<IDatasetReader>? Readers { get; init; }
}

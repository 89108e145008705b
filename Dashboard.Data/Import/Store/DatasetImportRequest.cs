namespace Dashboard.Data.Import.Store;

/// <summary>How <see cref="DatasetImporter"/> applies one file's content: as which dataset, and whether only to try it.</summary>
public sealed record DatasetImportRequest
{
    /// <summary>Dataset id (a slug). An existing uploaded dataset with this id is replaced; a shipped one cannot be.</summary>
    public required string DatasetId { get; init; }

    /// <summary>The file's original name, shown in the datasets list.</summary>
    public required string FileName { get; init; }

    /// <summary>SHA-256 of the file's bytes: the dataset's version.</summary>
    public required string ContentHash { get; init; }

    /// <summary>The source the file's values cite when the format has no source column (null: the file's own).</summary>
    public string? SourceId { get; init; }

    /// <summary>Compute the diff and every error, then roll back.</summary>
    public bool DryRun { get; init; }

    /// <summary>The file to keep in the store so a rebuild can re-apply it; null when re-applying a kept file.</summary>
    public StoredUpload? Upload { get; init; }

    /// <summary>How the file was read (see <see cref="FileImportOptions.ToJson"/>), kept with the file.</summary>
    public string? Options { get; init; }

    /// <summary>What the revision history records for this import (see <see cref="RevisionStamp"/>); null: nothing (re-applying a kept file).</summary>
    public RevisionStamp? Revision { get; init; }

    /// <summary>How long a real import waits for another writer to finish; null: <see cref="StoreLock.DefaultWait"/>.</summary>
    public TimeSpan? MaxWait { get; init; }

    /// <summary>Told how long it has waited, about every second, while another writer holds the store.</summary>
    public Action<TimeSpan>? Waiting { get; init; }
}

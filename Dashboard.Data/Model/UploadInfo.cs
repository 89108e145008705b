namespace Dashboard.Data.Model;

/// <summary>An uploaded file kept in the store: whether it is applied, and if not, why (e.g. after a rebuild).</summary>
public sealed record UploadInfo
{
    public string DatasetId { get; init; } = "";
    public string FileName { get; init; } = "";
    public string Format { get; init; } = "";
    public string? SourceId { get; init; }
    public string ContentHash { get; init; } = "";
    public long SizeBytes { get; init; }
    public string UploadedAt { get; init; } = "";

    /// <summary>"applied", or "failed" when a rebuild of the store could not re-apply it.</summary>
    public string Status { get; init; } = "";

    public string? Error { get; init; }

    /// <summary>How the file was read (encoding, sheet, indicator, series, source named), as JSON; null when all was detected.</summary>
    public string? Options { get; init; }
}

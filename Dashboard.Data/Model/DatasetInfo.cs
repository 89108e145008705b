namespace Dashboard.Data.Model;

/// <summary>One imported file: its version (content hash), size and origin.</summary>
public sealed record DatasetInfo
{
    public string Id { get; init; } = "";
    public string FileName { get; init; } = "";
    public string Format { get; init; } = "";
    public string Origin { get; init; } = "";
    public string ContentHash { get; init; } = "";
    public long RowCount { get; init; }
    public string? SourceId { get; init; }
    public string ImportedAt { get; init; } = "";
}

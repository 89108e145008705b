namespace Dashboard.Data.Model;

/// <summary>A deck template kept in the store (without its bytes): its id (<c>template=</c>), the file it came from, what it holds.</summary>
public sealed record DeckTemplateInfo
{
    public string Id { get; init; } = "";
    public string FileName { get; init; } = "";
    public string ContentHash { get; init; } = "";
    public long SizeBytes { get; init; }

    /// <summary>What the check found, e.g. "1 master, 12 layouts; 28 × 15.75 cm; charts on 'Title, Content'".</summary>
    public string Summary { get; init; } = "";
    public string UploadedAt { get; init; } = "";
}

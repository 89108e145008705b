namespace Dashboard.Data.Model;

/// <summary>
/// One revision as it touched one indicator: when, by which feed (or upload), from which edition, how many of the
/// indicator's values it added, changed and removed (<see cref="First"/>: the dataset's first rows), and a few of them.
/// </summary>
public sealed record Revision
{
    public long Id { get; init; }
    public string DatasetId { get; init; } = "";
    public string Origin { get; init; } = "";
    public string RevisedAt { get; init; } = "";
    public string? Edition { get; init; }
    public bool First { get; init; }
    public long Added { get; init; }
    public long Changed { get; init; }
    public long Removed { get; init; }

    /// <summary>The first changes (value changes first, then rows added, then removed), at most the number asked for.</summary>
    public IReadOnlyList<RevisionChange> Changes { get; init; } = [];

    public long Total => Added + Changed + Removed;

    /// <summary>The day of the revision, <c>YYYY-MM-DD</c> (UTC).</summary>
    public string Day => RevisedAt.Length >= 10 ? RevisedAt[..10] : RevisedAt;
}

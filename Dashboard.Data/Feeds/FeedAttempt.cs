namespace Dashboard.Data.Feeds;

/// <summary>One refresh attempt as recorded: when, what started it (schedule, admin, cli), the outcome and why.</summary>
public sealed record FeedAttempt
{
    public long Id { get; init; }
    public string FeedId { get; init; } = "";
    public string StartedAt { get; init; } = "";
    public string FinishedAt { get; init; } = "";
    public string Trigger { get; init; } = "";
    public string Outcome { get; init; } = "";
    public string? Detail { get; init; }
    public string? Edition { get; init; }
    public long? RevisionId { get; init; }

    public bool Failed => Outcome == FeedOutcomes.Failed;
}

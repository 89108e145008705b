namespace Dashboard.Data.Model;

/// <summary>
/// A feed as a reader of its data sees it: what it fetches, how often, when it last refreshed (succeeded) and changed
/// the data, and, when its last attempt failed, when and why.
/// </summary>
public sealed record FeedStatus
{
    public string Id { get; init; } = "";
    public string Kind { get; init; } = "";
    public string Url { get; init; } = "";
    public string Schedule { get; init; } = "";
    public string DatasetId { get; init; } = "";
    public string? LastAttemptAt { get; init; }
    public string? LastOutcome { get; init; }
    public string? LastError { get; init; }
    public string? LastSuccessAt { get; init; }
    public string? LastChangeAt { get; init; }

    public bool LastAttemptFailed => LastOutcome == "failed";
}

namespace Dashboard.Data.Feeds;

/// <summary>
/// A dataset bound to its source: the connector (<see cref="Kind"/>) and URL it is fetched from, how often, how the
/// file is read and which source its values cite; and the state of its last attempt (validators for a conditional
/// request, when it last succeeded and changed, why it last failed).
/// </summary>
public sealed record Feed
{
    public required string Id { get; init; }

    public required FeedKind Kind { get; init; }

    public required Uri Url { get; init; }

    public required FeedSchedule Schedule { get; init; }

    /// <summary>The uploaded dataset the feed writes (one feed per dataset).</summary>
    public required string DatasetId { get; init; }

    /// <summary>The source the values cite; null: the one the file (or the API's metadata) names.</summary>
    public string? SourceId { get; init; }

    public FeedReading Reading { get; init; } = FeedReading.Detect;

    public DateTimeOffset CreatedAt { get; init; }

    public string? ETag { get; init; }

    public string? LastModified { get; init; }

    public DateTimeOffset? LastAttemptAt { get; init; }

    public string? LastOutcome { get; init; }

    /// <summary>Why the last attempt failed (null when it did not).</summary>
    public string? LastError { get; init; }

    /// <summary>The last attempt that did not fail (the data was then current).</summary>
    public DateTimeOffset? LastSuccessAt { get; init; }

    /// <summary>The last attempt that imported new content.</summary>
    public DateTimeOffset? LastChangeAt { get; init; }
}

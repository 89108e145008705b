namespace Dashboard.Data.Feeds;

/// <summary>What a refresh attempt came to, as stored in <c>feed_attempts.outcome</c>.</summary>
public static class FeedOutcomes
{
    /// <summary>New content was imported (values changed, or only provenance did).</summary>
    public const string Changed = "changed";

    /// <summary>The source sent the same content as stored: nothing to import.</summary>
    public const string Unchanged = "unchanged";

    /// <summary>The source answered a conditional request with 304: nothing fetched.</summary>
    public const string NotModified = "not-modified";

    /// <summary>The fetch or the import failed: nothing changed, and why is recorded.</summary>
    public const string Failed = "failed";
}

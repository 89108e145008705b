namespace Dashboard.Data.Feeds;

/// <summary>How often a feed is refreshed.</summary>
public enum FeedSchedule
{
    Daily,
    Weekly,
    Monthly,
}

namespace Dashboard.Data.Feeds;

/// <summary>The words a schedule is written as (daily, weekly, monthly) and when a feed is next due.</summary>
public static class FeedSchedules
{
    public static IReadOnlyList<FeedSchedule> All { get; } = [FeedSchedule.Daily, FeedSchedule.Weekly, FeedSchedule.Monthly];

    public static string Name(FeedSchedule schedule) => schedule switch
    {
        FeedSchedule.Weekly => "weekly",
        FeedSchedule.Monthly => "monthly",
        _ => "daily",
    };

    public static bool TryParse(string? text, out FeedSchedule schedule)
    {
        foreach (var candidate in All)
        {
            if (string.Equals(Name(candidate), text?.Trim(), StringComparison.OrdinalIgnoreCase))
            {
                schedule = candidate;
                return true;
            }
        }

        schedule = FeedSchedule.Daily;
        return false;
    }

    /// <summary>One period of the schedule after <paramref name="from"/> (a month is a calendar month, in UTC).</summary>
    public static DateTimeOffset After(DateTimeOffset from, FeedSchedule schedule) => schedule switch
    {
        FeedSchedule.Weekly => from.AddDays(7),
        FeedSchedule.Monthly => from.ToUniversalTime().AddMonths(1),
        _ => from.AddDays(1),
    };

    /// <summary>
    /// When the feed is next due: at once when it was never tried; one period after its last attempt; after a failed
    /// attempt, <paramref name="retryFailedAfter"/> later if that is sooner (a passing outage should not cost a month).
    /// </summary>
    public static DateTimeOffset DueAt(Feed feed, TimeSpan retryFailedAfter)
    {
        if (feed.LastAttemptAt is not { } last)
        {
            return feed.CreatedAt;
        }

        var next = After(last, feed.Schedule);
        return feed.LastOutcome == FeedOutcomes.Failed && last + retryFailedAfter < next ? last + retryFailedAfter : next;
    }
}

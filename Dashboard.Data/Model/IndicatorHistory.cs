namespace Dashboard.Data.Model;

/// <summary>The feeds that write an indicator and its latest revisions, newest first.</summary>
public sealed record IndicatorHistory(IReadOnlyList<FeedStatus> Feeds, IReadOnlyList<Revision> Revisions)
{
    public static readonly IndicatorHistory None = new([], []);
}

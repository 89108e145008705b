namespace Dashboard.Data.Model;

/// <summary>A dated event for the timeline (<c>data/events.csv</c>).</summary>
public sealed record TimelineEvent
{
    public string Date { get; init; } = "";
    public string Precision { get; init; } = "";
    public string ActorCode { get; init; } = "";
    public string? CountryCode { get; init; }
    public string Dimension { get; init; } = "";
    public string Title { get; init; } = "";
    public string SourceId { get; init; } = "";
    public string Locator { get; init; } = "";
    public string? Note { get; init; }

    /// <summary>Sortable key: yyyymmdd with unknown month/day as 00.</summary>
    public int SortKey { get; init; }
}

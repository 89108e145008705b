namespace Dashboard.Data.Queries;

/// <summary>An indicator with its observation count and the count of the rows it shows, for listings.</summary>
public sealed record IndicatorSummary
{
    public string Id { get; init; } = "";
    public string Name { get; init; } = "";
    public string Unit { get; init; } = "";
    public string Dimension { get; init; } = "";
    public string ChartKind { get; init; } = "";
    public long ObservationCount { get; init; }

    /// <summary>The rows the indicator shows: its events (timeline), projects (project table) or observations.</summary>
    public long RowCount { get; init; }
}

namespace Dashboard.Data.Queries;

/// <summary>An indicator with its observation count, for listings.</summary>
public sealed record IndicatorSummary
{
    public string Id { get; init; } = "";
    public string Name { get; init; } = "";
    public string Unit { get; init; } = "";
    public string Dimension { get; init; } = "";
    public string ChartKind { get; init; } = "";
    public long ObservationCount { get; init; }
}

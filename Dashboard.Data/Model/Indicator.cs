namespace Dashboard.Data.Model;

/// <summary>What is measured (<c>data/indicators.csv</c>).</summary>
public sealed record Indicator
{
    public string Id { get; init; } = "";
    public string Name { get; init; } = "";
    public string Unit { get; init; } = "";
    public string Dimension { get; init; } = "";
    public string Description { get; init; } = "";
    public string ChartKind { get; init; } = "";
    public double? MinValue { get; init; }
    public double? MaxValue { get; init; }
}

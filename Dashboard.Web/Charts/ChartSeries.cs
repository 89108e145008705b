namespace Dashboard.Web.Charts;

/// <summary>
/// A named series. <see cref="EntityCode"/> picks its colour, dash and marker from <see cref="ChartPalette"/> (the
/// supplier or creditor when the series is one counterpart, otherwise the entity).
/// </summary>
public sealed record ChartSeries
{
    public string Name { get; init; } = "";
    public string EntityCode { get; init; } = "";
    public IReadOnlyList<ChartPoint> Points { get; init; } = [];
}

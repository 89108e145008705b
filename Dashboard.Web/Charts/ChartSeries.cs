namespace Dashboard.Web.Charts;

/// <summary>
/// A named series. <see cref="EntityCode"/> picks its colour, dash and marker from <see cref="ChartPalette"/> (the
/// supplier or creditor when the series is one counterpart, otherwise the entity).
/// </summary>
public sealed record ChartSeries
{
    public string Name { get; init; } = "";
    public string EntityCode { get; init; } = "";

    /// <summary>Whose marker shape the series uses when it differs from <see cref="EntityCode"/> (supplier → recipient series: colour and dash of the supplier, marker of the recipient).</summary>
    public string? MarkerCode { get; init; }
    public IReadOnlyList<ChartPoint> Points { get; init; } = [];
}

using Dashboard.Web.Charts.Styling;

namespace Dashboard.Web.Charts.Model;

/// <summary>
/// A drawn series. Its identity is the side of the rows it follows: <see cref="Entity"/> and/or
/// <see cref="Counterpart"/> (null where the series spans several, e.g. China as a supplier to several recipients).
/// <see cref="StyleCode"/> picks colour and dash from <see cref="ChartPalette"/> (the supplier or creditor when the
/// series is one counterpart, otherwise the entity).
/// </summary>
public sealed record ChartSeries
{
    /// <summary>The display label, as on the chart ("China", "China → Kazakhstan").</summary>
    public string Name { get; init; } = "";
    public string? Entity { get; init; }
    public string? Counterpart { get; init; }
    public string StyleCode { get; init; } = "";

    /// <summary>Whose marker shape the series uses when it differs from <see cref="StyleCode"/> (supplier → recipient series: colour and dash of the supplier, marker of the recipient).</summary>
    public string? MarkerCode { get; init; }
    public IReadOnlyList<ChartPoint> Points { get; init; } = [];

    /// <summary>A stable key of the series within its chart: "entity|counterpart" ("*" for a side the series spans).</summary>
    public string Key => (Entity ?? "*") + "|" + (Counterpart ?? "*");
}

namespace Dashboard.Web.Charts;

/// <summary>
/// Everything a chart shows, as data only (no drawing): built from the database by <see cref="ChartSpecFactory"/>,
/// turned into a plot by <see cref="ChartBuilder"/>. Series for line/slope/bar kinds, events for a timeline, a table
/// for the table kind.
/// </summary>
public sealed record ChartSpec
{
    public ChartKind Kind { get; init; }
    public string IndicatorId { get; init; } = "";
    public string Title { get; init; } = "";

    /// <summary>Unit, region, period and "as of" edition, e.g. "Unit: % · Central Asia (5 states) · 2010–2014 to 2015–2019".</summary>
    public string Subtitle { get; init; } = "";
    public string Unit { get; init; } = "";
    public string? XAxisLabel { get; init; }
    public string? YAxisLabel { get; init; }

    /// <summary>Lowest and highest allowed values of the indicator (e.g. 0 and 100 for shares), for the value axis.</summary>
    public double? MinValue { get; init; }
    public double? MaxValue { get; init; }
    public IReadOnlyList<ChartSeries> Series { get; init; } = [];

    /// <summary>Bar categories in display order (bar kinds only).</summary>
    public IReadOnlyList<string> Categories { get; init; } = [];

    /// <summary>
    /// For stacked shares of several recipients: the recipient each category belongs to (same length as
    /// <see cref="Categories"/>); bars of one recipient are drawn as a group under its name. Empty otherwise.
    /// </summary>
    public IReadOnlyList<string> CategoryGroups { get; init; } = [];

    /// <summary>The category labels drawn on the axis (e.g. "2016–20"), same length as <see cref="Categories"/>; empty = the categories.</summary>
    public IReadOnlyList<string> CategoryLabels { get; init; } = [];

    /// <summary>The paper's figures marked on the series they come from (see <see cref="ChartMark"/>).</summary>
    public IReadOnlyList<ChartMark> Marks { get; init; } = [];
    public IReadOnlyList<ChartEvent> Events { get; init; } = [];
    public ChartTable? Table { get; init; }
    public IReadOnlyList<ChartSource> Sources { get; init; } = [];

    /// <summary>Short notes a reader must see on the image (e.g. a period as the source words it).</summary>
    public IReadOnlyList<string> Notes { get; init; } = [];

    /// <summary>"Source: … · GeoAI Dashboard".</summary>
    public string Footer { get; init; } = "";

    public bool IsEmpty => Kind switch
    {
        ChartKind.Timeline => Events.Count == 0,
        ChartKind.Table => Table is null || Table.Rows.Count == 0,
        _ => Series.All(s => s.Points.Count == 0),
    };
}

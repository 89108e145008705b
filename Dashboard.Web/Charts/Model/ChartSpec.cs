using Dashboard.Data.Model;
using Dashboard.Web.Charts.Drawing;
using Dashboard.Web.Charts.Selection;

namespace Dashboard.Web.Charts.Model;

/// <summary>
/// The one description of a chart, resolved once by <see cref="ChartResolver"/> (loader, then a pure composer):
/// the selection it answers, the kind it is drawn as, what it shows (series with identity and points, or events, or a
/// table), its texts, its sources and the data version. <see cref="ChartBuilder"/>, alt text, CSV rows, file names,
/// PNG text chunks, CITATIONS.md and decks read only this; none of them queries the store again.
/// </summary>
public sealed record ChartSpec
{
    public ChartSelection Selection { get; init; } = new();

    /// <summary>The kind drawn, after fallback (a line with one period → bars; see <see cref="ChartKinds.Resolve"/>).</summary>
    public ChartKind Kind { get; init; }

    /// <summary>The kind the indicator declares (<c>indicators.chart_kind</c>).</summary>
    public ChartKind DeclaredKind { get; init; }
    public string IndicatorId { get; init; } = "";
    public string Title { get; init; } = "";

    /// <summary>Unit, region, period and "as of" edition, e.g. "Unit: % · Central Asia (5 states) · 2010–2014 to 2015–2019".</summary>
    public string Subtitle { get; init; } = "";
    public string Unit { get; init; } = "";

    /// <summary>How values are rounded for reading (<c>indicators.display_precision</c>): tooltips, announcements, map labels, alt text, slides.</summary>
    public NumberPrecision Precision { get; init; } = NumberPrecision.Default;
    public string? XAxisLabel { get; init; }
    public string? YAxisLabel { get; init; }

    /// <summary>Lowest and highest allowed values of the indicator (e.g. 0 and 100 for shares), for the value axis.</summary>
    public double? MinValue { get; init; }
    public double? MaxValue { get; init; }

    /// <summary>The periods shown, oldest first (for events and projects: their years).</summary>
    public IReadOnlyList<Period> Periods { get; init; } = [];

    /// <summary>
    /// Who the chart is about, by name: the entities asked for (in the order asked), or with none asked the entities of
    /// the rows shown (recipients, actors, countries). For file names and citations.
    /// </summary>
    public IReadOnlyList<string> EntityNames { get; init; } = [];

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

    /// <summary>The project table as drawn (display strings); <see cref="Projects"/> holds its rows.</summary>
    public ChartTable? Table { get; init; }

    /// <summary>The observations shown (default view, thinning and series cap applied): the chart's table and CSV rows.</summary>
    public IReadOnlyList<Observation> Observations { get; init; } = [];

    /// <summary>
    /// Observations that matched the selection in the store; more than were read when the chart is capped at
    /// <see cref="ChartOptions.MaxRows"/> (<see cref="IsCapped"/>; a note on the image says so).
    /// </summary>
    public int MatchingRows { get; init; }

    /// <summary>True when more observations matched than the chart may read, so it shows only some of them.</summary>
    public bool IsCapped { get; init; }

    /// <summary>The projects shown (table kind).</summary>
    public IReadOnlyList<Project> Projects { get; init; } = [];

    /// <summary>Names of every entity code the rows mention.</summary>
    public IReadOnlyDictionary<string, string> Names { get; init; } = new Dictionary<string, string>();

    /// <summary>The sources the rows cite, in full, ordered by short citation (<see cref="Text.SourceCitation.Footer"/>).</summary>
    public IReadOnlyList<Source> Sources { get; init; } = [];

    /// <summary>Short notes a reader must see on the image (e.g. a period as the source words it).</summary>
    public IReadOnlyList<string> Notes { get; init; } = [];

    /// <summary>"Source: … · GeoAI Dashboard": the source line printed on the image.</summary>
    public ChartFooter Footer { get; init; } = new();

    /// <summary>The choropleth (map kind only): countries projected, values classed, unit, period and credit.</summary>
    public Maps.MapLayer? Map { get; init; }

    /// <summary>A map's choosable periods (those with data for any of the five states), oldest first; empty for other kinds.</summary>
    public IReadOnlyList<Period> MapPeriods { get; init; } = [];

    /// <summary>
    /// For a predict step (<see cref="Composing.RevealComposer.UpTo"/>): the whole chart whose later points this one
    /// hides; the drawing lays the axes out for it, so the reveal only adds points. Null for every other chart.
    /// </summary>
    public ChartSpec? Whole { get; init; }

    /// <summary>The store's data version the spec was read from.</summary>
    public string DataVersion { get; init; } = "";

    public bool IsEmpty => Kind switch
    {
        ChartKind.Timeline => Events.Count == 0,
        ChartKind.Table => Table is null || Table.Rows.Count == 0,
        ChartKind.Map => Map is null,
        _ => Series.All(s => s.Points.Count == 0),
    };

    /// <summary>The name of an entity code (the code itself when unknown).</summary>
    public string Name(string? code) => code is null ? "" : Names.GetValueOrDefault(code, code);

    /// <summary>Rows shown: observations, events or projects.</summary>
    public int RowCount => Kind switch
    {
        ChartKind.Timeline => Events.Count,
        ChartKind.Table => Projects.Count,
        _ => Observations.Count,
    };
}

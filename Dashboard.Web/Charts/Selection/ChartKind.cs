namespace Dashboard.Web.Charts.Selection;

/// <summary>
/// The chart kinds of <c>indicators.chart_kind</c>, plus what a chart falls back to when data do not fit, plus
/// <see cref="Map"/>: a choropleth of the five states that any chart URL can ask for with <c>kind=map</c>.
/// </summary>
public enum ChartKind
{
    Line,
    Slope,
    GroupedBar,
    StackedShare,
    Timeline,
    Table,
    Map,
}

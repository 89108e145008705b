namespace Dashboard.Web.Charts;

/// <summary>The chart kinds of <c>indicators.chart_kind</c>, plus what a chart falls back to when data do not fit.</summary>
public enum ChartKind
{
    Line,
    Slope,
    GroupedBar,
    StackedShare,
    Timeline,
    Table,
}

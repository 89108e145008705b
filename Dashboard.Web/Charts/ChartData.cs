using Dashboard.Data.Model;

namespace Dashboard.Web.Charts;

/// <summary>
/// A chart's spec together with the rows it shows (same filters and default view), for the CSV download, and the same
/// rows as observations for the pages' data tables (empty for timelines and project tables).
/// </summary>
public sealed record ChartData(ChartSpec Spec, ChartDataTable Rows)
{
    public IReadOnlyList<Observation> Observations { get; init; } = [];
}

namespace Dashboard.Web.Charts;

/// <summary>A chart's spec together with the rows it shows (same filters), for the CSV download and data tables.</summary>
public sealed record ChartData(ChartSpec Spec, ChartDataTable Rows);

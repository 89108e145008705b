namespace Dashboard.Web.Charts.Selection;

/// <summary>
/// Output formats of a chart file, and <see cref="Points"/>: where the PNG of the same selection draws each value
/// (<c>points.json</c>, for hover and keyboard reading; served by the chart endpoint, not a download).
/// </summary>
public enum ChartFormat
{
    Png,
    Svg,
    Csv,
    Points,
}

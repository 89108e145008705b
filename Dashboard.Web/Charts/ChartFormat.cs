namespace Dashboard.Web.Charts;

/// <summary>Output formats of a chart file.</summary>
public enum ChartFormat
{
    Png,
    Svg,
    Csv,
}

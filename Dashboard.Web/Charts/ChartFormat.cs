namespace Dashboard.Web.Charts;

/// <summary>Output formats of the chart endpoint.</summary>
public enum ChartFormat
{
    Png,
    Svg,
    Csv,
}

namespace Dashboard.Web.Charts.Selection;

/// <summary>File extensions and content types of <see cref="ChartFormat"/>.</summary>
public static class ChartFormats
{
    public static string Extension(ChartFormat format) => format switch
    {
        ChartFormat.Svg => "svg",
        ChartFormat.Csv => "csv",
        ChartFormat.Points => "points.json",
        _ => "png",
    };

    /// <summary>The file format with this extension (<c>png</c>, <c>svg</c>, <c>csv</c>; case-insensitive), or null: what exports offer.</summary>
    public static ChartFormat? Parse(string? extension) => extension?.ToLowerInvariant() switch
    {
        "png" => ChartFormat.Png,
        "svg" => ChartFormat.Svg,
        "csv" => ChartFormat.Csv,
        _ => null,
    };
}

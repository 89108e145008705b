namespace Dashboard.Web.Charts;

/// <summary>Everything that determines one chart file; <see cref="ETag"/> identifies it (and keys the cache).</summary>
public sealed record ChartFileRequest
{
    public required string IndicatorId { get; init; }
    public required ChartFormat Format { get; init; }
    public ChartRequest Request { get; init; } = new();
    public ChartSize Size { get; init; } = ChartSize.Default;
    public ChartTheme Theme { get; init; } = ChartTheme.Light;
    public string DataVersion { get; init; } = "";
    public string Permalink { get; init; } = "";
    public string ETag { get; init; } = "";
}

namespace Dashboard.Web.Charts;

/// <summary>A source cited by a chart: its short citation for the footer and everything exports print in full.</summary>
public sealed record ChartSource
{
    public string Id { get; init; } = "";
    public string ShortCitation { get; init; } = "";
    public string Citation { get; init; } = "";
    public string? Url { get; init; }
    public string? Publisher { get; init; }
    public string? Licence { get; init; }
    public string? Edition { get; init; }
    public string? Accessed { get; init; }
}

namespace Dashboard.Web.Charts;

/// <summary>A source cited by a chart: its short citation for the footer and what exports need in full.</summary>
public sealed record ChartSource
{
    public string Id { get; init; } = "";
    public string ShortCitation { get; init; } = "";
    public string Citation { get; init; } = "";
    public string? Url { get; init; }
    public string? Licence { get; init; }
    public string? Edition { get; init; }
}

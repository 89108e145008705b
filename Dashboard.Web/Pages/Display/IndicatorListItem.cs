using Dashboard.Web.Charts.Selection;

namespace Dashboard.Web.Pages.Display;

/// <summary>An indicator in a listing, with how many rows it has (observations, or events/projects for a timeline/table).</summary>
public sealed record IndicatorListItem
{
    public required string Id { get; init; }

    public required string Name { get; init; }

    public required string Dimension { get; init; }

    public required string Unit { get; init; }

    public required string ChartKind { get; init; }

    public required long Count { get; init; }
}

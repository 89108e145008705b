namespace Dashboard.Web.Charts;

/// <summary>A dated event on a timeline chart: when, who acted (colour), which dimension (marker) and what.</summary>
public sealed record ChartEvent
{
    public double X { get; init; }
    public string DateLabel { get; init; } = "";
    public string ActorCode { get; init; } = "";
    public string ActorName { get; init; } = "";
    public string Dimension { get; init; } = "";
    public string Title { get; init; } = "";
}

using Dashboard.Web.Pages.Display;

namespace Dashboard.Web.Pages.Overview;

/// <summary>A chart on the Overview: an indicator and, where all of it would be too much for one image, a selection.</summary>
public sealed record KeyChart(string IndicatorId)
{
    public ChartSelection Selection { get; init; } = ChartSelection.All;

    public static implicit operator KeyChart(string indicatorId) => new(indicatorId);
}

using Dashboard.Web.Charts;
using Dashboard.Web.Charts.Selection;

namespace Dashboard.Web.Pages.Overview;

/// <summary>A chart on the Overview: an indicator and, where all of it would be too much for one image, the entities to show.</summary>
public sealed record KeyChart(string IndicatorId)
{
    public IReadOnlyList<string> Entities { get; init; } = [];

    public ChartSelection Selection => new() { Indicator = IndicatorId, Entities = Entities };

    public static implicit operator KeyChart(string indicatorId) => new(indicatorId);
}

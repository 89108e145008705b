using Dashboard.Data.Queries;
using Dashboard.Web.Accessibility;
using Dashboard.Web.Charts;

namespace Dashboard.Web.Pages.Display;

/// <summary>Loads an <see cref="IndicatorView"/>: the chart's spec, whose rows are the page's table and alt text.</summary>
public sealed class IndicatorViewLoader(IndicatorQueries indicators, EventQueries events, ProjectQueries projects, ChartSpecFactory charts)
{
    /// <summary>The view of one indicator, or null when there is no such indicator.</summary>
    public async Task<IndicatorView?> LoadAsync(ChartSelection selection, CancellationToken ct)
    {
        var indicator = await indicators.GetIndicatorAsync(selection.Indicator, ct);
        var spec = indicator is null ? null : await charts.CreateAsync(selection, ct);
        return spec is null ? null : new IndicatorView { Indicator = indicator!, Spec = spec, AltText = ChartAltText.For(spec) };
    }

    /// <summary>Every indicator with its row count, in dimension and name order.</summary>
    public async Task<IReadOnlyList<IndicatorListItem>> GetListAsync(CancellationToken ct)
    {
        var summaries = await indicators.GetIndicatorSummariesAsync(ct);
        var eventCount = (await events.GetEventsAsync(ct: ct)).Count;
        var projectCount = (await projects.GetProjectsAsync(ct)).Count;
        return summaries.Select(s => new IndicatorListItem
        {
            Id = s.Id,
            Name = s.Name,
            Dimension = s.Dimension,
            Unit = s.Unit,
            ChartKind = s.ChartKind,
            Count = s.ChartKind switch
            {
                "timeline" => eventCount,
                "table" => projectCount,
                _ => s.ObservationCount,
            },
            CountNoun = s.ChartKind switch
            {
                "timeline" => "events",
                "table" => "projects",
                _ => "observations",
            },
        }).ToList();
    }
}

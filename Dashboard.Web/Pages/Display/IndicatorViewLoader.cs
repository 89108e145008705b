using Dashboard.Data.Queries;
using Dashboard.Web.Accessibility;
using Dashboard.Web.Charts;
using Dashboard.Web.Charts.Selection;
using Microsoft.Extensions.Options;

namespace Dashboard.Web.Pages.Display;

/// <summary>Loads an <see cref="IndicatorView"/>: the chart's spec, whose rows are the page's table and alt text.</summary>
public sealed class IndicatorViewLoader(IndicatorQueries indicators, EventQueries events, ProjectQueries projects, ChartSpecFactory charts,
    IOptions<PageOptions> options)
{
    /// <summary>
    /// The view of one indicator with page <paramref name="page"/> of its table (links to the others built on
    /// <paramref name="baseUrl"/>), or null when there is no such indicator. <see cref="IndicatorView.PageError"/> says
    /// when there is no such page (the view then shows page 1).
    /// </summary>
    public async Task<IndicatorView?> LoadAsync(ChartSelection selection, CancellationToken ct, int page = 1, string baseUrl = "")
    {
        var indicator = await indicators.GetIndicatorAsync(selection.Indicator, ct);
        var spec = indicator is null ? null : await charts.CreateAsync(selection, ct);
        if (spec is null)
        {
            return null;
        }

        var size = options.Value.RowsPerPage;
        var table = TablePage.Of(page, spec.Observations.Count, size, baseUrl, out var error) ?? TablePage.Of(1, spec.Observations.Count, size, baseUrl, out _)!;
        return new IndicatorView { Indicator = indicator!, Spec = spec, AltText = ChartAltText.For(spec), Page = table, PageError = error.Length == 0 ? null : error };
    }

    /// <summary>The indicator's definition, or null when there is none.</summary>
    public Task<Dashboard.Data.Model.Indicator?> GetIndicatorAsync(string id, CancellationToken ct) => indicators.GetIndicatorAsync(id, ct);

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

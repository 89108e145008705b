using Dashboard.Data.Model;
using Dashboard.Data.Queries;
using Dashboard.Web.Pages.Display;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Dashboard.Web.Pages;

/// <summary>The bibliography: each source with its details and the indicators that use it.</summary>
public sealed class SourcesModel(SourceQueries sources, IndicatorViewLoader loader, EventQueries events, ProjectQueries projects) : PageModel
{
    public IReadOnlyList<Source> Sources { get; private set; } = [];

    /// <summary>Indicators per source id: those whose observations cite it, plus the timeline/table indicators whose events/projects do.</summary>
    public IReadOnlyDictionary<string, List<IndicatorListItem>> UsedBy { get; private set; } = new Dictionary<string, List<IndicatorListItem>>();

    public async Task OnGetAsync(CancellationToken ct)
    {
        Sources = await sources.GetSourcesAsync(ct);
        var indicators = (await loader.GetListAsync(ct)).ToDictionary(i => i.Id, StringComparer.Ordinal);
        var uses = (await sources.GetIndicatorsBySourceAsync(ct))
            .SelectMany(kv => kv.Value.Select(indicatorId => (SourceId: kv.Key, IndicatorId: indicatorId)))
            .ToList();

        // Timelines and project tables are drawn from events.csv and projects.csv, which cite sources of their own.
        foreach (var timeline in indicators.Values.Where(i => i.ChartKind == "timeline"))
        {
            uses.AddRange((await events.GetEventsAsync(ct: ct)).Select(e => (e.SourceId, timeline.Id)));
        }

        foreach (var table in indicators.Values.Where(i => i.ChartKind == "table"))
        {
            uses.AddRange((await projects.GetProjectsAsync(ct)).Select(p => (p.SourceId, table.Id)));
        }

        UsedBy = uses
            .Where(u => indicators.ContainsKey(u.IndicatorId))
            .GroupBy(u => u.SourceId, StringComparer.Ordinal)
            .ToDictionary(
                g => g.Key,
                g => g.Select(u => u.IndicatorId).Distinct(StringComparer.Ordinal).Select(id => indicators[id]).OrderBy(i => i.Name, StringComparer.Ordinal).ToList(),
                StringComparer.Ordinal);
    }
}

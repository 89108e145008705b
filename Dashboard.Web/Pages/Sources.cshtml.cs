using Dashboard.Data.Model;
using Dashboard.Data.Queries;
using Dashboard.Web.Accessibility;
using Dashboard.Web.Caching;
using Dashboard.Web.Charts.Selection;
using Dashboard.Web.Pages.Display;
using Dashboard.Web.Text;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Dashboard.Web.Pages;

/// <summary>The bibliography: each source with its details and the indicators that use it.</summary>
[DataPage]
public sealed class SourcesModel(
    SourceQueries sources,
    IndicatorList list,
    EventQueries events,
    ProjectQueries projects) : PageModel
{
    public IReadOnlyList<Source> Sources { get; private set; } = [];

    /// <summary>Indicators per source id whose rows cite the source directly.</summary>
    public IReadOnlyDictionary<string, List<IndicatorListItem>> UsedBy { get; private set; } = new Dictionary<string, List<IndicatorListItem>>();

    /// <summary>Indicators per source id whose rows cite another source (the paper) that cites this one in its locator.</summary>
    public IReadOnlyDictionary<string, List<IndicatorListItem>> CitedVia { get; private set; } = new Dictionary<string, List<IndicatorListItem>>();

    public async Task OnGetAsync(CancellationToken ct)
    {
        Sources = await sources.GetSourcesAsync(ct);
        var indicators = await list.GetAsync(ct);

        // Every row of every indicator as (indicator, source, locator); timelines and project tables are drawn from
        // events.csv and projects.csv, which cite sources of their own. Observations come distinct from the store.
        var rows = new List<(string IndicatorId, string SourceId, string Locator)>();
        var eventRows = await events.GetEventsAsync(ct: ct);
        var projectRows = await projects.GetProjectsAsync(ct);
        foreach (var indicator in indicators)
        {
            switch (indicator.ChartKind)
            {
                case "timeline":
                    rows.AddRange(eventRows.Select(e => (indicator.Id, e.SourceId, e.Locator)));
                    break;
                case "table":
                    rows.AddRange(projectRows.Select(p => (indicator.Id, p.SourceId, p.Locator)));
                    break;
            }
        }

        var series = indicators.Where(i => i.ChartKind is not ("timeline" or "table")).Select(i => i.Id).ToHashSet(StringComparer.Ordinal);
        rows.AddRange((await sources.GetCitingRowsAsync(ct)).Where(r => series.Contains(r.IndicatorId)));

        var byId = indicators.ToDictionary(i => i.Id, StringComparer.Ordinal);
        List<IndicatorListItem> Indicators(IEnumerable<string> ids) =>
            ids.Distinct(StringComparer.Ordinal).Select(id => byId[id]).OrderBy(i => i.Name, StringComparer.Ordinal).ToList();

        UsedBy = rows.GroupBy(r => r.SourceId, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => Indicators(g.Select(r => r.IndicatorId)), StringComparer.Ordinal);
        CitedVia = Sources
            .Select(s => (s.Id, Ids: rows.Where(r => r.SourceId != s.Id && SourceCitation.IsCitedIn(s.Citation, r.Locator)).Select(r => r.IndicatorId).ToList()))
            .Where(x => x.Ids.Count > 0)
            .ToDictionary(x => x.Id, x => Indicators(x.Ids), StringComparer.Ordinal);
    }
}

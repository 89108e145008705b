using Dashboard.Data.Model;
using Dashboard.Data.Queries;
using Dashboard.Web.Accessibility;
using Dashboard.Web.Charts;

namespace Dashboard.Web.Pages.Display;

/// <summary>Loads an <see cref="IndicatorView"/>: the same rows the chart endpoint draws, for the table and the alt text.</summary>
public sealed class IndicatorViewLoader(
    IndicatorQueries indicators,
    EventQueries events,
    ProjectQueries projects,
    EntityQueries entities,
    SourceQueries sources,
    ChartSpecFactory charts)
{
    /// <summary>The view of one indicator, or null when there is no such indicator.</summary>
    public async Task<IndicatorView?> LoadAsync(string id, ChartSelection selection, CancellationToken ct)
    {
        var indicator = await indicators.GetIndicatorAsync(id, ct);
        return indicator is null ? null : await LoadAsync(indicator, selection, ct);
    }

    public async Task<IndicatorView> LoadAsync(Indicator indicator, ChartSelection selection, CancellationToken ct)
    {
        var entityMap = (await entities.GetEntitiesAsync(ct)).ToDictionary(e => e.Code, StringComparer.Ordinal);
        var allSources = await sources.GetSourcesAsync(ct);
        var sourceMap = allSources.ToDictionary(s => s.Id, StringComparer.Ordinal);
        var names = entityMap.ToDictionary(e => e.Key, e => e.Value.Name, StringComparer.Ordinal);

        IReadOnlyList<Observation> rows = [];
        IReadOnlyList<TimelineEvent> eventRows = [];
        IReadOnlyList<Project> projectRows = [];
        string alt;
        IEnumerable<string> cited;
        switch (indicator.ChartKind)
        {
            case "timeline":
                eventRows = await events.GetEventsAsync(ct: ct);
                alt = ChartAltText.ForEvents(indicator, eventRows, names, sourceMap);
                cited = eventRows.Select(e => e.SourceId);
                break;
            case "table":
                projectRows = await projects.GetProjectsAsync(ct);
                alt = ChartAltText.ForProjects(indicator, projectRows, names, sourceMap);
                cited = projectRows.Select(p => p.SourceId);
                break;
            default:
                // Exactly the rows the chart draws and its CSV holds, default view included (e.g. the region as a
                // whole for supplier shares when no entity is chosen).
                var request = new ChartRequest { Entities = selection.Entities, From = Parse(selection.From), To = Parse(selection.To) };
                rows = (await charts.CreateAsync(indicator.Id, request, ct))?.Observations ?? [];
                alt = ChartAltText.ForObservations(indicator, rows, names, sourceMap);
                cited = rows.Select(o => o.SourceId);
                break;
        }

        var citedIds = cited.ToHashSet(StringComparer.Ordinal);
        return new IndicatorView
        {
            Indicator = indicator,
            Selection = selection,
            Observations = rows,
            Events = eventRows,
            Projects = projectRows,
            Entities = entityMap,
            Sources = sourceMap,
            CitedSources = allSources.Where(s => citedIds.Contains(s.Id)).ToList(),
            AltText = alt,
        };
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

    private static Period? Parse(string? period) => string.IsNullOrEmpty(period) ? null : Period.Parse(period);
}

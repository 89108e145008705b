using Dashboard.Data.Model;
using Dashboard.Data.Queries;

namespace Dashboard.Web.Export;

/// <summary>Reads <see cref="ChartFacts"/> for a chart from the store (observations, or events/projects for timelines and tables).</summary>
public sealed class ChartFactsReader(
    IndicatorQueries indicators,
    ObservationQueries observations,
    EntityQueries entities,
    SourceQueries sources,
    EventQueries events,
    ProjectQueries projects)
{
    /// <summary>The facts, or null when the indicator does not exist.</summary>
    public async Task<ChartFacts?> ReadAsync(string indicatorId, IReadOnlyList<string> entityCodes, Period? from, Period? to, CancellationToken ct)
    {
        var indicator = await indicators.GetIndicatorAsync(indicatorId, ct);
        if (indicator is null)
        {
            return null;
        }

        var names = (await entities.GetEntitiesAsync(ct)).ToDictionary(e => e.Code, e => e.Name, StringComparer.Ordinal);
        List<(string Entity, Period Period, string SourceId)> rows;
        switch (indicator.ChartKind)
        {
            case "timeline":
                var list = await events.GetEventsAsync(from?.StartYear, to?.EndYear, ct: ct);
                rows = list
                    .Where(e => entityCodes.Count == 0 || entityCodes.Contains(e.ActorCode, StringComparer.Ordinal))
                    .Select(e => (e.ActorCode, Period.Parse(e.Date[..4]), e.SourceId))
                    .ToList();
                break;
            case "table":
                rows = (await projects.GetProjectsAsync(ct))
                    .Where(p => entityCodes.Count == 0 || entityCodes.Contains(p.CountryCode, StringComparer.Ordinal))
                    .Select(p => (p.CountryCode, p.Year is { } y ? Period.Parse(y.ToString(System.Globalization.CultureInfo.InvariantCulture)) : default, p.SourceId))
                    .ToList();
                break;
            default:
                var filter = new ObservationFilter { Entities = entityCodes, From = from, To = to };
                rows = (await observations.GetObservationsAsync(indicatorId, filter, ct))
                    .Select(o => (o.EntityCode, o.ParsedPeriod, o.SourceId))
                    .ToList();
                break;
        }

        var shownCodes = entityCodes.Count > 0 ? entityCodes : rows.Select(r => r.Entity).Distinct(StringComparer.Ordinal).ToList();
        var periods = rows.Select(r => r.Period).Where(p => p.Text is not null)
            .DistinctBy(p => p.Text).OrderBy(p => p.End).ThenBy(p => p.Start).ToList();
        var sourceIds = rows.Select(r => r.SourceId).ToHashSet(StringComparer.Ordinal);
        var cited = (await sources.GetSourcesAsync(ct)).Where(s => sourceIds.Contains(s.Id)).ToList();
        return new ChartFacts(indicator, shownCodes.Select(c => names.GetValueOrDefault(c, c)).ToList(), periods, cited);
    }
}

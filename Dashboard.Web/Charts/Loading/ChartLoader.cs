using Dashboard.Data;
using Dashboard.Data.Queries;
using Dashboard.Web.Charts.Composing;

namespace Dashboard.Web.Charts.Loading;

/// <summary>
/// The only part of the chart path that reads the store: the <see cref="ChartInputs"/> of a selection, with the rows of
/// the indicator's family only (observations and claim marks, or events, or projects).
/// </summary>
public sealed class ChartLoader(
    Database database,
    IndicatorQueries indicators,
    ObservationQueries observations,
    SourceQueries sources,
    EntityQueries entities,
    EventQueries events,
    ProjectQueries projects,
    ClaimQueries claims)
{
    /// <summary>The inputs, or null when the indicator does not exist.</summary>
    public async Task<ChartInputs?> LoadAsync(ChartSelection selection, CancellationToken ct = default)
    {
        // Read first: a chart built from rows of one version never carries the number of another.
        var version = database.GetDataVersion();
        var indicator = await indicators.GetIndicatorAsync(selection.Indicator, ct);
        if (indicator is null)
        {
            return null;
        }

        var inputs = new ChartInputs
        {
            Indicator = indicator,
            Selection = selection,
            Entities = (await entities.GetEntitiesAsync(ct)).ToDictionary(e => e.Code, StringComparer.Ordinal),
            Sources = (await sources.GetSourcesAsync(ct)).ToDictionary(s => s.Id, StringComparer.Ordinal),
            DataVersion = version,
        };
        return inputs.DeclaredKind switch
        {
            ChartKind.Timeline => inputs with { Events = await events.GetEventsAsync(selection.From?.StartYear, selection.To?.EndYear, ct: ct) },
            ChartKind.Table => inputs with { Projects = await projects.GetProjectsAsync(ct) },
            _ => inputs with
            {
                Observations = await observations.GetObservationsAsync(indicator.Id,
                    new ObservationFilter { Counterpart = selection.Counterpart, From = selection.From, To = selection.To }, ct),
                ClaimMarks = await claims.GetMarksAsync(indicator.Id, ct),
            },
        };
    }
}

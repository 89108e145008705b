using Dashboard.Data;
using Dashboard.Data.Queries;
using Dashboard.Web.Charts.Composing;
using Dashboard.Web.Charts.Maps;
using Dashboard.Web.Charts.Selection;
using Dashboard.Web.Charts.Styling;
using Microsoft.Extensions.Options;

namespace Dashboard.Web.Charts.Loading;

/// <summary>
/// The only part of the chart path that reads the store: the <see cref="ChartInputs"/> of a selection, with the rows of
/// the indicator's family only (observations and claim marks, or events, or projects). Observations are counted first
/// and read whole only up to <see cref="ChartOptions.MaxRows"/>; beyond that, whole series up to the cap (China and
/// Russia first), so memory stays bounded however large an uploaded dataset is.
/// </summary>
public sealed class ChartLoader(
    Database database,
    IndicatorQueries indicators,
    ObservationQueries observations,
    SourceQueries sources,
    EntityQueries entities,
    EventQueries events,
    ProjectQueries projects,
    ClaimQueries claims,
    MapGeometryProvider geometry,
    IOptions<ChartOptions> options)
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
        if (selection.IsMap)
        {
            // A map reads the rows of every entity (it always shows the five states) whatever its declared kind.
            return inputs.DeclaredKind is ChartKind.Timeline or ChartKind.Table
                ? inputs
                : await WithObservationsAsync(inputs with
                {
                    Geometry = geometry.Geometry,
                    HasCountryRows = await observations.HasCountryRowsAsync(indicator.Id, ct),
                }, ct);
        }

        return inputs.DeclaredKind switch
        {
            ChartKind.Timeline => inputs with { Events = await events.GetEventsAsync(selection.From?.StartYear, selection.To?.EndYear, ct: ct) },
            ChartKind.Table => inputs with { Projects = await projects.GetProjectsAsync(ct) },
            _ => await WithObservationsAsync(inputs, ct),
        };
    }

    private async Task<ChartInputs> WithObservationsAsync(ChartInputs inputs, CancellationToken ct)
    {
        var selection = inputs.Selection;
        var id = inputs.Indicator.Id;

        // Rows involving the codes asked for: a superset of what EntitySelection keeps, narrowed here so it is not read.
        // A map reads every period (MapPeriod picks one within from/to, and the page lists the others).
        var filter = selection.IsMap
            ? new ObservationFilter { Counterpart = selection.Counterpart }
            : new ObservationFilter { Involving = selection.Entities, Counterpart = selection.Counterpart, From = selection.From, To = selection.To };
        var max = options.Value.MaxRows;
        var matching = await observations.CountObservationsAsync(id, filter, ct);
        var read = matching <= max
            ? await observations.GetObservationsAsync(id, filter, max + 1, ct)
            : await observations.GetFirstObservationsAsync(id, filter, ChartPalette.FocusCodes, max + 1, ct);
        var rows = WholeSeries.Trim(read, max);
        return inputs with
        {
            Observations = rows,
            MatchingObservations = Math.Max(matching, read.Count),
            ClaimMarks = await claims.GetMarksAsync(id, ct),
        };
    }
}

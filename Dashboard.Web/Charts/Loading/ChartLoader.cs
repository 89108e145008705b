using Dashboard.Data;
using Dashboard.Data.Queries;
using Dashboard.Web.Charts.Composing;
using Dashboard.Web.Charts.Maps;
using Dashboard.Web.Charts.Selection;
using Dashboard.Web.Charts.Styling;
using Microsoft.Extensions.Options;

namespace Dashboard.Web.Charts.Loading;

/// <summary>
/// The only part of the chart path that reads the store: the <see cref="ChartInputs"/> of a selection, in one read of
/// the store (<see cref="ChartRead"/>: one connection, one snapshot): the facts in one batch (data version, indicator,
/// entities, sources, whether a map would show anything, the count of matching rows, the paper's marks), then the rows
/// of the indicator's family only (observations, or events, or projects). Observations are counted first and read
/// whole only up to <see cref="ChartOptions.MaxRows"/>; beyond that, whole series up to the cap (China and Russia
/// first), so memory stays bounded however large an uploaded dataset is.
/// </summary>
public sealed class ChartLoader(Database database, MapGeometryProvider geometry, IOptions<ChartOptions> options)
{
    /// <summary>The inputs, or null when the indicator does not exist.</summary>
    public async Task<ChartInputs?> LoadAsync(ChartSelection selection, CancellationToken ct = default)
    {
        // Rows involving the codes asked for: a superset of what EntitySelection keeps, narrowed here so it is not read.
        // A map reads every period (MapPeriod picks one within from/to, and the page lists the others) of every entity.
        // asof: the rows as published then, rebuilt from the revision history by the same queries.
        var filter = selection.IsMap
            ? new ObservationFilter { Counterpart = selection.Counterpart, AsOf = selection.AsOfInstant }
            : new ObservationFilter { Involving = selection.Entities, Counterpart = selection.Counterpart, From = selection.From, To = selection.To, AsOf = selection.AsOfInstant };
        var map = geometry.Geometry;
        using var read = ChartRead.Begin(database);
        var facts = await read.GetFactsAsync(selection.Indicator, filter, map?.Subjects.Select(s => s.Code).ToList() ?? [], selection.Culture, ct);
        if (facts.Indicator is not { } indicator)
        {
            return null;
        }

        var inputs = new ChartInputs
        {
            Indicator = DataTexts.Translate(indicator, facts.Texts),
            Selection = selection,
            Entities = facts.Entities.Select(e => DataTexts.Translate(e, facts.Texts)).ToDictionary(e => e.Code, StringComparer.Ordinal),
            Sources = facts.Sources.ToDictionary(s => s.Id, StringComparer.Ordinal),
            DataVersion = facts.DataVersion,
            Texts = facts.Texts,
            Geometry = map,
            HasCountryRows = facts.HasCountryRows,
            HasMapSubjectRows = facts.HasMapSubjectRows,
            HasHistory = facts.HasHistory,
        };

        if (selection.IsMap)
        {
            // A map reads the rows of every entity (it always shows the five states) whatever its declared kind; a map
            // that cannot be drawn reads nothing more (the resolver refuses it).
            return inputs.MapProblem is null ? await WithObservationsAsync(read, inputs, facts, filter, ct) : inputs;
        }

        return inputs.DeclaredKind switch
        {
            ChartKind.Timeline => inputs with { Events = await read.GetEventsAsync(selection.From?.StartYear, selection.To?.EndYear, ct) },
            ChartKind.Table => inputs with { Projects = await read.GetProjectsAsync(ct) },
            _ => await WithObservationsAsync(read, inputs, facts, filter, ct),
        };
    }

    private async Task<ChartInputs> WithObservationsAsync(ChartRead read, ChartInputs inputs, ChartFacts facts, ObservationFilter filter, CancellationToken ct)
    {
        var id = inputs.Indicator.Id;
        var max = options.Value.MaxRows;
        var matching = facts.MatchingObservations;
        var rows = matching <= max
            ? await read.GetObservationsAsync(id, filter, max + 1, ct)
            : await read.GetFirstObservationsAsync(id, filter, ChartPalette.FocusCodes, max + 1, ct);
        return inputs with
        {
            Observations = WholeSeries.Trim(rows, max),
            MatchingObservations = Math.Max(matching, rows.Count),
            ClaimMarks = facts.Marks,
        };
    }
}

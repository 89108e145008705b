using Dashboard.Data.Import.Contract;
using Dashboard.Web.Charts.Composing;
using Dashboard.Web.Charts.Loading;
using Dashboard.Web.Charts.Maps;
using Dashboard.Web.Charts.Selection;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Primitives;

namespace Dashboard.Web.Charts;

/// <summary>
/// The one path from a request to a chart, for every caller (chart files, pages, embeds, packs, decks, present mode,
/// the CLI): parse (<see cref="ChartSelectionParser"/>), then one read of the store (<see cref="ChartLoader"/>), then
/// the checks on what that read found — the indicator exists, the entity codes are known, a map can be drawn — then
/// the pure composer. One answer shape: <see cref="ChartResolution"/>.
/// </summary>
public sealed class ChartResolver(ChartLoader loader, IOptions<ChartOptions> options)
{
    /// <summary>Parses <paramref name="query"/> over <paramref name="start"/> (which names the indicator) and resolves it.</summary>
    public async Task<ChartResolution> ResolveAsync(ChartSelection start, IEnumerable<KeyValuePair<string, StringValues>> query, bool view,
        CancellationToken ct)
    {
        var parsed = ChartSelectionParser.Parse(query, options.Value, start, view);
        return parsed.IsValid ? await ResolveAsync(parsed.Selection, ct) : ChartResolution.Invalid(parsed.Errors);
    }

    /// <summary>The chart of a parsed selection.</summary>
    public async Task<ChartResolution> ResolveAsync(ChartSelection selection, CancellationToken ct)
    {
        // An id that cannot exist is not looked up (the contract's id rule: lower-case letters, digits, hyphens, ≤ 80).
        if (!RowParser.IsSlug(selection.Indicator))
        {
            return ChartResolution.NotFound();
        }

        var inputs = await loader.LoadAsync(selection, ct);
        if (inputs is null)
        {
            return ChartResolution.NotFound();
        }

        var known = inputs.Entities.Keys.ToHashSet(StringComparer.Ordinal);
        if (ChartSelectionParser.UnknownCodes(selection, known) is { } unknown)
        {
            return ChartResolution.Invalid(unknown);
        }

        if (selection.AsOf is not null && inputs.DeclaredKind is ChartKind.Timeline or ChartKind.Table)
        {
            return ChartResolution.Invalid(ParameterErrors.Of("asof",
                "Events and projects have no revision history: only series of values can be shown as published on a date. Leave out asof."));
        }

        if (selection.IsMap && inputs.MapProblem is { } noMap)
        {
            return ChartResolution.Invalid(ParameterErrors.Of("kind", noMap + MapAvailability.Advice));
        }

        var noMapReason = inputs.MapProblem ?? (inputs.HasMapSubjectRows ? null : MapAvailability.EmptyMap);
        return ChartResolution.Found(inputs.Indicator, ChartComposer.Compose(inputs, options.Value), noMapReason, inputs.HasHistory);
    }
}

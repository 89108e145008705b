using Dashboard.Web.Charts;
using Dashboard.Web.Charts.Selection;

namespace Dashboard.Web.Export;

/// <summary>
/// A deck's items with their charts resolved (<see cref="Items"/>, when <see cref="IsValid"/>), or what stops it: the
/// id of a chart that does not exist (<see cref="UnknownChart"/>: 404), or errors by parameter (400).
/// </summary>
public sealed record DeckResolution(IReadOnlyList<ResolvedItem> Items, ParameterErrors Errors, string? UnknownChart)
{
    public bool IsValid => UnknownChart is null && !Errors.Any;

    /// <summary>
    /// Every chart a deck names, resolved once through <see cref="ChartResolver"/> before anything is rendered, for
    /// packs, decks, present mode and the CLI: either all of them, or the first problem (an unknown chart, what is wrong
    /// with a chart's request by parameter, a map with no data to show), so nothing is half built.
    /// </summary>
    public static async Task<DeckResolution> ResolveAsync(Deck deck, ChartResolver resolver, CancellationToken ct)
    {
        var items = new List<ResolvedItem>(deck.Items.Count);
        foreach (var item in deck.Items)
        {
            var resolution = await resolver.ResolveAsync(item.Chart, ct);
            if (resolution.IsNotFound)
            {
                return new DeckResolution([], ParameterErrors.None, item.Indicator);
            }

            if (!resolution.IsFound)
            {
                // Which chart of the list cannot be a map is worth saying; unknown codes are the same for every chart.
                var errors = resolution.Errors.FirstParameter == "kind"
                    ? ParameterErrors.Of("kind", $"'{item.Indicator}': {resolution.Errors.FirstMessage}")
                    : resolution.Errors;
                return new DeckResolution([], errors, null);
            }

            var spec = resolution.Spec!;
            if (spec.Kind == ChartKind.Map && (spec.Map is null || spec.Map.Subjects.All(r => r.Value is null)))
            {
                // A map of five grey "No data" states would go into a briefing with a footer saying so: refuse it by name.
                var why = spec.Notes.Count > 0 ? spec.Notes[0] : "no value for any of the five states";
                return new DeckResolution([], ParameterErrors.Of(deck.Id == DeckChoice.ListId ? "charts" : "deck",
                    $"'{item.Indicator}' as a map has no data to show ({why}); choose another period (from/to) or show it as a chart."), null);
            }

            items.Add(new ResolvedItem(item, spec));
        }

        return new DeckResolution(items, ParameterErrors.None, null);
    }
}

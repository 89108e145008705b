using Dashboard.Web.Charts;
using Dashboard.Web.Charts.Selection;

namespace Dashboard.Web.Export;

/// <summary>
/// Every chart a deck or chart list names, resolved once through <see cref="ChartResolver"/> before anything is
/// rendered, for packs, decks, present mode and the CLI: either all of them, or the first problem (an unknown chart,
/// or what is wrong with a chart's request, by parameter), so nothing is half built.
/// </summary>
public static class DeckCharts
{
    public static async Task<DeckResolution> ResolveAsync(Deck deck, ChartResolver resolver, CancellationToken ct)
    {
        var charts = new List<DeckChart>(deck.Slides.Count);
        foreach (var slide in deck.Slides)
        {
            var resolution = await resolver.ResolveAsync(slide.Chart, ct);
            if (resolution.IsNotFound)
            {
                return new DeckResolution([], ParameterErrors.None, slide.Indicator);
            }

            if (!resolution.IsFound)
            {
                // Which chart of the list cannot be a map is worth saying; unknown codes are the same for every chart.
                var errors = resolution.Errors.FirstParameter == "kind"
                    ? ParameterErrors.Of("kind", $"'{slide.Indicator}': {resolution.Errors.FirstMessage}")
                    : resolution.Errors;
                return new DeckResolution([], errors, null);
            }

            charts.Add(new DeckChart(slide, resolution.Spec!));
        }

        return new DeckResolution(charts, ParameterErrors.None, null);
    }
}

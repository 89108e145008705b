using Dashboard.Web.Charts;
using Dashboard.Web.Charts.Selection;
using Dashboard.Web.Export;

namespace Dashboard.Web.Endpoints;

/// <summary>
/// What the export endpoints (pack and deck) read first: the export choice (preset, size, scale, theme) and the deck or
/// chart list, every chart resolved once (<see cref="DeckCharts"/>). Either all of it, or the errors by parameter (400)
/// or the unknown chart (404).
/// </summary>
public sealed record ExportRequest(ExportSettings Settings, Deck Deck, DeckResolution Resolution, ParameterErrors Errors)
{
    public static async Task<ExportRequest> ParseAsync(IQueryCollection q, ExportServices services, CancellationToken ct)
    {
        var (settings, settingsErrors) = ExportSettings.Parse(q["preset"], q["width"], q["height"], q["scale"], q["theme"], services.ChartOptions.Value);
        if (settingsErrors.Any)
        {
            return Failed(settingsErrors);
        }

        var (deck, deckErrors) = DeckChoice.Parse(q, services.ExportOptions.Value, services.ChartOptions.Value);
        if (deck is null)
        {
            return Failed(deckErrors);
        }

        // reveal= marks slides for predict-then-reveal (decks); it changes slides, not charts.
        deck = deck.WithReveal(q["reveal"]);
        var resolution = await DeckCharts.ResolveAsync(deck, services.Resolver, ct);
        return new ExportRequest(settings, deck, resolution, resolution.Errors);

        ExportRequest Failed(ParameterErrors errors) =>
            new(ExportSettings.Default, DeckCatalog.Paper, new DeckResolution([], errors, null), errors);
    }
}

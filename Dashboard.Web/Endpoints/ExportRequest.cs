using Dashboard.Data.Queries;
using Dashboard.Web.Charts;
using Dashboard.Web.Export;

namespace Dashboard.Web.Endpoints;

/// <summary>
/// What the export endpoints (pack and deck) read first: the export choice (preset, size, scale, theme) and the deck or
/// chart list, its entity codes checked against the store, and with <c>kind=map</c> that every chart has a map
/// (<see cref="MapRequestCheck"/>). Either both, or <c>Problem</c>: the 400 naming the parameter.
/// </summary>
internal static class ExportRequest
{
    public static async Task<(ExportSettings Settings, Deck Deck, IResult? Problem)> ParseAsync(IQueryCollection q, ChartOptions charts,
        ExportOptions export, EntityQueries entities, IServiceProvider services, CancellationToken ct)
    {
        if (!ExportSettings.TryParse(q["preset"], q["width"], q["height"], q["scale"], q["theme"], charts, out var settings, out var parameter, out var error))
        {
            return (settings, DeckCatalog.Paper, Problems.Invalid(parameter, error));
        }

        var (deck, deckParameter, deckError) = DeckChoice.Parse(q, export, charts);
        if (deck is null)
        {
            return (settings, DeckCatalog.Paper, Problems.Invalid(deckParameter, deckError));
        }

        if (DeckChoice.UnknownCodes(deck, await entities.GetCodesAsync(ct)) is var (codeParameter, codeError))
        {
            return (settings, deck, Problems.Invalid(codeParameter, codeError));
        }

        return await MapRequestCheck.FirstProblemAsync(deck.Slides.Select(s => s.Chart), services, ct) is { } noMap
            ? (settings, deck, Problems.Invalid("kind", noMap))
            : (settings, deck, null);
    }
}

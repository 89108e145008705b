using Dashboard.Data.Queries;
using Dashboard.Web.Charts;
using Dashboard.Web.Charts.Maps;
using Dashboard.Web.Charts.Selection;
using Dashboard.Web.Export;

namespace Dashboard.Web.Endpoints;

/// <summary>
/// What the export endpoints (pack and deck) read first: the export choice (preset, size, scale, theme) and the deck or
/// chart list, its entity codes (and maps) checked against the store. Either both, or <c>Problem</c>: the 400 naming the parameter.
/// </summary>
internal static class ExportRequest
{
    public static async Task<(ExportSettings Settings, Deck Deck, IResult? Problem)> ParseAsync(IQueryCollection q, ChartOptions charts,
        ExportOptions export, EntityQueries entities, MapSupport maps, CancellationToken ct)
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

        return await DeckChoice.CheckAsync(deck, entities, maps, ct) is var (codeParameter, codeError)
            ? (settings, deck, Problems.Invalid(codeParameter, codeError))
            : (settings, deck, null);
    }
}

using Dashboard.Web.Charts;
using Dashboard.Web.Charts.Selection;
using Dashboard.Web.Export;
using Dashboard.Web.Localization;
using Microsoft.Extensions.Primitives;

namespace Dashboard.Web.Endpoints;

/// <summary>
/// What the export endpoints (pack and deck) read first: the export choice (preset, size, scale, theme) and the deck or
/// chart list, every chart resolved once (<see cref="DeckResolution"/>). Either all of it, or the errors by parameter
/// (400) or the unknown chart (404).
/// </summary>
public sealed record ExportRequest(ExportSettings Settings, Deck Deck, DeckResolution Resolution, ParameterErrors Errors)
{
    /// <param name="q">The query (and form) parameters.</param>
    /// <param name="services">The export services.</param>
    /// <param name="prefixCulture">The language of the URL's prefix (<c>/ru/export/deck.pptx</c>), or null; <c>lang=</c> wins.</param>
    /// <param name="ct">Cancels the resolution.</param>
    public static async Task<ExportRequest> ParseAsync(IReadOnlyDictionary<string, StringValues> q, ExportServices services, string? prefixCulture,
        CancellationToken ct)
    {
        var culture = Get(q, "lang") ?? prefixCulture ?? CldrCultures.English;
        if (!Language.Supports(culture))
        {
            return Failed(ParameterErrors.Of("lang", $"'lang' must be one of {string.Join(", ", Language.Cultures)}."));
        }

        var (settings, settingsErrors) = ExportSettings.Parse(Get(q, "preset"), Get(q, "width"), Get(q, "height"), Get(q, "scale"), Get(q, "theme"), services.ChartOptions.Value);
        if (settingsErrors.Any)
        {
            return Failed(settingsErrors);
        }

        var (deck, deckErrors) = DeckChoice.Parse(q, services.ExportOptions.Value, services.ChartOptions.Value);
        if (deck is null)
        {
            return Failed(deckErrors);
        }

        // reveal= marks items for predict-then-reveal (decks); it changes slides, not charts.
        deck = deck.WithReveal(Get(q, "reveal")).In(Language.Of(culture));
        var resolution = await DeckResolution.ResolveAsync(deck, services.Resolver, ct);
        return new ExportRequest(settings, deck, resolution, resolution.Errors);

        ExportRequest Failed(ParameterErrors errors) =>
            new(ExportSettings.Default, DeckCatalog.Paper, new DeckResolution([], errors, null), errors);
    }

    /// <summary>A request's parameters by name (case-insensitive): the query string, and for a form post its fields too.</summary>
    public static Dictionary<string, StringValues> Parameters(IEnumerable<KeyValuePair<string, StringValues>> query, IEnumerable<KeyValuePair<string, StringValues>>? form = null) =>
        query.Concat(form ?? []).GroupBy(kv => kv.Key, StringComparer.OrdinalIgnoreCase)
            .ToDictionary(g => g.Key, g => new StringValues(g.SelectMany(kv => kv.Value.ToArray()).ToArray()), StringComparer.OrdinalIgnoreCase);

    public static string? Get(IReadOnlyDictionary<string, StringValues> q, string name) =>
        q.TryGetValue(name, out var value) && value.Count > 0 ? value.ToString() : null;
}

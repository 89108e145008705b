using Dashboard.Data.Import.Contract;
using Dashboard.Web.Charts;
using Dashboard.Web.Charts.Selection;
using Microsoft.Extensions.Primitives;

namespace Dashboard.Web.Export;

/// <summary>
/// The one parser of "a named deck or a list of charts", for briefing packs, present mode and the CLI:
/// <c>deck=paper</c>, or <c>charts=a,b</c> (repeatable) with optional <c>entities</c>, <c>counterpart</c>, <c>from</c>, <c>to</c> and <c>kind</c> applied
/// to every chart of the list. One limit, <see cref="ExportOptions.MaxCharts"/>. Errors name the parameter.
/// </summary>
public static class DeckChoice
{
    private static readonly string[] Narrowing = ["entities", "counterpart", "from", "to", "kind", "asof"];

    /// <summary>
    /// The deck asked for, or what is wrong by parameter. With neither <c>deck</c> nor <c>charts</c>, <paramref name="fallback"/>
    /// (present mode opens the paper's deck) or an error when it is null. Whether the charts exist and can be drawn as
    /// asked is <see cref="DeckCharts.ResolveAsync"/>'s question.
    /// </summary>
    public static (Deck? Deck, ParameterErrors Errors) Parse(IEnumerable<KeyValuePair<string, StringValues>> values,
        ExportOptions export, ChartOptions charts, Deck? fallback = null)
    {
        var query = values.GroupBy(kv => kv.Key, StringComparer.OrdinalIgnoreCase)
            .ToDictionary(g => g.Key, g => g.SelectMany(kv => kv.Value).Where(v => !string.IsNullOrWhiteSpace(v)).Select(v => v!.Trim()).ToList(), StringComparer.OrdinalIgnoreCase);
        var deckIds = query.GetValueOrDefault("deck") ?? [];
        var ids = (query.GetValueOrDefault("charts") ?? [])
            .SelectMany(v => v.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)).ToList();
        var narrows = Narrowing.Where(query.ContainsKey).ToList();

        if (deckIds.Count > 0 && ids.Count > 0)
        {
            return (null, ParameterErrors.Of("deck", "Choose either a deck ('deck=paper') or charts ('charts=a,b'), not both."));
        }

        if (deckIds.Count > 0)
        {
            var deck = deckIds.Count == 1 ? DeckCatalog.Find(deckIds[0]) : null;
            if (deck is null)
            {
                return (null, ParameterErrors.Of("deck", $"'deck' must be one of {string.Join(", ", DeckCatalog.All.Select(d => d.Id))}; got '{Shorten(string.Join(",", deckIds))}'."));
            }

            return narrows.Count > 0
                ? (null, ParameterErrors.Of(narrows[0], $"'{narrows[0]}' applies to a list of charts ('charts=a,b'); a named deck chooses its own."))
                : (deck, ParameterErrors.None);
        }

        if (ids.Count == 0)
        {
            return fallback is not null && narrows.Count == 0
                ? (fallback, ParameterErrors.None)
                : (null, ParameterErrors.Of("charts", "Choose at least one chart ('charts=top500-systems,arms-import-share') or a deck ('deck=paper')."));
        }

        if (ids.Count > export.MaxCharts)
        {
            return (null, ParameterErrors.Of("charts", $"At most {export.MaxCharts} charts fit in one deck or pack; got {ids.Count}."));
        }

        if (ids.FirstOrDefault(id => !RowParser.IsSlug(id)) is { } bad)
        {
            return (null, ParameterErrors.Of("charts", $"'{Shorten(bad)}' is not a chart id (lower-case letters, digits and hyphens)."));
        }

        var parsed = ChartSelectionParser.Parse(values, charts, view: false);
        if (!parsed.IsValid)
        {
            return (null, parsed.Errors);
        }

        var slides = ids.Select(id => new DeckSlide(parsed.Selection with { Indicator = id }, "")).ToList();
        return (new Deck("charts", "Chosen charts", slides), ParameterErrors.None);
    }

    /// <summary>A value quoted in an error message, cut at 40 characters.</summary>
    internal static string Shorten(string text) => text.Length <= 40 ? text : text[..40] + "…";
}

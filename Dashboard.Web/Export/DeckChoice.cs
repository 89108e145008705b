using Dashboard.Data.Import.Contract;
using Dashboard.Web.Charts;
using Dashboard.Web.Charts.Selection;
using Dashboard.Web.Text;
using Microsoft.Extensions.Primitives;

namespace Dashboard.Web.Export;

/// <summary>
/// The one parser of "a named deck or a list of charts", for briefing packs, present mode, PowerPoint decks and the CLI:
/// <c>deck=paper</c>, or <c>charts=a,b</c> (repeatable; <c>b:map</c> or <c>b:chart</c> picks one chart's kind) with
/// optional <c>entities</c>, <c>counterpart</c>, <c>from</c>, <c>to</c> and <c>kind</c> applied to every chart of the
/// list, and <c>title</c> for the deck's title. One limit, <see cref="ExportOptions.MaxCharts"/>. Errors name the parameter.
/// </summary>
public static class DeckChoice
{
    /// <summary>The id of a deck made from a list of charts (a named deck has its catalogue id).</summary>
    public const string ListId = "charts";

    /// <summary>A list of charts without <c>title=</c> is called this.</summary>
    public const string DefaultListTitle = "Chosen charts";

    /// <summary>Longest accepted <c>title=</c>.</summary>
    public const int MaxTitleLength = 200;

    private static readonly string[] Narrowing = ["entities", "counterpart", "from", "to", "kind", "asof"];

    /// <summary>
    /// The deck asked for, or what is wrong by parameter. With neither <c>deck</c> nor <c>charts</c>, <paramref name="fallback"/>
    /// (present mode opens the paper's deck) or an error when it is null. Whether the charts exist and can be drawn as
    /// asked is <see cref="DeckResolution.ResolveAsync"/>'s question.
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
        var (title, titleErrors) = Title(query.GetValueOrDefault("title"));
        if (titleErrors.Any)
        {
            return (null, titleErrors);
        }

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
                : (deck with { Title = title ?? deck.Title }, ParameterErrors.None);
        }

        if (ids.Count == 0)
        {
            return fallback is not null && narrows.Count == 0
                ? (fallback with { Title = title ?? fallback.Title }, ParameterErrors.None)
                : (null, ParameterErrors.Of("charts", "Choose at least one chart ('charts=top500-systems,arms-import-share') or a deck ('deck=paper')."));
        }

        if (ids.Count > export.MaxCharts)
        {
            return (null, ParameterErrors.Of("charts", $"At most {export.MaxCharts} charts fit in one deck or pack; got {ids.Count}."));
        }

        var parsed = ChartSelectionParser.Parse(values, charts, view: false);
        if (!parsed.IsValid)
        {
            return (null, parsed.Errors);
        }

        var items = new List<DeckItem>(ids.Count);
        foreach (var entry in ids)
        {
            // "id:map" or "id:chart": this chart's kind, over the list's kind=.
            var colon = entry.IndexOf(':', StringComparison.Ordinal);
            var id = colon < 0 ? entry : entry[..colon];
            if (!RowParser.IsSlug(id))
            {
                return (null, ParameterErrors.Of("charts", $"'{Shorten(id)}' is not a chart id (lower-case letters, digits and hyphens)."));
            }

            var kind = parsed.Selection.Kind;
            if (colon >= 0)
            {
                switch (entry[(colon + 1)..].ToLowerInvariant())
                {
                    case "map":
                        kind = ChartKind.Map;
                        break;
                    case "chart":
                        kind = null;
                        break;
                    default:
                        return (null, ParameterErrors.Of("charts", $"'{Shorten(entry)}': after ':' comes map or chart (e.g. 'external-debt-share-china-bilateral:map')."));
                }
            }

            items.Add(new DeckItem(parsed.Selection with { Indicator = id, Kind = kind }, ""));
        }

        return (new Deck(ListId, title ?? DefaultListTitle, items), ParameterErrors.None);
    }

    /// <summary>A value quoted in an error message, cut at 40 characters.</summary>
    internal static string Shorten(string text) => text.Length <= 40 ? text : text[..40] + "…";

    /// <summary><c>title=</c>: one line of at most <see cref="MaxTitleLength"/> characters, unsafe characters dropped; null when absent.</summary>
    private static (string? Title, ParameterErrors Errors) Title(List<string>? given)
    {
        if (given is null || given.Count == 0)
        {
            return (null, ParameterErrors.None);
        }

        if (given.Count > 1)
        {
            return (null, ParameterErrors.Of("title", "Give one 'title'."));
        }

        var title = string.Join(' ', UnsafeText.Strip(given[0]).Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        if (title.Length > MaxTitleLength)
        {
            return (null, ParameterErrors.Of("title", $"'title' has {title.Length} characters; at most {MaxTitleLength} fit a title slide."));
        }

        return title.Length == 0 ? (null, ParameterErrors.None) : (title, ParameterErrors.None);
    }
}

using Dashboard.Web.Charts;
using Dashboard.Web.Charts.Selection;
using Microsoft.Extensions.Primitives;

namespace Dashboard.Web.Pages.Display;

/// <summary>
/// The Compare page's state, read from the query string (<c>indicator</c>, <c>entities</c>, <c>from</c>, <c>to</c>) by
/// the one selection parser, and the table's <c>page</c>, validated: each problem becomes a message naming the parameter, never an exception.
/// <c>entities</c> may come as one comma-separated value (a permalink) or repeated (a submitted form of checkboxes).
/// </summary>
public sealed record CompareRequest
{
    /// <summary>The indicator asked for (null: none) with the data selection.</summary>
    public ChartSelection Selection { get; init; } = new();

    public IReadOnlyList<string> Errors { get; init; } = [];

    /// <summary>Those of <see cref="Errors"/> that the chart selection's parser wrote: English only, so the page marks them <c>lang="en"</c>.</summary>
    public IReadOnlyList<string> EnglishErrors { get; init; } = [];

    /// <summary>The page of the data table (<c>page</c>; 1 when absent).</summary>
    public int Page { get; init; } = 1;

    public bool IsValid => Errors.Count == 0;

    public string? IndicatorId => Selection.Indicator.Length == 0 ? null : Selection.Indicator;

    /// <summary>The canonical query string of this state (no leading "?"): indicator, then the selection, then the table page after the first.</summary>
    public string CanonicalQuery => Join(SelectionQuery, Page > 1 ? TablePage.Parameter + "=" + Page.ToString(System.Globalization.CultureInfo.InvariantCulture) : "");

    /// <summary>The canonical query string without the table page: the comparison's permalink.</summary>
    public string SelectionQuery => Join(IndicatorId is null ? "" : "indicator=" + Uri.EscapeDataString(IndicatorId), Selection.Query(dataOnly: true));

    /// <param name="query">The request's query values.</param>
    /// <param name="options">The limits.</param>
    /// <param name="indicators">Indicators that can be compared (not timelines or tables), by id.</param>
    /// <param name="otherIndicators">Indicators that exist but are not comparable (timelines, tables), by id.</param>
    /// <param name="entityCodes">Known entity codes.</param>
    public static CompareRequest Parse(
        IEnumerable<KeyValuePair<string, StringValues>> query,
        ChartOptions options,
        IReadOnlySet<string> indicators,
        IReadOnlySet<string> otherIndicators,
        IReadOnlySet<string> entityCodes)
    {
        var parsed = ChartSelectionParser.Parse(query, options, view: false);
        var errors = parsed.Errors.Messages.ToList();
        var english = parsed.Errors.Messages.ToList();
        var selection = parsed.Selection;
        var language = Localization.Language.Current;
        var indicator = selection.Indicator;
        if (indicator.Length > 0 && !indicators.Contains(indicator))
        {
            errors.Add(otherIndicators.Contains(indicator)
                ? language.F("indicator: '{0}' is a timeline or a table, not a series to compare; see its page {1}.", indicator, language.Path("/indicators/" + indicator))
                : language.F("indicator: '{0}' is not a known indicator.", indicator));
        }

        if (ChartSelectionParser.UnknownCodes(selection, entityCodes) is { } unknown)
        {
            errors.AddRange(unknown.Messages);
            english.AddRange(unknown.Messages);
        }

        var pageText = query.Where(q => q.Key.Equals(TablePage.Parameter, StringComparison.OrdinalIgnoreCase)).SelectMany(q => q.Value).ToList();
        if (pageText.Count > 1)
        {
            errors.Add(language.F("{0}: '{0}' is given more than once; give it once.", TablePage.Parameter));
        }
        else if (!TablePage.TryParseNumber(pageText.FirstOrDefault(), out var page, out var pageError))
        {
            errors.Add(pageError);
        }
        else
        {
            return new CompareRequest { Selection = selection, Errors = errors, EnglishErrors = english, Page = page };
        }

        return new CompareRequest { Selection = selection, Errors = errors, EnglishErrors = english };
    }

    private static string Join(params string[] parts) => string.Join("&", parts.Where(s => s.Length > 0));
}

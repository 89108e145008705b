using System.Globalization;
using Dashboard.Data.Model;
using Dashboard.Web.Charts.Model;
using Dashboard.Web.Charts.Selection;
using Dashboard.Web.Localization;
using Dashboard.Web.Text;

namespace Dashboard.Web.Charts.Composing;

/// <summary>The texts every chart family writes the same way: sources used, footer, subtitle parts, period labels.</summary>
public static class ChartTexts
{
    /// <summary>Marks the paper's figures on charts and in their notes.</summary>
    public const string MarkSymbol = "◆";

    private static readonly CultureInfo Inv = CultureInfo.InvariantCulture;

    /// <summary>The sources cited by these ids, in full, ordered by short citation.</summary>
    public static List<Source> UsedSources(ChartInputs cx, IEnumerable<string> ids) =>
        ids.Distinct(StringComparer.Ordinal)
            .Select(id => cx.Sources.GetValueOrDefault(id))
            .OfType<Source>()
            .OrderBy(s => SourceCitation.Footer(s.Citation), StringComparer.Ordinal)
            .ToList();

    /// <summary>
    /// "Source: … · site": the short citations; the paper's adds the one or two sources its rows cite
    /// ("…, citing Zanini 2022, p. 2") when every row of the paper names one.
    /// </summary>
    public static ChartFooter Footer(IReadOnlyList<Source> used, IEnumerable<(string SourceId, string Locator)> rows, ChartOptions options, Language language)
    {
        var secondary = rows.Where(r => r.SourceId == options.PaperSourceId).Select(r => SourceCitation.CitedIn(r.Locator, keepPages: true)).ToList();
        var distinct = secondary.OfType<string>().Distinct(StringComparer.Ordinal).ToList();
        var parts = used.Select(s =>
            s.Id == options.PaperSourceId && distinct.Count is > 0 and <= 2 && secondary.All(x => x is not null)
                ? language.F("{0}, citing {1}", SourceCitation.Footer(s.Citation), string.Join(language.T(" and "), distinct))
                : SourceCitation.Footer(s.Citation));
        var cited = used.Count == 0 ? language.T("no data shown") : string.Join("; ", parts);
        return new ChartFooter { Citations = cited, Site = options.SiteName, SourceWord = language.T("Source") };
    }

    /// <summary>"as stated in the paper" when only the paper's stated figures are shown; "as of edition" when one edition applies.</summary>
    public static string AsOf(IReadOnlyList<Source> used, bool allStated, ChartOptions options, Language language)
    {
        if (used.Count == 1 && used[0].Id == options.PaperSourceId && allStated)
        {
            return language.F("as stated in {0}", SourceCitation.Footer(used[0].Citation));
        }

        var editions = used.Where(s => s.Id != options.PaperSourceId)
            .Select(s => ShortEdition(s.Edition))
            .OfType<string>()
            .Distinct(StringComparer.Ordinal)
            .ToList();
        return editions.Count == 1 ? language.F("as of {0}", editions[0]) : "";
    }

    /// <summary>Names as a scope: up to four listed, more counted.</summary>
    public static string Scope(IReadOnlyList<string> names, Language language) => names.Count switch
    {
        0 => "",
        <= 4 => string.Join(", ", names),
        _ => language.F("{0} countries and groups", language.Count(names.Count)),
    };

    /// <summary>"2019", "2010–2014 and 2015–2019", "Jun 1993 to Jun 2026", "2000–2023".</summary>
    public static string PeriodText(IReadOnlyList<Period> periods, ChartKind kind, Language language)
    {
        if (periods.Count == 0)
        {
            return "";
        }

        if (periods.Count == 1)
        {
            return language.Period(periods[0]);
        }

        var (first, last) = (periods[0], periods[^1]);
        if (kind == ChartKind.Slope || periods.Count == 2)
        {
            return language.F("{0} and {1}", language.Period(first), language.Period(last));
        }

        return first.Kind == PeriodKind.Range || last.Kind == PeriodKind.Range
            ? language.F("{0} to {1}", language.Period(first), language.Period(last))
            : $"{language.Period(first)}–{language.Period(last)}";
    }

    /// <summary>A window label short enough for a bar: "2016–20" (same century), else the full label.</summary>
    public static string ShortLabel(Period p, Language language) =>
        p.Kind == PeriodKind.Range && p.StartYear / 100 == p.EndYear / 100
            ? string.Create(Inv, $"{p.StartYear}–{p.EndYear % 100:00}")
            : language.Period(p);

    public static string JoinParts(params string[] parts) =>
        string.Join(" · ", parts.Where(p => !string.IsNullOrWhiteSpace(p)));

    private static string? ShortEdition(string? edition)
    {
        if (string.IsNullOrWhiteSpace(edition))
        {
            return null;
        }

        var cut = edition.IndexOfAny(['(', ',']);
        var text = (cut > 0 ? edition[..cut] : edition).Trim();
        return text.Length is > 0 and <= 40 ? text : null;
    }
}

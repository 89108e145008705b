using System.Globalization;
using Dashboard.Data.Model;
using Dashboard.Web.Localization;

namespace Dashboard.Web.Pages.Display;

/// <summary>
/// The reader's words for the codes and labels the data and the chart code keep in English (dimensions, chart kinds,
/// bases, themes, presets, periods, event dates). The English text is the key, so each name is written out here, where
/// the texts test finds it; an unknown code is shown as it is.
/// </summary>
public static class Words
{
    private static Language L => Language.Current;

    public static string Dimension(string code) => code switch
    {
        "military" => L.T("military"),
        "economic" => L.T("economic"),
        "political" => L.T("political"),
        "technology" => L.T("technology"),
        _ => code,
    };

    public static string ChartKind(string code) => code switch
    {
        "line" => L.T("line"),
        "grouped-bar" => L.T("grouped bars"),
        "slope" => L.T("slope"),
        "stacked-share" => L.T("stacked shares"),
        "table" => L.T("table"),
        "timeline" => L.T("timeline"),
        "bar" => L.T("bars"),
        "map" => L.T("map"),
        _ => code,
    };

    public static string Basis(string code) => code switch
    {
        "stated" => L.T("stated"),
        "derived" => L.T("derived"),
        "estimate" => L.T("estimate"),
        _ => code,
    };

    public static string Theme(string name) => name switch
    {
        "light" => L.T("light"),
        "dark" => L.T("dark"),
        "projector" => L.T("projector"),
        _ => name,
    };

    public static string Preset(string label) => label switch
    {
        "Slide 16:9" => L.T("Slide 16:9"),
        "Slide 4:3" => L.T("Slide 4:3"),
        "Document" => L.T("Document"),
        "Square" => L.T("Square"),
        "Custom" => L.T("Custom"),
        _ => label,
    };

    /// <summary>
    /// A count of an indicator's rows with what they are, by chart kind: "1,697 observations", "21 events", "5 projects";
    /// in other languages in the plural form the count asks for (Russian: 1 наблюдение, 3 наблюдения, 5 наблюдений).
    /// </summary>
    public static string Counted(long count, string chartKind)
    {
        var n = Count(count);
        if (L.IsEnglish)
        {
            return n + " " + chartKind switch { "timeline" => "events", "table" => "projects", _ => "observations" };
        }

        return (chartKind, Plural(L.Culture, count)) switch
        {
            ("timeline", "one") => L.F("{0} events [one]", n),
            ("timeline", "few") => L.F("{0} events [few]", n),
            ("timeline", "many") => L.F("{0} events [many]", n),
            ("timeline", _) => L.F("{0} events [other]", n),
            ("table", "one") => L.F("{0} projects [one]", n),
            ("table", "few") => L.F("{0} projects [few]", n),
            ("table", "many") => L.F("{0} projects [many]", n),
            ("table", _) => L.F("{0} projects [other]", n),
            (_, "one") => L.F("{0} observations [one]", n),
            (_, "few") => L.F("{0} observations [few]", n),
            (_, "many") => L.F("{0} observations [many]", n),
            _ => L.F("{0} observations [other]", n),
        };
    }

    /// <summary>
    /// The CLDR plural category of a whole number: Russian (and the other East Slavic rules) one/few/many; languages
    /// that do not inflect nouns after numbers (Turkish, Kazakh, Uzbek…) "other".
    /// </summary>
    public static string Plural(string culture, long count)
    {
        if (culture is not ("ru" or "uk" or "be"))
        {
            return "other";
        }

        var (mod10, mod100) = (Math.Abs(count) % 10, Math.Abs(count) % 100);
        return mod10 == 1 && mod100 != 11 ? "one"
            : mod10 is >= 2 and <= 4 && mod100 is < 12 or > 14 ? "few"
            : "many";
    }

    /// <summary>A period for people in the reader's language: "2019", "2010–2014", "нояб. 2019".</summary>
    public static string Period(Period period) =>
        period.Kind == PeriodKind.Month ? L.Month((period.Start % 12) + 1) + " " + period.StartYear.ToString(CultureInfo.InvariantCulture) : period.Label;

    /// <summary>A period's text ("2019-11") as a label, or the text when it is not a period.</summary>
    public static string Period(string text) => Dashboard.Data.Model.Period.TryParse(text, out var p, out _) ? Period(p) : text;

    /// <summary>A timeline event's date as precise as the source: "10 Oct 2019", "Jun 2009", "2019", months in the reader's language.</summary>
    public static string EventDate(string date, string precision)
    {
        if (L.IsEnglish)
        {
            return Text.EventDate.Label(date, precision);
        }

        var format = precision switch { "day" => "yyyy-MM-dd", "month" => "yyyy-MM", _ => null };
        if (format is null || !DateTime.TryParseExact(date, format, CultureInfo.InvariantCulture, DateTimeStyles.None, out var parsed))
        {
            return date;
        }

        var monthYear = L.Month(parsed.Month) + " " + parsed.Year.ToString(CultureInfo.InvariantCulture);
        return precision == "day" ? parsed.Day.ToString(CultureInfo.InvariantCulture) + " " + monthYear : monthYear;
    }

    /// <summary>A number with all its decimals (up to 10), in the reader's format: "0.5" → "0,5" in Russian.</summary>
    public static string Exact(double value)
    {
        return L.Number(value, DecimalsOf(value));
    }

    /// <summary>
    /// A table's value exactly as stored with its unit, in the reader's number format ("47,9 %", "%47,9"); English as
    /// <c>ValueText.Exact</c>. The unit itself is a data text and stays as the data has it.
    /// </summary>
    public static string Value(double value, string unit)
    {
        if (L.IsEnglish)
        {
            return Accessibility.ValueText.Exact(value, unit);
        }

        var decimals = DecimalsOf(value);
        unit = unit.Trim();
        return unit switch
        {
            "" => L.Number(value, decimals),
            "%" => L.Percent(value, decimals),
            "flag" when value is 1 => L.T("yes"),
            "flag" when value is 0 => L.T("no"),
            "flag" => L.Number(value, decimals),
            _ when unit.StartsWith("US$", StringComparison.Ordinal) || unit.StartsWith("CNY", StringComparison.Ordinal) =>
                unit.Split(' ', 2) is [var head, var rest] ? head + " " + L.Number(value, decimals) + " " + rest : unit + " " + L.Number(value, decimals),
            _ => L.Number(value, decimals) + " " + unit,
        };
    }

    /// <summary>A whole number with the reader's group separator.</summary>
    public static string Count(long value) => L.Number(value, 0);

    /// <summary>How many decimals the value has as stored (at most 10).</summary>
    private static int DecimalsOf(double value)
    {
        var text = value.ToString("0.##########", CultureInfo.InvariantCulture);
        var dot = text.IndexOf('.', StringComparison.Ordinal);
        return dot < 0 ? 0 : text.Length - dot - 1;
    }
}

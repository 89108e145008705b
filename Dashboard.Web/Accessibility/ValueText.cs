using System.Globalization;
using Dashboard.Data.Model;
using Dashboard.Web.Charts.Styling;
using Dashboard.Web.Localization;

namespace Dashboard.Web.Accessibility;

/// <summary>Writes a value with its unit for people: "18 %", "228 systems", "US$ 43.4 bn", "yes".</summary>
public static class ValueText
{
    /// <summary>The value exactly as stored (no rounding), with its unit; for tables.</summary>
    public static string Exact(double value, string unit) => Exact(value, unit, Language.English);

    /// <summary>The value exactly as stored, with its unit, in the reader's language ("18,5 %").</summary>
    public static string Exact(double value, string unit, Language language) =>
        WithUnit(language.Digits(value.ToString("#,0.##########", CultureInfo.InvariantCulture)), value, unit, language);

    /// <summary>
    /// The value rounded by the indicator's display precision (large numbers as "1.69 billion"), with its unit: the one
    /// rule for tooltips and announcements (points.json <c>valueText</c>), alt text and slides.
    /// </summary>
    public static string Rounded(double value, string unit, NumberPrecision precision) => Rounded(value, unit, precision, Language.English);

    /// <summary>The value rounded by the display precision, with its unit, in the reader's language ("47,9 %", "1,69 млрд").</summary>
    public static string Rounded(double value, string unit, NumberPrecision precision, Language language) =>
        WithUnit(ValueFormat.Display(value, precision, language, words: true), precision.Round(value), unit, language);

    /// <summary>The value rounded for a sentence (large numbers as "1.2 billion"), with its unit; for alt text.</summary>
    public static string Brief(double value, string unit) => Brief(value, unit, Language.English);

    /// <summary>The value rounded for a sentence, with its unit, in the reader's language.</summary>
    public static string Brief(double value, string unit, Language language) => WithUnit(BriefNumber(value, language), value, unit, language);

    /// <summary>A number rounded for a sentence: two decimals at most, millions and billions spelled out.</summary>
    public static string BriefNumber(double value) => BriefNumber(value, Language.English);

    /// <summary>A number rounded for a sentence in the reader's language ("1,2 млрд").</summary>
    public static string BriefNumber(double value, Language language)
    {
        var abs = Math.Abs(value);
        return abs switch
        {
            >= 1e9 => language.F("{0} billion", language.Digits((value / 1e9).ToString("#,0.##", CultureInfo.InvariantCulture))),
            >= 1e6 => language.F("{0} million", language.Digits((value / 1e6).ToString("#,0.##", CultureInfo.InvariantCulture))),
            >= 100 => language.Digits(value.ToString("#,0", CultureInfo.InvariantCulture)),
            _ => language.Digits(value.ToString("#,0.##", CultureInfo.InvariantCulture)),
        };
    }

    private static string WithUnit(string number, double value, string unit, Language language)
    {
        unit = unit.Trim();
        if (unit.Length == 0)
        {
            return number;
        }

        if (unit == "flag")
        {
            // AIGS flags: 1 = found, 0 = not found; anything else is shown as the number.
            return value switch
            {
                1 => language.T("yes"),
                0 => language.T("no"),
                _ => number,
            };
        }

        if (unit == "%")
        {
            return language.IsEnglish ? number + " %" : language.PercentOf(number);
        }

        // Currency units ("US$", "US$ bn", "CNY bn") read best with the currency first: "US$ 43.4 bn".
        var space = unit.IndexOf(' ', StringComparison.Ordinal);
        var head = space < 0 ? unit : unit[..space];
        if (IsCurrency(head))
        {
            return space < 0 ? head + " " + number : head + " " + number + unit[space..];
        }

        // "1 system", not "1 systems", for plain plural units.
        if (language.IsEnglish && value == 1 && unit.Length > 2 && unit[^1] == 's' && unit.All(char.IsAsciiLetterLower))
        {
            unit = unit[..^1];
        }

        return number + " " + unit;
    }

    private static bool IsCurrency(string token) =>
        token.Contains('$', StringComparison.Ordinal) || token is "CNY" or "RUB" or "EUR" or "KZT";
}

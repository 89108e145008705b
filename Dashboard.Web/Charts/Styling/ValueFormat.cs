using System.Globalization;
using Dashboard.Data.Model;
using Dashboard.Web.Localization;

namespace Dashboard.Web.Charts.Styling;

/// <summary>Number formats for ticks and labels (invariant culture; thousands separators only from 10,000).</summary>
internal static class ValueFormat
{
    private static readonly CultureInfo Inv = CultureInfo.InvariantCulture;

    public static string Tick(double v)
    {
        if (Math.Abs(v) < 1e-9)
        {
            return "0";
        }

        var a = Math.Abs(v);
        return a switch
        {
            >= 1e12 => (v / 1e12).ToString("0.##", Inv) + " tn",
            >= 1e9 => (v / 1e9).ToString("0.##", Inv) + " bn",
            >= 1e6 => (v / 1e6).ToString("0.##", Inv) + " m",
            >= 1e4 => v.ToString("#,0", Inv),
            _ => v.ToString("0.###", Inv),
        };
    }

    /// <summary>A data label: the value with its unit when the unit is "%".</summary>
    public static string Label(double v, string unit)
    {
        var a = Math.Abs(v);
        var text = a switch
        {
            >= 1e12 => (v / 1e12).ToString("0.#", Inv) + " tn",
            >= 1e9 => (v / 1e9).ToString("0.#", Inv) + " bn",
            >= 1e6 => (v / 1e6).ToString("0.#", Inv) + " m",
            >= 1e4 => v.ToString("#,0", Inv),
            >= 100 => v.ToString("0.#", Inv),
            _ => v.ToString("0.##", Inv),
        };
        return unit == "%" ? text + "%" : text;
    }

    /// <summary>A tick in the reader's language: "1,5" in Russian, "12 млрд" for billions.</summary>
    public static string Tick(double v, Language language) => language.IsEnglish ? Tick(v) : Words(language.Digits(Tick(v)), language);

    /// <summary>A data label in the reader's language: "47,9 %" in Russian, "%47,9" in Turkish.</summary>
    public static string Label(double v, string unit, Language language)
    {
        if (language.IsEnglish)
        {
            return Label(v, unit);
        }

        var number = Words(language.Digits(Label(v, "")), language);
        return unit == "%" ? language.PercentOf(number) : number;
    }

    /// <summary>The scale words of ticks and labels (" tn", " bn", " m") in the reader's language.</summary>
    private static string Words(string text, Language language)
    {
        foreach (var word in (ReadOnlySpan<string>)[" tn", " bn", " m"])
        {
            if (text.EndsWith(word, StringComparison.Ordinal))
            {
                return text[..^word.Length] + language.T(word);
            }
        }

        return text;
    }

    public static string Year(double v) => Math.Round(v).ToString("0", Inv);

    /// <summary>
    /// A value rounded by the indicator's display precision (<see cref="NumberPrecision"/>, <c>indicators.csv</c>
    /// <c>display_precision</c>): the one rule for tooltips, announcements, map labels, alt text and slides. A million
    /// and more are scaled ("1.69 bn" on images, "1.69 billion" in <paramref name="words"/>) with at least three
    /// significant digits; thousands separators from 10,000 on images, from 1,000 in words.
    /// </summary>
    public static string Display(double v, NumberPrecision precision, bool words = false)
    {
        var a = Math.Abs(v);
        if (a >= 1e6 && double.IsFinite(a))
        {
            var (divisor, suffix) = a >= 1e12 ? (1e12, words ? " trillion" : " tn") : a >= 1e9 ? (1e9, words ? " billion" : " bn") : (1e6, words ? " million" : " m");
            var mantissa = new NumberPrecision(precision.Significant ? Math.Max(precision.Digits, 3) : 3, Significant: true);
            return Rounded(v / divisor, mantissa, words) + suffix;
        }

        return Rounded(v, precision, words);
    }

    /// <summary><see cref="Display(double, NumberPrecision, bool)"/> in the reader's language ("47,9", "1,69 млрд").</summary>
    public static string Display(double v, NumberPrecision precision, Language language, bool words = false)
    {
        if (language.IsEnglish)
        {
            return Display(v, precision, words);
        }

        var text = Display(v, precision, words);
        foreach (var word in (ReadOnlySpan<string>)[" trillion", " billion", " million"])
        {
            if (text.EndsWith(word, StringComparison.Ordinal))
            {
                return language.F("{0}" + word, language.Digits(text[..^word.Length]));
            }
        }

        return Words(language.Digits(text), language);
    }

    private static string Rounded(double v, NumberPrecision precision, bool words)
    {
        var decimals = precision.DecimalsFor(v);
        var r = Math.Round(v, decimals, MidpointRounding.AwayFromZero);
        var whole = Math.Abs(r) >= (words ? 1e3 : 1e4) ? "#,0" : "0";
        var fraction = decimals == 0 ? "" : "." + new string(precision.Significant ? '#' : '0', decimals);
        return (r == 0 ? 0 : r).ToString(whole + fraction, Inv);
    }
}

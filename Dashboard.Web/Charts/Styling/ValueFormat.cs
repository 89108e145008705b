using System.Globalization;
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
}

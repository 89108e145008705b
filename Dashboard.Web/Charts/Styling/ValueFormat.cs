using System.Globalization;
using Dashboard.Data.Model;

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

    private static string Rounded(double v, NumberPrecision precision, bool words)
    {
        var decimals = precision.DecimalsFor(v);
        var r = Math.Round(v, decimals, MidpointRounding.AwayFromZero);
        var whole = Math.Abs(r) >= (words ? 1e3 : 1e4) ? "#,0" : "0";
        var fraction = decimals == 0 ? "" : "." + new string(precision.Significant ? '#' : '0', decimals);
        return (r == 0 ? 0 : r).ToString(whole + fraction, Inv);
    }
}

using System.Globalization;

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
}

using System.Globalization;

namespace Dashboard.Data.Model;

/// <summary>
/// How many digits an indicator's values are shown with wherever a value is rounded for reading — tooltips,
/// screen-reader announcements, map labels, alt text, slides (<c>indicators.csv</c> column <c>display_precision</c>):
/// <c>1 decimal</c>, <c>0 decimals</c> (fixed decimals, trailing zeros kept) or <c>3 significant</c> (significant
/// digits, trailing zeros dropped; whole numbers are never cut). Empty means <see cref="Default"/>. Tables, CSV files
/// and the API keep the exact stored value.
/// </summary>
public readonly record struct NumberPrecision(int Digits, bool Significant)
{
    /// <summary>Three significant digits: 47.9, 3.24, 0.0412, 228, 1,694.</summary>
    public static NumberPrecision Default { get; } = new(3, true);

    /// <summary>The contract's words for the column, for messages and documentation.</summary>
    public const string Syntax = "'N decimal(s)' (N from 0 to 6) or 'N significant' (N from 1 to 9), or empty for 3 significant";

    /// <summary>Reads the contract cell; empty or null is <see cref="Default"/>.</summary>
    public static bool TryParse(string? text, out NumberPrecision precision)
    {
        precision = Default;
        var t = (text ?? "").Trim();
        if (t.Length == 0)
        {
            return true;
        }

        var parts = t.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (parts.Length != 2 || !int.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var n))
        {
            return false;
        }

        switch (parts[1])
        {
            case "decimal" or "decimals" when n is >= 0 and <= 6:
                precision = new NumberPrecision(n, Significant: false);
                return true;
            case "significant" when n is >= 1 and <= 9:
                precision = new NumberPrecision(n, Significant: true);
                return true;
            default:
                return false;
        }
    }

    /// <summary>The precision a stored cell says (the default when the cell is empty or, in an older store, unreadable).</summary>
    public static NumberPrecision From(string? text) => TryParse(text, out var p) ? p : Default;

    /// <summary>Decimals to show <paramref name="value"/> with: fixed, or enough for the significant digits (never negative).</summary>
    public int DecimalsFor(double value)
    {
        if (!Significant)
        {
            return Digits;
        }

        var a = Math.Abs(value);
        return a == 0 || !double.IsFinite(a) ? 0 : Math.Clamp(Digits - 1 - (int)Math.Floor(Math.Log10(a)), 0, 12);
    }

    /// <summary>The value rounded as it is shown (half away from zero).</summary>
    public double Round(double value) => Math.Round(value, DecimalsFor(value), MidpointRounding.AwayFromZero);

    public override string ToString() =>
        Significant ? $"{Digits.ToString(CultureInfo.InvariantCulture)} significant"
        : Digits == 1 ? "1 decimal" : $"{Digits.ToString(CultureInfo.InvariantCulture)} decimals";
}

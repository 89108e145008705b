using System.Globalization;

namespace Dashboard.Data.Model;

/// <summary>
/// A period as the data contract writes it: <c>2019</c>, <c>2010-2014</c> or <c>2019-11</c>.
/// <see cref="Start"/> and <see cref="End"/> are inclusive months counted from year 0 (year * 12 + month - 1),
/// so periods of different kinds can be filtered and sorted together.
/// </summary>
public readonly record struct Period(string Text, PeriodKind Kind, int Start, int End)
{
    public const int MinYear = 1000;
    public const int MaxYear = 2999;

    private static readonly string[] MonthNames =
        ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

    public int StartYear => Start / 12;

    public int EndYear => End / 12;

    /// <summary>Midpoint in fractional years, used as the x position on time axes.</summary>
    public double MidYear => Kind switch
    {
        PeriodKind.Month => StartYear + ((Start % 12) + 0.5) / 12.0,
        _ => (StartYear + EndYear) / 2.0,
    };

    /// <summary>A label for people: "2019", "2010–2014", "Nov 2019".</summary>
    public string Label => Kind switch
    {
        PeriodKind.Year => Text,
        PeriodKind.Range => string.Create(CultureInfo.InvariantCulture, $"{StartYear}–{EndYear}"),
        _ => string.Create(CultureInfo.InvariantCulture, $"{MonthNames[Start % 12]} {StartYear}"),
    };

    public static Period Parse(string text) =>
        TryParse(text, out var period, out var error) ? period : throw new FormatException(error);

    /// <summary>Parses a period; on failure <paramref name="error"/> says what is wrong in words a user can act on.</summary>
    public static bool TryParse(string? text, out Period period, out string error)
    {
        period = default;
        error = string.Empty;
        var s = text ?? string.Empty;
        if (s.Length == 4 && TryYear(s, out var year))
        {
            period = new Period(s, PeriodKind.Year, year * 12, year * 12 + 11);
            return true;
        }

        if (s.Length == 7 && s[4] == '-' && TryYear(s.AsSpan(0, 4), out year) && TryDigits(s.AsSpan(5, 2), out var month))
        {
            if (month is < 1 or > 12)
            {
                error = "is not a valid month (use YYYY-MM with a month 01-12)";
                return false;
            }

            var m = year * 12 + month - 1;
            period = new Period(s, PeriodKind.Month, m, m);
            return true;
        }

        if (s.Length == 9 && s[4] == '-' && TryYear(s.AsSpan(0, 4), out year) && TryYear(s.AsSpan(5, 4), out var last))
        {
            if (last <= year)
            {
                error = "is not a valid year range (the first year must be before the last)";
                return false;
            }

            period = new Period(s, PeriodKind.Range, year * 12, last * 12 + 11);
            return true;
        }

        error = "is not a period (use a year 2019, a range 2010-2014 or a month 2019-11)";
        return false;
    }

    private static bool TryYear(ReadOnlySpan<char> s, out int year) =>
        TryDigits(s, out year) && year is >= MinYear and <= MaxYear;

    private static bool TryDigits(ReadOnlySpan<char> s, out int value)
    {
        value = 0;
        foreach (var c in s)
        {
            if (c is < '0' or > '9')
            {
                return false;
            }

            value = value * 10 + (c - '0');
        }

        return s.Length > 0;
    }

    public override string ToString() => Text;
}

using System.Globalization;

namespace Dashboard.Data.Import.Tables;

/// <summary>
/// Decides a table's decimal separator from the numbers in it (only where the delimiter is not a comma). A number
/// shows it when its separator cannot be a thousands separator: "12,5", "0,125", "1.234,5", "1,234,567". A lone
/// "1,234" could be either and shows nothing. Numbers that disagree, or only ambiguous numbers, mean the user must say.
/// </summary>
public sealed class DecimalDetector
{
    private static readonly System.Buffers.SearchValues<char> NumberChars = System.Buffers.SearchValues.Create("0123456789., \u00A0\u202F");
    private static readonly System.Buffers.SearchValues<char> Digits = System.Buffers.SearchValues.Create("0123456789");

    private (int Line, string Text)? _comma;
    private (int Line, string Text)? _point;
    private (int Line, string Text)? _ambiguous;

    /// <summary>Looks at one cell.</summary>
    public void Add(string cell, int line)
    {
        switch (Shows(cell))
        {
            case ',':
                _comma ??= (line, cell);
                break;
            case '.':
                _point ??= (line, cell);
                break;
            case '?':
                _ambiguous ??= (line, cell);
                break;
        }
    }

    /// <summary>The decimal separator and why, or an error rule when the numbers do not decide it.</summary>
    public (char Decimal, string Reason)? Decide(out string? problem)
    {
        problem = null;
        if (_comma is { } c && _point is { } p)
        {
            problem = string.Create(CultureInfo.InvariantCulture,
                $"writes decimals both with ',' (line {c.Line}: '{c.Text}') and with '.' (line {p.Line}: '{p.Text}'): give the decimal separator (--decimal , or --decimal .)");
            return null;
        }

        if (_comma is not null || _point is not null)
        {
            return (_comma is not null ? ',' : '.', "detected");
        }

        if (_ambiguous is { } a)
        {
            problem = string.Create(CultureInfo.InvariantCulture,
                $"has numbers such as '{a.Text}' (line {a.Line}) that read differently with ',' and with '.' as decimal separator, and none that decides it: give the decimal separator (--decimal , or --decimal .)");
            return null;
        }

        return ('.', "no decimal numbers seen");
    }

    /// <summary>',' or '.' when the cell shows that decimal separator, '?' when it is a number that could be either, else '\0'.</summary>
    public static char Shows(string cell)
    {
        var s = cell.AsSpan().Trim();
        if (s.Length > 0 && s[0] is '-' or '+')
        {
            s = s[1..];
        }

        if (s.Length < 3 || !char.IsAsciiDigit(s[0]) || !char.IsAsciiDigit(s[^1]) || s.ContainsAnyExcept(NumberChars))
        {
            return '\0';
        }

        int commas = s.Count(','), points = s.Count('.');
        if (commas > 0 && points > 0)
        {
            var last = s[s.LastIndexOfAny('.', ',')];
            return Valid(s, last) ? last : '\0';
        }

        if (commas + points == 0)
        {
            return '\0';
        }

        var separator = commas > 0 ? ',' : '.';
        var other = separator == ',' ? '.' : ',';
        if (commas + points > 1)
        {
            // Repeated: thousands, so the decimal separator is the other one.
            return Valid(s, other) ? other : '\0';
        }

        var at = s.IndexOf(separator);
        var before = s[..at];
        var after = s[(at + 1)..];
        if (after.Length == 3 && before.Length <= 3 && before[0] != '0' && !before.ContainsAnyExcept(Digits))
        {
            return '?';
        }

        return Valid(s, separator) ? separator : '\0';
    }

    private static bool Valid(ReadOnlySpan<char> s, char decimalSeparator) =>
        NumberText.Grouped(decimalSeparator).Normalise(s.ToString()) is not null;
}

using System.Globalization;

namespace Dashboard.Data.Import.Tables;

/// <summary>
/// Parses the numbers of one table as they are written in it. Where the delimiter is a comma, numbers are invariant
/// ('.' decimals, no thousands separators). Elsewhere the decimal separator is the table's and thousands may be
/// grouped by threes with '.', ',' (whichever is not the decimal), a space or a no-break space: "1 234,5", "1.234,5".
/// </summary>
public sealed class NumberText
{
    public static readonly NumberText Invariant = new('.', grouping: false);

    private const NumberStyles Styles = NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint | NumberStyles.AllowExponent;

    private static readonly NumberText CommaGrouped = new(',', grouping: true);
    private static readonly NumberText DotGrouped = new('.', grouping: true);

    private NumberText(char decimalSeparator, bool grouping)
    {
        DecimalSeparator = decimalSeparator;
        Grouping = grouping;
    }

    public char DecimalSeparator { get; }

    public bool Grouping { get; }

    /// <summary>What a number must look like, for error messages.</summary>
    public string Rule => !Grouping
        ? "is not a number ('.' as decimal separator, no thousands separators)"
        : DecimalSeparator == ','
            ? "is not a number (',' as decimal separator; thousands, if any, grouped by '.', a space or a no-break space)"
            : "is not a number ('.' as decimal separator; thousands, if any, grouped by ',', a space or a no-break space)";

    public static NumberText Grouped(char decimalSeparator) => decimalSeparator == ',' ? CommaGrouped : DotGrouped;

    public bool TryDouble(string text, out double value)
    {
        value = 0;
        return Normalise(text) is { } invariant
               && double.TryParse(invariant, Styles, CultureInfo.InvariantCulture, out value)
               && double.IsFinite(value);
    }

    public bool TryDecimal(string text, out decimal value)
    {
        value = 0;
        return Normalise(text) is { } invariant && decimal.TryParse(invariant, Styles, CultureInfo.InvariantCulture, out value);
    }

    /// <summary>The text in invariant form, or null when it is not a number of this table.</summary>
    public string? Normalise(string text)
    {
        if (!Grouping)
        {
            return text;
        }

        var span = text.AsSpan().Trim();
        var sign = span.Length > 0 && span[0] is '-' or '+' ? span[..1] : default;
        var body = span[sign.Length..];
        var exponent = body.IndexOfAny('e', 'E');
        var mantissa = exponent < 0 ? body : body[..exponent];
        var point = mantissa.LastIndexOf(DecimalSeparator);
        var whole = point < 0 ? mantissa : mantissa[..point];
        var fraction = point < 0 ? default : mantissa[(point + 1)..];
        if (whole.Length == 0 || !IsDigits(fraction) || (point >= 0 && fraction.Length == 0) || (exponent >= 0 && !IsDigits(whole)))
        {
            return null;
        }

        var digits = Ungroup(whole);
        if (digits is null)
        {
            return null;
        }

        var tail = exponent < 0 ? string.Empty : body[exponent..].ToString();
        return point < 0 ? $"{sign}{digits}{tail}" : $"{sign}{digits}.{fraction}{tail}";
    }

    /// <summary>Digits, or digits grouped by threes with one separator other than the decimal one ("1 234 567").</summary>
    private string? Ungroup(ReadOnlySpan<char> whole)
    {
        if (IsDigits(whole))
        {
            return whole.ToString();
        }

        var separator = whole[whole.IndexOfAnyExceptInRange('0', '9')];
        if (separator == DecimalSeparator || !IsGroupSeparator(separator))
        {
            return null;
        }

        var parts = whole.ToString().Split(separator);
        if (parts[0].Length is 0 or > 3 || parts[0][0] == '0' || !parts.All(p => IsDigits(p)) || parts.Skip(1).Any(p => p.Length != 3))
        {
            return null;
        }

        return string.Concat(parts);
    }

    private bool IsGroupSeparator(char c) => c is ' ' or '\u00A0' or '\u202F' || (c is '.' or ',' && c != DecimalSeparator);

    private static bool IsDigits(ReadOnlySpan<char> s) => !s.ContainsAnyExceptInRange('0', '9');
}

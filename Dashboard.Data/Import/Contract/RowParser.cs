using System.Globalization;
using Dashboard.Data.Import.Tables;
using Dashboard.Data.Model;

namespace Dashboard.Data.Import.Contract;

/// <summary>
/// Typed access to the fields of one <see cref="CsvRow"/>. Every failed check adds an <see cref="ImportError"/>
/// naming file, line, column, value and rule; <see cref="Ok"/> says whether the row is still clean.
/// </summary>
public sealed class RowParser
{
    private readonly ErrorList _errors;
    private readonly int _errorsAtStart;
    private readonly NumberText _numbers;

    /// <param name="row">The record.</param>
    /// <param name="errors">Where broken rules go.</param>
    /// <param name="numbers">How the file writes numbers (the data folder: invariant).</param>
    public RowParser(CsvRow row, ErrorList errors, NumberText? numbers = null)
    {
        Row = row;
        _errors = errors;
        _errorsAtStart = errors.Count;
        _numbers = numbers ?? NumberText.Invariant;
    }

    public CsvRow Row { get; }

    public bool Ok => _errors.Count == _errorsAtStart;

    public void Fail(string column, string? value, string rule) =>
        _errors.Add(ImportError.At(Row.File, Row.Line, column, value, rule));

    public string Required(string column)
    {
        var value = Row[column];
        if (value.Length == 0)
        {
            Fail(column, null, "is required but empty");
        }

        return value;
    }

    public string? Optional(string column)
    {
        var value = Row[column];
        return value.Length == 0 ? null : value;
    }

    /// <summary>A lower-case slug: letters, digits and '-'.</summary>
    public string Slug(string column)
    {
        var value = Required(column);
        if (value.Length > 0 && !IsSlug(value))
        {
            Fail(column, value, "is not a valid id (use lower-case letters, digits and '-')");
        }

        return value;
    }

    public string OneOf(string column, IReadOnlyCollection<string> allowed)
    {
        var value = Required(column);
        if (value.Length > 0 && !allowed.Contains(value))
        {
            Fail(column, value, "is not one of: " + string.Join(", ", allowed));
        }

        return value;
    }

    public double Number(string column) => ParseNumber(column, Required(column)) ?? 0;

    public double? OptionalNumber(string column) => ParseNumber(column, Row[column]);

    public int? OptionalInteger(string column, int min, int max)
    {
        var text = Row[column];
        if (text.Length == 0)
        {
            return null;
        }

        if (!int.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value))
        {
            Fail(column, text, "is not a whole number" + NumberHint(text));
            return null;
        }

        if (value < min || value > max)
        {
            Fail(column, text, string.Create(CultureInfo.InvariantCulture, $"is out of range ({min} to {max})"));
            return null;
        }

        return value;
    }

    public Period? Period(string column)
    {
        var text = Required(column);
        if (text.Length == 0)
        {
            return null;
        }

        if (!Model.Period.TryParse(text, out var period, out var error))
        {
            Fail(column, text, error);
            return null;
        }

        return period;
    }

    /// <summary>Checks a value against an inclusive range; null bounds are open.</summary>
    public void InRange(string column, double value, double? min, double? max, string what)
    {
        if ((min is { } lo && value < lo) || (max is { } hi && value > hi))
        {
            var range = string.Create(CultureInfo.InvariantCulture, $"{min?.ToString(CultureInfo.InvariantCulture) ?? "-∞"} to {max?.ToString(CultureInfo.InvariantCulture) ?? "∞"}");
            Fail(column, Row[column], $"is out of range for {what} ({range})");
        }
    }

    /// <summary>Checks that a code names a known entity/indicator/source.</summary>
    public void Known(string column, string? value, IReadOnlySet<string> known, string what)
    {
        if (!string.IsNullOrEmpty(value) && !known.Contains(value))
        {
            Fail(column, value, $"is not a known {what} (add it to {what switch { "entity" => "entities", "indicator" => "indicators", _ => "sources" }}.csv first)");
        }
    }

    public static bool IsSlug(string value)
    {
        if (value.Length is 0 or > 80 || value[0] == '-' || value[^1] == '-')
        {
            return false;
        }

        foreach (var c in value)
        {
            if (!(c is (>= 'a' and <= 'z') or (>= '0' and <= '9') or '-'))
            {
                return false;
            }
        }

        return true;
    }

    private double? ParseNumber(string column, string text)
    {
        if (text.Length == 0)
        {
            return null;
        }

        const NumberStyles Styles = NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint | NumberStyles.AllowExponent;
        if (_numbers.Normalise(text) is not { } invariant || !double.TryParse(invariant, Styles, CultureInfo.InvariantCulture, out var value))
        {
            Fail(column, text, _numbers.Grouping ? _numbers.Rule : "is not a number" + NumberHint(text));
            return null;
        }

        if (!double.IsFinite(value))
        {
            Fail(column, text, "is not a finite number (NaN and Infinity are not values: leave the row out)");
            return null;
        }

        return value;
    }

    private static string NumberHint(string text)
    {
        var comma = text.IndexOf(',', StringComparison.Ordinal);
        if (comma >= 0)
        {
            var tail = text.Length - comma - 1;
            var hasDot = text.Contains('.', StringComparison.Ordinal);
            return !hasDot && tail != 3
                ? " (use '.' as decimal separator)"
                : " (no thousands separators; use '.' as decimal separator)";
        }

        if (text.Contains(' ', StringComparison.Ordinal) || text.Contains('\u00A0', StringComparison.Ordinal) || text.Contains('\'', StringComparison.Ordinal))
        {
            return " (no thousands separators or spaces)";
        }

        if (text.Contains('%', StringComparison.Ordinal))
        {
            return " (write the number without '%'; the unit is in indicators.csv)";
        }

        if (text.Equals("nan", StringComparison.OrdinalIgnoreCase) || text.Contains("inf", StringComparison.OrdinalIgnoreCase))
        {
            return " (NaN and Infinity are not values: leave the row out)";
        }

        return string.Empty;
    }
}

using System.Globalization;
using Dashboard.Data.Import.Tables;

namespace Dashboard.Data.Import.Formats;

/// <summary>
/// The table-level rules for a value cell that every reader shares: the "no data" marks portals write (<c>..</c>,
/// <c>n/a</c>, <c>--</c>, <c>:</c>, <c>xxx</c>, <c>. .</c>, …), Eurostat's flags after a value (<c>12.3 p</c>), workbook
/// cells formatted as percentages (the number shown is stored when the unit is a percentage, the fraction when the
/// unit says fraction, and anything else is refused), and numbers stored as text in a workbook (read, and counted so
/// the report flags them). Counts what it did, for the report's notes.
/// </summary>
public sealed class ValueCells(NumberText numbers, string? unit)
{
    /// <summary>Cells that mean "no value" in the portals' downloads (case ignored).</summary>
    public static readonly IReadOnlySet<string> NoData = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
    {
        "..", "…", "...", "-", "–", "—", "--", "n/a", "na", "n.a.", "#N/A", ":", "x", "xxx", ". .", "NaN", "no data",
    };

    // Eurostat's observation flags (after the value and a space): b break, c confidential, d definition differs,
    // e estimated, f forecast, n not significant, p provisional, r revised, s Eurostat estimate, u low reliability,
    // z not applicable.
    private static readonly Dictionary<char, string> Flags = new()
    {
        ['b'] = "break in time series", ['c'] = "confidential", ['d'] = "definition differs", ['e'] = "estimated",
        ['f'] = "forecast", ['n'] = "not significant", ['p'] = "provisional", ['r'] = "revised", ['s'] = "Eurostat estimate",
        ['u'] = "low reliability", ['z'] = "not applicable",
    };

    public NumberText Numbers { get; } = numbers;

    public long Skipped { get; private set; }

    public long PercentCells { get; private set; }

    public long TextNumbers { get; private set; }

    public string? FirstTextNumber { get; private set; }

    /// <summary>Whether the unit is a percentage ("%", "% of GDP", "percent …").</summary>
    public static bool IsPercentUnit(string? unit) =>
        unit is not null && (unit.TrimStart().StartsWith('%') || unit.Contains("percent", StringComparison.OrdinalIgnoreCase)
            || unit.Contains("per cent", StringComparison.OrdinalIgnoreCase));

    /// <summary>Whether the unit says its values are fractions of one ("fraction", "ratio", "share (0-1)").</summary>
    public static bool IsFractionUnit(string? unit) =>
        unit is not null && (unit.Contains("fraction", StringComparison.OrdinalIgnoreCase) || unit.Contains("ratio", StringComparison.OrdinalIgnoreCase)
            || unit.Contains("0-1", StringComparison.Ordinal) || unit.Contains("0–1", StringComparison.Ordinal));

    /// <summary>
    /// Reads a cell: true with a value (and a note for a flag), false with <paramref name="problem"/> null for a
    /// no-data cell, false with the rule broken otherwise.
    /// </summary>
    public bool TryRead(string cell, CellKind kind, string? where, out double value, out string? note, out string? problem)
    {
        value = 0;
        note = null;
        problem = null;
        if (cell.Length == 0 || NoData.Contains(cell))
        {
            Skipped += cell.Length == 0 ? 0 : 1;
            return false;
        }

        if (kind == CellKind.Percent)
        {
            return Percent(cell, out value, out problem);
        }

        // Eurostat: "12.3 p", ": c" (a flag after the value, or after the no-data colon).
        var flagged = cell;
        var space = cell.LastIndexOf(' ');
        if (space > 0 && cell[(space + 1)..] is { Length: >= 1 and <= 3 } flags && flags.All(Flags.ContainsKey))
        {
            flagged = cell[..space].TrimEnd();
            if (flagged.Length == 0 || NoData.Contains(flagged))
            {
                Skipped++;
                return false;
            }

            note = "flag " + flags + " (" + string.Join(", ", flags.Select(f => Flags[f])) + ")";
        }

        if (!Numbers.TryDouble(flagged, out value))
        {
            problem = kind == CellKind.Date
                ? "is a date in the workbook, not a number: format the column as numbers, or choose another value column"
                : Numbers.Rule;
            return false;
        }

        if (kind == CellKind.Text)
        {
            TextNumbers++;
            FirstTextNumber ??= where;
        }

        return true;
    }

    /// <summary>The notes a report should carry about what was read: percent cells, text numbers, no-data marks.</summary>
    public IEnumerable<string> Notes()
    {
        if (PercentCells > 0)
        {
            yield return IsFractionUnit(unit)
                ? string.Create(CultureInfo.InvariantCulture, $"{PercentCells} cells formatted as percentages in the workbook were stored as the fractions they hold (1.02 % → 0.0102), since the unit '{unit}' says fraction")
                : string.Create(CultureInfo.InvariantCulture, $"{PercentCells} cells formatted as percentages in the workbook were stored as the percentages they show (0.0102 shown as 1.02 % → 1.02), since the unit is '{unit}'");
        }

        if (TextNumbers > 0)
        {
            yield return string.Create(CultureInfo.InvariantCulture,
                $"{TextNumbers} values were stored as text in the workbook, not as numbers (first: {FirstTextNumber}): read as the numbers they show; check them");
        }

        if (Skipped > 0)
        {
            yield return string.Create(CultureInfo.InvariantCulture, $"{Skipped} cells marked as no data ('..', 'n/a', '--', ':', 'xxx', '. .', …) were skipped");
        }
    }

    private bool Percent(string cell, out double value, out string? problem)
    {
        value = 0;
        problem = null;
        var shown = cell.TrimEnd('%');
        if (!decimal.TryParse(shown, NumberStyles.Float, CultureInfo.InvariantCulture, out var percent))
        {
            problem = Numbers.Rule;
            return false;
        }

        if (IsPercentUnit(unit))
        {
            value = (double)percent;
        }
        else if (IsFractionUnit(unit))
        {
            value = (double)(percent / 100m);
        }
        else
        {
            problem = $"is formatted as a percentage in the workbook (it shows {shown} %), but the unit is '{unit ?? "not given"}': give a percent unit ('%' stores {shown}) or a fraction unit ('fraction' stores the cell's {(percent / 100m).ToString(CultureInfo.InvariantCulture)})";
            return false;
        }

        PercentCells++;
        return true;
    }
}

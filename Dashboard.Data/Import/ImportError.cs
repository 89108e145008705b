using System.Globalization;

namespace Dashboard.Data.Import;

/// <summary>
/// One problem found in an input file, located by file, line and column, with the offending value and the rule it breaks.
/// </summary>
/// <param name="File">Display name of the file, e.g. <c>data/observations/arms.csv</c>.</param>
/// <param name="Line">1-based line number; 0 when the problem concerns the whole file.</param>
/// <param name="Column">Column name from the header, or null when the problem concerns a whole row or file.</param>
/// <param name="Value">The offending value (shortened to <see cref="MaxValueLength"/> characters), or null.</param>
/// <param name="Rule">What is wrong, in words a user can act on.</param>
public sealed record ImportError(string File, int Line, string? Column, string? Value, string Rule)
{
    public const int MaxValueLength = 80;

    /// <summary>The spreadsheet cell ("Data!C7") or row ("Data!7:7") when the file is a workbook; null for text files.</summary>
    public string? Cell { get; init; }

    public static ImportError At(string file, int line, string? column, string? value, string rule) =>
        new(file, line, column, Shorten(value), rule);

    public override string ToString()
    {
        var where = Cell is not null ? $"{File} {Cell}"
            : Line > 0 ? string.Create(CultureInfo.InvariantCulture, $"{File} line {Line}")
            : File;
        if (Column is not null)
        {
            where += ", column " + Column;
        }

        return Value is null ? $"{where}: {Rule}" : $"{where}: '{Value}' {Rule}";
    }

    private static string? Shorten(string? value) =>
        value is null || value.Length <= MaxValueLength
            ? value
            : string.Concat(value.AsSpan(0, MaxValueLength), "…");
}

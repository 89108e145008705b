namespace Dashboard.Data.Import.Tables;

/// <summary>
/// What the user says about how to read a file, overriding detection: the text encoding (<c>windows-1251</c>), the
/// delimiter (<c>;</c>, <c>tab</c>), the decimal separator (<c>,</c>) and, for a workbook, the sheet (name or 1-based
/// number). Null = detect. Kept with an upload so a rebuild reads the file the same way.
/// </summary>
public sealed record DialectOptions
{
    public static readonly DialectOptions Detect = new();

    public string? Encoding { get; init; }

    public string? Delimiter { get; init; }

    public string? DecimalSeparator { get; init; }

    public string? Sheet { get; init; }

    public bool IsEmpty => Encoding is null && Delimiter is null && DecimalSeparator is null && Sheet is null;
}

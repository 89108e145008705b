using System.Globalization;

namespace Dashboard.Data.Import.Tables;

/// <summary>
/// How a file was read as a table — its encoding, delimiter and decimal separator, or the workbook sheet — and whether
/// each was detected or given, so reports can say it: "read as Windows-1251, ';' delimiter, ',' decimals".
/// </summary>
public sealed record TableDialect
{
    /// <summary>The text encoding's display name ("UTF-8", "UTF-16 LE", "Windows-1251"), or null for a workbook.</summary>
    public string? Encoding { get; init; }

    /// <summary>Why this encoding: "byte-order mark", "Cyrillic text", "given".</summary>
    public string? EncodingReason { get; init; }

    public char Delimiter { get; init; } = ',';

    /// <summary>How the delimiter was chosen: "detected", "from the sep= line", "given".</summary>
    public string DelimiterReason { get; init; } = "detected";

    public char DecimalSeparator { get; init; } = '.';

    /// <summary>How the decimal separator was chosen: "detected", "given", "fixed by the ',' delimiter", "no decimals seen".</summary>
    public string DecimalReason { get; init; } = "fixed by the ',' delimiter";

    /// <summary>The sheet read, for a workbook; null for text.</summary>
    public string? Sheet { get; init; }

    /// <summary>E.g. "first of 3: Data, Metadata - Countries, Metadata - Indicators".</summary>
    public string? SheetReason { get; init; }

    /// <summary>Thousands separators are allowed in numbers (only where the delimiter is not a comma).</summary>
    public bool Grouping => Sheet is null && Delimiter != ',';

    /// <summary>The numbers of this table as they are written in it.</summary>
    public NumberText Numbers => Sheet is not null || Delimiter == ',' ? NumberText.Invariant : NumberText.Grouped(DecimalSeparator);

    public static string Name(char delimiter) => delimiter switch
    {
        '\t' => "tab",
        _ => "'" + delimiter.ToString() + "'",
    };

    /// <summary>One line for reports and the command line.</summary>
    public string Describe() => Sheet is not null
        ? $"read as an Excel workbook, sheet '{Sheet}'{(SheetReason is null ? string.Empty : " (" + SheetReason + ")")}, numbers as stored in the cells"
        : string.Create(CultureInfo.InvariantCulture,
            $"read as {Encoding}{Why(EncodingReason)}, {Name(Delimiter)} delimiter{Why(DelimiterReason)}, {Name(DecimalSeparator)} decimals{Why(DecimalReason)}");

    private static string Why(string? reason) => reason is null or "detected" ? string.Empty : " (" + reason + ")";
}

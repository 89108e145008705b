namespace Dashboard.Data.Import.Tables;

/// <summary>
/// How much of a workbook an import reads before refusing it: a .xlsx of 1 MB can unpack to hundreds of MB of XML
/// (a zip bomb) or tens of millions of cells. Each figure is checked against what the ZIP directory declares before
/// anything is unpacked, and again while the sheet streams (a directory can lie), so a refusal is early and says the
/// figure. Configured as <c>Admin:XlsxBudget</c> for uploads; the command line uses the defaults.
/// </summary>
public sealed record XlsxBudget
{
    public static readonly XlsxBudget Default = new();

    /// <summary>Most bytes of XML the chosen sheet may unpack to (default 256 MiB: a 250 MB sheet still imports).</summary>
    public long MaxSheetBytes { get; init; } = 256L * 1024 * 1024;

    /// <summary>Most cells with a value the chosen sheet may hold (default 10 million).</summary>
    public long MaxCells { get; init; } = 10_000_000;

    /// <summary>Most bytes the shared strings and the styles may unpack to (they are held in memory; default 64 MiB).</summary>
    public long MaxSharedPartBytes { get; init; } = 64L * 1024 * 1024;

    /// <summary>Most cells of a sheet whose rows are stored out of order (such a sheet is sorted in memory; default 1 million).</summary>
    public long MaxUnorderedCells { get; init; } = 1_000_000;
}

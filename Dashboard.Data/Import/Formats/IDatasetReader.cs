using Dashboard.Data.Import.Tables;

namespace Dashboard.Data.Import.Formats;

/// <summary>
/// Turns one downloaded file (SIPRI trade register, World Bank WDI/IDS, OWID grapher, TOP500 list table, our own
/// observations contract, or a generic table of countries by year), already opened as a table in its dialect, into a
/// <see cref="DatasetContent"/>. Readers are chosen by the shape of the table's first records (<see cref="Matches"/>),
/// never by the file's name.
/// </summary>
public interface IDatasetReader
{
    /// <summary>Human name of the format, used in "tried: …" messages, e.g. "SIPRI trade register CSV".</summary>
    string FormatName { get; }

    /// <summary>Whether the first records (trimmed, blank ones skipped, up to 20) have this format's shape.</summary>
    bool Matches(IReadOnlyList<string[]> firstRecords);

    /// <summary>
    /// When the first records almost have this format's shape (e.g. a header that lacks one required column), what is
    /// wrong, in words a user can act on; otherwise null.
    /// </summary>
    string? Diagnose(IReadOnlyList<string[]> firstRecords) => null;

    /// <summary>The header names this format needs (case ignored), for "closest format" messages; empty when it has no fixed header.</summary>
    IReadOnlyList<string> HeaderNames => [];

    /// <summary>The header this format expects, as its documentation shows it, for messages.</summary>
    string ExpectedHeader => string.Join(",", HeaderNames);

    /// <summary>Reads the whole table; every problem is added to <paramref name="errors"/> with file, line and column.</summary>
    DatasetContent Read(TableSource table, ReaderContext context, ErrorList errors);
}

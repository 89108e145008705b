namespace Dashboard.Data.Import.Formats;

/// <summary>
/// Turns one downloaded file (SIPRI trade register, World Bank WDI/IDS, OWID grapher, TOP500 list table, or our own
/// observations contract) into a <see cref="DatasetContent"/>. Readers are chosen by the shape of the file's first
/// lines (<see cref="Matches"/>), never by its name.
/// </summary>
public interface IDatasetReader
{
    /// <summary>Human name of the format, used in "tried: …" messages, e.g. "SIPRI trade register CSV".</summary>
    string FormatName { get; }

    /// <summary>Whether the file's first lines (BOM stripped, up to 20 lines) have this format's shape.</summary>
    bool Matches(IReadOnlyList<string> firstLines);

    /// <summary>Reads the whole file; every problem is added to <paramref name="errors"/> with file, line and column.</summary>
    DatasetContent Read(Stream stream, string displayName, ReaderContext context, ErrorList errors);
}

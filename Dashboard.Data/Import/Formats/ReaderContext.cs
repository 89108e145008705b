namespace Dashboard.Data.Import.Formats;

/// <summary>What a reader may refer to: the ids already known (store or data folder), the source id to cite, the indicator the user named.</summary>
public sealed record ReaderContext
{
    /// <summary>Indicators, entities and sources already defined.</summary>
    public required ReferenceSet References { get; init; }

    /// <summary>Source id to cite for values read from the file (must exist in References or in the file's own Sources).</summary>
    public string? SourceId { get; init; }

    /// <summary>
    /// Extra names or codes to map to entity codes (e.g. OWID "World" → a group code), consulted before the built-in
    /// <see cref="CountryNames"/>. Rows whose country cannot be mapped are errors, or skipped aggregates where a format
    /// marks them so (OWID rows without a code).
    /// </summary>
    public IReadOnlyDictionary<string, string> EntityMap { get; init; } = new Dictionary<string, string>();

    /// <summary>The indicator the user named for a table that does not define its own (a generic country table).</summary>
    public TableIndicator? Indicator { get; init; }

    /// <summary>The series to import from a file that holds several (codes or names); null or empty: every series.</summary>
    public IReadOnlyList<string>? Series { get; init; }

    /// <summary>
    /// What the source's own metadata says about value columns, by header (OWID's metadata JSON: name and unit): used
    /// instead of what the reader would guess from the header alone.
    /// </summary>
    public IReadOnlyDictionary<string, TableIndicator> Columns { get; init; } = new Dictionary<string, TableIndicator>();

    /// <summary>The column to read countries from, when the user chose it (<c>--country-column</c>).</summary>
    public string? CountryColumn { get; init; }
}

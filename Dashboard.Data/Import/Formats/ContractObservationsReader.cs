using Dashboard.Data.Import.Contract;
using Dashboard.Data.Import.Tables;

namespace Dashboard.Data.Import.Formats;

/// <summary>
/// Reads the project's own tidy observations contract (the columns of <c>data/README.md</c>, observations section) in
/// any dialect, so files in our format go through the same detection and import path as downloaded ones. Column names
/// match whatever their case. Rows are parsed here; the importer checks them against the store with
/// <see cref="ObservationRules"/>, the rules the data-folder build applies.
/// </summary>
public sealed class ContractObservationsReader : IDatasetReader
{
    public string FormatName => "GeoAI observations CSV (data/README.md contract)";

    public IReadOnlyList<string> HeaderNames => TableColumns.Observations.Required;

    public string ExpectedHeader => string.Join(',', TableColumns.Observations.All);

    public bool Matches(IReadOnlyList<string[]> firstRecords) =>
        firstRecords.Count > 0 && Missing(firstRecords[0]).Count == 0;

    public string? Diagnose(IReadOnlyList<string[]> firstRecords)
    {
        if (firstRecords.Count == 0)
        {
            return null;
        }

        var missing = Missing(firstRecords[0]);
        var required = TableColumns.Observations.Required.Count;
        return missing.Count > 0 && missing.Count <= required / 2
            ? $"looks like the GeoAI observations contract, but its header has no {string.Join(", ", missing.Select(m => $"'{m}'"))} column{(missing.Count == 1 ? string.Empty : "s")} (required: {string.Join(",", TableColumns.Observations.Required)})"
            : null;
    }

    public DatasetContent Read(TableSource table, ReaderContext context, ErrorList errors)
    {
        var content = new DatasetContent { Format = FormatName };
        if (!ReaderSupport.CheckShape(this, table, errors,
                "a header line with the observation columns " + string.Join(',', TableColumns.Observations.All)))
        {
            return content;
        }

        using var rows = table.Open(errors);
        if (!rows.TryRead(out var header, out var headerLine))
        {
            return content;
        }

        if (!rows.UseHeader(header, headerLine))
        {
            return content;
        }

        var index = Columns(header, headerLine, table.DisplayName, errors);
        var numbers = table.Dialect.Numbers;
        while (rows.TryReadRow(header.Length, out var fields, out var line))
        {
            var p = new RowParser(new CsvRow(table.DisplayName, line, fields, index), errors, numbers);
            if (ObservationRows.Parse(p, rules: null) is { } parsed)
            {
                content.Observations.Add(new ParsedObservation(parsed.Observation, parsed.Period, line));
            }
        }

        return content;
    }

    private static List<string> Missing(string[] header) =>
        TableColumns.Observations.Required.Where(r => !header.Contains(r, StringComparer.OrdinalIgnoreCase)).ToList();

    /// <summary>The contract's column names (lower case) → field index; unknown and repeated names are errors.</summary>
    private static Dictionary<string, int> Columns(string[] header, int line, string file, ErrorList errors)
    {
        var index = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < header.Length; i++)
        {
            var name = TableColumns.Observations.All.FirstOrDefault(c => string.Equals(c, header[i], StringComparison.OrdinalIgnoreCase));
            if (name is null)
            {
                errors.Add(ImportError.At(file, line, null, header[i], header[i].Length == 0
                    ? "is an empty column name (every column needs a name)"
                    : "is not a column of this format (expected: " + string.Join(',', TableColumns.Observations.All) + ")"));
            }
            else if (!index.TryAdd(name, i))
            {
                errors.Add(ImportError.At(file, line, name, header[i], "appears twice in the header"));
            }
        }

        return index;
    }
}

using Dashboard.Data.Import.Contract;
namespace Dashboard.Data.Import.Formats;

/// <summary>
/// Reads the project's own tidy observations contract (the columns of <c>data/README.md</c>, observations section), so
/// files in our format go through the same detection and import path as downloaded ones. Rows are validated against
/// the context's references exactly as the data-folder importer validates <c>data/observations/*.csv</c>.
/// </summary>
public sealed class ContractObservationsReader : IDatasetReader
{
    public string FormatName => "GeoAI observations CSV (data/README.md contract)";

    public bool Matches(IReadOnlyList<string> firstLines)
    {
        if (firstLines.Count == 0)
        {
            return false;
        }

        var header = ReaderSupport.Trimmed(FormatCsvReader.SplitLine(firstLines[0]));
        return TableColumns.Observations.Required.All(r => header.Contains(r, StringComparer.Ordinal));
    }

    public DatasetContent Read(Stream stream, string displayName, ReaderContext context, ErrorList errors)
    {
        var content = new DatasetContent { Format = FormatName };
        if (!ReaderSupport.CheckShape(this, stream, displayName, errors,
                "a header line with the observation columns " + string.Join(',', TableColumns.Observations.All)))
        {
            return content;
        }

        using var text = ReaderSupport.Open(stream, displayName, errors);
        foreach (var p in ContractTables.Rows(text, displayName, TableColumns.Observations, errors))
        {
            if (ObservationRows.Parse(p, context.References) is { } parsed)
            {
                content.Observations.Add(new ParsedObservation(parsed.Observation, parsed.Period, p.Row.Line));
            }
        }

        return content;
    }
}

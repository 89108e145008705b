using Dashboard.Data.Import;
using Dashboard.Data.Import.Contract;
using Dashboard.Data.Import.Formats;

namespace Dashboard.Tests.Support;

/// <summary>A minimal reader of the observations contract, for engine tests that must not depend on a real format.</summary>
public sealed class TestContractReader : IDatasetReader
{
    public static readonly IReadOnlyList<IDatasetReader> Only = [new TestContractReader()];

    public string FormatName => "test contract";

    public bool Matches(IReadOnlyList<string> firstLines) =>
        firstLines.Count > 0 && firstLines[0].StartsWith("indicator,", StringComparison.Ordinal);

    public DatasetContent Read(Stream stream, string displayName, ReaderContext context, ErrorList errors)
    {
        var content = new DatasetContent { Format = "test-contract" };
        using var text = CsvTableReader.OpenText(stream, displayName, errors);
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

using Dashboard.Data.Import;
using Dashboard.Data.Import.Contract;
using Dashboard.Data.Import.Formats;
using Dashboard.Data.Import.Tables;

namespace Dashboard.Tests.Support;

/// <summary>A minimal reader of the observations contract, for engine tests that must not depend on a real format.</summary>
public sealed class TestContractReader : IDatasetReader
{
    public static readonly IReadOnlyList<IDatasetReader> Only = [new TestContractReader()];

    public string FormatName => "test contract";

    public bool Matches(IReadOnlyList<string[]> firstRecords) =>
        firstRecords.Count > 0 && firstRecords[0] is ["indicator", ..];

    public DatasetContent Read(TableSource table, ReaderContext context, ErrorList errors)
    {
        var content = new DatasetContent { Format = "test-contract" };
        using var rows = table.Open(errors);
        if (!rows.TryRead(out var header, out _))
        {
            return content;
        }

        var index = header.Select((name, i) => (name, i)).ToDictionary(h => h.name, h => h.i, StringComparer.Ordinal);
        var rules = new ObservationRules(context.References);
        while (rows.TryReadRow(header.Length, out var fields, out var line))
        {
            var p = new RowParser(new CsvRow(table.DisplayName, line, fields, index), errors);
            if (ObservationRows.Parse(p, rules) is { } parsed)
            {
                content.Observations.Add(new ParsedObservation(parsed.Observation, parsed.Period, line));
            }
        }

        return content;
    }
}

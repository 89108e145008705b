using Dashboard.Data.Derive;
using Dashboard.Data.Model;

namespace Dashboard.Tests.Derive;

public sealed class ObservationCsvTests : IDisposable
{
    private readonly string _file = Path.Combine(Path.GetTempPath(), "geoai-observation-csv-" + Guid.NewGuid().ToString("N") + ".csv");

    public void Dispose() => File.Delete(_file);

    private static Observation Row(string period, double value) => new()
    {
        IndicatorId = "external-debt-share-china-bilateral", EntityCode = "KGZ", CounterpartCode = "CHN", Period = period, Value = value,
        SourceId = "one-ids-debt", Locator = "file: row", Basis = "derived", DerivedFrom = "copied as written",
    };

    private string[] ValuesWritten() => File.ReadAllLines(_file).Skip(1).Select(l => l.Split(',')[5]).ToArray();

    [Fact]
    public void Write_SourceTextGiven_WrittenAsTheSourceWritesIt()
    {
        var zero = Row("2000", 0);
        var share = Row("2015", 37.981178795371115);

        ObservationCsv.Write(_file, [zero, share], o => o.Period == "2000" ? "0.0" : "37.981178795371115");

        Assert.Equal(["0.0", "37.981178795371115"], ValuesWritten());
    }

    [Fact]
    public void Write_SourceTextOfAnotherValueOrNone_RoundTripText()
    {
        ObservationCsv.Write(_file, [Row("2000", 0), Row("2001", 0.5)], o => o.Period == "2000" ? "1.5" : null);

        Assert.Equal(["0", "0.5"], ValuesWritten());
    }
}

using Dashboard.Data.Import.Formats;

namespace Dashboard.Tests.Import.Formats;

public sealed class SipriTradeRegisterReaderTests
{
    private readonly SipriTradeRegisterReader _reader = new();

    [Fact]
    public void Read_Preamble_EditionFromDataGeneratedLine()
    {
        var (content, errors) = FormatFixtures.Read(_reader, "sipri-trade-register.csv");

        Assert.False(errors.HasErrors, FormatFixtures.Report(errors));
        Assert.Equal("data generated 3 Jan 2025", content.Edition);
        Assert.Equal("sipri-at-2025-01-03", Assert.Single(content.Sources).Id);
    }

    [Fact]
    public void Read_TwoDealsSameRecipientSupplierYear_SummedIntoOneValue()
    {
        var (content, _) = FormatFixtures.Read(_reader, "sipri-trade-register.csv", sourceId: "sipri-at-2025");
        var kazChn = FormatFixtures.Single(content, "arms-tiv-delivered", "KAZ", "2016", "CHN");

        Assert.Equal(15, kazChn.Value);
        Assert.Equal("sipri-at-2025", kazChn.SourceId);
        Assert.Equal("derived", kazChn.Basis);
        Assert.Contains("over the 2 rows with Recipient = 'Kazakhstan', Supplier = 'China', Delivery year = 2016", kazChn.DerivedFrom, StringComparison.Ordinal);
        Assert.Contains("(data generated 3 Jan 2025)", kazChn.Locator, StringComparison.Ordinal);
        Assert.Empty(content.Sources);
    }

    [Fact]
    public void Read_QuestionMarkAndEmptyTiv_UncertainKeptUnknownLeftOut()
    {
        var (content, _) = FormatFixtures.Read(_reader, "sipri-trade-register.csv");

        Assert.Equal(5.5, FormatFixtures.Single(content, "arms-tiv-delivered", "UZB", "2018", "CHN").Value);
        Assert.DoesNotContain(content.Observations, p => p.Observation.CounterpartCode == "UKR");
        Assert.Contains("1 of 11 rows have no TIV delivery value (unknown) and were left out", content.Notes);
        Assert.Contains("1 of 11 rows have an uncertain TIV ('?'); their value is included", content.Notes);
        // '0' means between 0 and 0.5 TIV: a delivery, stored as 0.
        Assert.Equal(0, FormatFixtures.Single(content, "arms-tiv-delivered", "TJK", "2019", "RUS").Value);
    }

    [Fact]
    public void Read_UnknownSupplier_MappedToOtherEntity()
    {
        var (content, _) = FormatFixtures.Read(_reader, "sipri-trade-register.csv");

        Assert.Equal(2, FormatFixtures.Single(content, "arms-tiv-delivered", "KGZ", "2020", "XUN").Value);
        var xun = Assert.Single(content.Entities, e => e.Code == "XUN");
        Assert.Equal("other", xun.Kind);
        Assert.Equal("country", Assert.Single(content.Entities, e => e.Code == "TUR").Kind);
    }

    [Fact]
    public void Read_BadYearAndTiv_ReportFileLineAndColumnCountingThePreamble()
    {
        var lines = File.ReadAllLines(FormatFixtures.PathOf("sipri-trade-register.csv"));
        // Line 13 is the first data row (12 lines of notes and header before it).
        lines[12] = lines[12].Replace(",2016,No,New,3.5,3.5,10.5,", ",20x6,No,New,3.5,3.5,10;5,", StringComparison.Ordinal);
        var errors = new Dashboard.Data.Import.ErrorList();
        using var stream = new MemoryStream(System.Text.Encoding.UTF8.GetBytes(string.Join("\n", lines)));

        _reader.Read(stream, "sipri.csv", new ReaderContext { References = FormatFixtures.NoReferences }, errors);

        var report = FormatFixtures.Report(errors);
        Assert.Contains("sipri.csv line 13, column Delivery year: '20x6' is not a year", report, StringComparison.Ordinal);
        Assert.Contains("sipri.csv line 13, column TIV delivery values: '10;5' is not a TIV", report, StringComparison.Ordinal);
    }
}

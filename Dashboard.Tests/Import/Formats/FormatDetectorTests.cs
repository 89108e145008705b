using Dashboard.Data.Import;
using Dashboard.Data.Import.Formats;
using Dashboard.Data.Import.Tables;

namespace Dashboard.Tests.Import.Formats;

public sealed class FormatDetectorTests
{
    [Theory]
    [InlineData("top500-lists.csv", typeof(Top500ListsReader))]
    [InlineData("sipri-trade-register.csv", typeof(SipriTradeRegisterReader))]
    [InlineData("wdi-with-metadata.csv", typeof(WorldBankWideReader))]
    [InlineData("wdi-without-metadata.csv", typeof(WorldBankWideReader))]
    [InlineData("owid-private-investment.csv", typeof(OwidGrapherReader))]
    [InlineData("owid-ai-publications.csv", typeof(OwidGrapherReader))]
    [InlineData("contract-observations.csv", typeof(ContractObservationsReader))]
    public void Detect_FixtureOfEachFormat_PicksItsReader(string file, Type expected)
    {
        var errors = new ErrorList();
        using var stream = FormatFixtures.Open(file);

        var table = TableSources.Open(stream, file, DialectOptions.Detect, errors)!;

        var reader = FormatDetector.Detect(table, DatasetReaders.All, errors);

        Assert.IsType(expected, reader);
        Assert.False(errors.HasErrors);
    }

    [Fact]
    public void Detect_UnknownShape_ErrorNamesEveryFormatTried()
    {
        var errors = new ErrorList();
        using var stream = FormatFixtures.Open("unknown-shape.csv");

        var table = TableSources.Open(stream, "unknown-shape.csv", DialectOptions.Detect, errors)!;

        var reader = FormatDetector.Detect(table, DatasetReaders.All, errors);

        Assert.Null(reader);
        var error = Assert.Single(errors.Items).ToString();
        Assert.StartsWith("unknown-shape.csv: '", error, StringComparison.Ordinal);
        Assert.EndsWith("does not have the shape of any supported format (read with a ',' delimiter, its first record has 2 fields; "
            + "tried: GeoAI observations CSV (data/README.md contract); SIPRI trade register CSV; World Bank WDI/IDS CSV; "
            + "Our World in Data grapher CSV; TOP500 lists table; table of countries by year)", error, StringComparison.Ordinal);
    }

    public static TheoryData<string, string, string> WrongShapes => new()
    {
        // reader, file of another shape, expected start of the message
        { nameof(SipriTradeRegisterReader), "owid-ai-publications.csv", "does not have the shape of the format SIPRI trade register CSV: expected notes, then a header line starting 'SIPRI AT Database ID,Supplier,Recipient,…'" },
        { nameof(WorldBankWideReader), "sipri-trade-register.csv", "does not have the shape of the format World Bank WDI/IDS CSV: expected a header \"Country Name\",\"Country Code\",\"Indicator Name\",\"Indicator Code\",\"1960\"" },
        { nameof(OwidGrapherReader), "wdi-without-metadata.csv", "does not have the shape of the format Our World in Data grapher CSV: expected a header line Entity,Code,Year,<one or more value columns>" },
        { nameof(Top500ListsReader), "owid-private-investment.csv", "does not have the shape of the format TOP500 lists table: expected a header line with the columns list,rank," },
        { nameof(ContractObservationsReader), "top500-lists.csv", "does not have the shape of the format GeoAI observations CSV (data/README.md contract): expected a header line with the observation columns indicator,entity," },
    };

    [Theory]
    [MemberData(nameof(WrongShapes))]
    public void Read_FileOfAnotherShape_RejectedWithClearMessage(string readerName, string file, string expected)
    {
        var reader = DatasetReaders.All.Single(r => r.GetType().Name == readerName);

        var (content, errors) = FormatFixtures.Read(reader, file);

        Assert.Empty(content.Observations);
        var error = Assert.Single(errors.Items);
        Assert.Equal(file, error.File);
        Assert.Equal(1, error.Line);
        Assert.StartsWith(expected, error.Rule, StringComparison.Ordinal);
    }
}

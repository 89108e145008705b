using Dashboard.Data.Import;
using Dashboard.Data.Import.Formats;
using Dashboard.Data.Import.Tables;

namespace Dashboard.Tests.Import.Formats;

public sealed class FormatDetectorTests
{
    [Theory]
    [InlineData("top500-lists.csv", "TOP500 lists table")]
    [InlineData("sipri-trade-register.csv", "SIPRI trade register CSV")]
    [InlineData("sipri-register-deals.csv", "SIPRI trade register CSV (one row per deal)")]
    [InlineData("wdi-with-metadata.csv", "World Bank WDI/IDS CSV")]
    [InlineData("wdi-without-metadata.csv", "World Bank WDI/IDS CSV")]
    [InlineData("owid-private-investment.csv", "Our World in Data grapher CSV")]
    [InlineData("owid-ai-publications.csv", "Our World in Data grapher CSV")]
    [InlineData("contract-observations.csv", "GeoAI observations CSV (data/README.md contract)")]
    public void Detect_FixtureOfEachFormat_PicksItsReader(string file, string expected)
    {
        var errors = new ErrorList();
        using var stream = FormatFixtures.Open(file);

        var table = TableSources.Open(stream, file, DialectOptions.Detect, errors)!;

        var reader = FormatDetector.Detect(table, DatasetReaders.All, errors);

        Assert.Equal(expected, reader?.FormatName);
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
        Assert.Contains("does not have the shape of any supported format (read with a ',' delimiter, its first record has 2 fields)", error, StringComparison.Ordinal);
        Assert.EndsWith("tried: GeoAI observations CSV (data/README.md contract); SIPRI trade register CSV; SIPRI trade register CSV (one row per deal); World Bank WDI/IDS CSV; "
            + "World Bank DataBank export (time in rows); World Bank DataBank export; IMF World Economic Outlook database; WHO Global Health Observatory export; "
            + "WHO Global Health Observatory export (CSV list); UN Statistical Yearbook CSV; Eurostat SDMX-CSV; Eurostat TSV; SIPRI Military Expenditure Database sheet; "
            + "Our World in Data grapher CSV; TOP500 lists table; table of countries by year", error, StringComparison.Ordinal);
    }

    public static TheoryData<string, string, string> WrongShapes => new()
    {
        // reader, file of another shape, expected start of the message
        { "SIPRI trade register CSV", "owid-ai-publications.csv", "does not have the shape of the format SIPRI trade register CSV: expected notes, then a header line starting 'SIPRI AT Database ID,Supplier,Recipient,…'" },
        { "World Bank WDI/IDS CSV", "sipri-trade-register.csv", "does not have the shape of the format World Bank WDI/IDS CSV: expected a header \"Country Name\",\"Country Code\",\"Indicator Name\",\"Indicator Code\",\"1960\"" },
        { "Our World in Data grapher CSV", "wdi-without-metadata.csv", "does not have the shape of the format Our World in Data grapher CSV: expected a header line Entity,Code,Year,<one or more value columns>" },
        { "TOP500 lists table", "owid-private-investment.csv", "does not have the shape of the format TOP500 lists table: expected a header line with the columns list,rank," },
        { "GeoAI observations CSV (data/README.md contract)", "top500-lists.csv", "does not have the shape of the format GeoAI observations CSV (data/README.md contract): expected a header line with the observation columns indicator,entity," },
    };

    [Theory]
    [MemberData(nameof(WrongShapes))]
    public void Read_FileOfAnotherShape_RejectedWithClearMessage(string readerName, string file, string expected)
    {
        var reader = DatasetReaders.All.Single(r => r.FormatName == readerName);

        var (content, errors) = FormatFixtures.Read(reader, file);

        Assert.Empty(content.Observations);
        var error = Assert.Single(errors.Items);
        Assert.Equal(file, error.File);
        Assert.Equal(1, error.Line);
        Assert.StartsWith(expected, error.Rule, StringComparison.Ordinal);
    }
}

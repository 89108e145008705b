using Dashboard.Data.Import.Formats;

namespace Dashboard.Tests.Import.Formats;

public sealed class OwidGrapherReaderTests
{
    private readonly OwidGrapherReader _reader = new();

    [Fact]
    public void Read_TwoValueColumns_OneIndicatorPerColumn()
    {
        var (content, errors) = FormatFixtures.Read(_reader, "owid-private-investment.csv");

        Assert.False(errors.HasErrors, FormatFixtures.Report(errors));
        Assert.Equal(["owid-private-investment-all", "owid-private-investment-all-projected-projected"], content.Indicators.Select(i => i.Id).ToArray());
        Assert.Equal(100, FormatFixtures.Single(content, "owid-private-investment-all", "CHN", "2019").Value);
        Assert.Equal(150, FormatFixtures.Single(content, "owid-private-investment-all-projected-projected", "CHN", "2020").Value);
        Assert.Equal(5, FormatFixtures.Single(content, "owid-private-investment-all", "KAZ", "2020").Value);
        // Empty cells are no value, not zero.
        Assert.DoesNotContain(content.Observations, p => p.Observation.EntityCode == "CHN" && p.Observation.Period == "2020" && p.Observation.IndicatorId.EndsWith("-all", StringComparison.Ordinal));
    }

    [Fact]
    public void Read_AggregatesWithoutCountryCode_SkippedAndCountedInANote()
    {
        var (content, errors) = FormatFixtures.Read(_reader, "owid-private-investment.csv");

        Assert.False(errors.HasErrors);
        Assert.Equal("skipped 3 rows of 3 regions or groups without a country code: Africa; ASEAN (CSET); World", Assert.Single(content.Notes));
        // OWID's own code for Kosovo is a country: XKX.
        Assert.Equal(1, FormatFixtures.Single(content, "owid-private-investment-all", "XKX", "2020").Value);
        Assert.Equal(4, content.Observations.Count);
    }

    [Fact]
    public void Read_AggregateMappedByTheCaller_IsKept()
    {
        var errors = new Dashboard.Data.Import.ErrorList();
        using var stream = FormatFixtures.Open("owid-private-investment.csv");
        var context = new ReaderContext { References = FormatFixtures.NoReferences, EntityMap = new Dictionary<string, string> { ["World"] = "WLD" } };

        var content = _reader.Read(stream, "owid-private-investment.csv", context, errors);

        Assert.Equal(1000, FormatFixtures.Single(content, "owid-private-investment-all", "WLD", "2020").Value);
    }

    [Fact]
    public void Read_SingleValueColumnNamedAll_IndicatorNamedAfterTheFile()
    {
        var (content, _) = FormatFixtures.Read(_reader, "owid-ai-publications.csv");

        var indicator = Assert.Single(content.Indicators);
        Assert.Equal("owid-ai-publications", indicator.Id);
        Assert.Equal("Owid ai publications", indicator.Name);
        Assert.Equal(100000, FormatFixtures.Single(content, "owid-ai-publications", "CHN", "2023").Value);
        Assert.Contains("Entity = China, Year = 2023, column 'All'", FormatFixtures.Single(content, "owid-ai-publications", "CHN", "2023").Locator, StringComparison.Ordinal);
    }

    private static (DatasetContent Content, Dashboard.Data.Import.ErrorList Errors) ReadText(string csv, string? countryColumn = null)
    {
        var errors = new Dashboard.Data.Import.ErrorList();
        using var stream = new MemoryStream(System.Text.Encoding.UTF8.GetBytes(csv));
        var context = new ReaderContext { References = FormatFixtures.NoReferences, CountryColumn = countryColumn };
        return (new OwidGrapherReader().Read(stream, "ai.csv", context, errors), errors);
    }

    [Fact]
    public void Read_CodeNamesAnotherCountryThanEntity_RefusedNamingBothColumns()
    {
        var (content, errors) = ReadText("Entity,Code,Year,Value\nKazakhstan,KAZ,2020,3\nAustria,AUS,2020,5\nAustria,AUS,2021,6\n");

        Assert.Equal(
            "ai.csv line 3, column Code: 'AUS' is Australia (AUS) but column 'Entity' says 'Austria', which is Austria (AUT) (2 rows): the two columns must name the same country; correct the row, or choose the column to trust (--country-column; 'Country column' on the upload form)",
            Assert.Single(errors.ToReport()).ToString());
        Assert.Empty(content.Observations);
    }

    [Fact]
    public void Run_CodeNamesAnotherCountryThanEntity_UploadRefusedStoreUntouched()
    {
        using var store = new Dashboard.Tests.Support.UploadStore();

        var report = store.Reject(System.Text.Encoding.UTF8.GetBytes("Entity,Code,Year,AI papers per million people\nSlovenia,SLV,2021,12\nKazakhstan,KAZ,2021,3\n"), "papers.csv");

        Assert.StartsWith("papers.csv line 2, column Code: 'SLV' is El Salvador (SLV) but column 'Entity' says 'Slovenia', which is Slovenia (SVN)", Assert.Single(report.Errors).ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Read_CodeColumnOfAnotherCodeList_NamesUsedAndSaid()
    {
        var (content, errors) = ReadText("Entity,Code,Year,Value\nAustria,AUS,2020,1\nSwitzerland,SWZ,2020,2\nSlovenia,SLV,2020,3\nKazakhstan,KZK,2020,4\n");

        Assert.False(errors.HasErrors, FormatFixtures.Report(errors));
        Assert.Equal(1, FormatFixtures.Single(content, "ai", "AUT", "2020").Value);
        Assert.Equal(2, FormatFixtures.Single(content, "ai", "CHE", "2020").Value);
        Assert.Equal(3, FormatFixtures.Single(content, "ai", "SVN", "2020").Value);
        Assert.Equal(4, FormatFixtures.Single(content, "ai", "KAZ", "2020").Value);
        Assert.Contains(content.Notes, n => n.StartsWith("column 'Code' is not ISO 3166 alpha-3: 3 of its codes name another country than column 'Entity'", StringComparison.Ordinal));
    }

    [Fact]
    public void Read_CountryColumnChosen_ThatColumnTrusted()
    {
        var (content, errors) = ReadText("Entity,Code,Year,Value\nAustria,AUS,2020,5\n", countryColumn: "Code");

        Assert.False(errors.HasErrors, FormatFixtures.Report(errors));
        Assert.Equal(5, FormatFixtures.Single(content, "ai", "AUS", "2020").Value);
    }

    [Fact]
    public void Read_OwidCodeOfAHistoricalState_ReadFromItsNameAsTheFormerIsoCode()
    {
        var (content, errors) = ReadText("Entity,Code,Year,Value\nUSSR,OWID_USS,1980,7\nWorld,OWID_WRL,1980,9\n");

        Assert.False(errors.HasErrors, FormatFixtures.Report(errors));
        Assert.Equal(7, FormatFixtures.Single(content, "ai", "SUN", "1980").Value);
        Assert.Equal("skipped 1 rows of 1 regions or groups without a country code: World", Assert.Single(content.Notes));
    }

    [Fact]
    public void Read_ThreeLetterCodeOfNoCountry_Refused()
    {
        var (_, errors) = ReadText("Entity,Code,Year,Value\nNarnia,NRN,2020,5\n");

        Assert.Equal(
            "ai.csv line 2, column Code: 'NRN' is not a known country (1 row from this line on): use an ISO 3166 alpha-3 code, or leave the code empty for a region or group",
            Assert.Single(errors.ToReport()).ToString());
    }
}

using Dapper;
using Dashboard.Data.Import.Formats;
using Dashboard.Tests.Support;

namespace Dashboard.Tests.Import.Formats;

/// <summary>
/// One small fixture per portal shape (TestData/formats, written from each portal's documented layout) through the
/// import engine, with values checked: DataBank table view, IMF WEO, Eurostat TSV, UN yearbook, WHO GHO, a Polity-style
/// panel; series chosen; the closest format named when none fits.
/// </summary>
public sealed class PortalLayoutTests : IDisposable
{
    private readonly UploadStore _store = new();

    public void Dispose() => _store.Dispose();

    private static byte[] Fixture(string name) => File.ReadAllBytes(FormatFixtures.PathOf(name));

    private string? Note(string indicator, string entity, string period)
    {
        using var c = _store.Open();
        return c.ExecuteScalar<string?>("SELECT note FROM observations WHERE indicator_id = @indicator AND entity_code = @entity AND period = @period", new { indicator, entity, period });
    }

    private string? Basis(string indicator, string entity, string period)
    {
        using var c = _store.Open();
        return c.ExecuteScalar<string?>("SELECT basis FROM observations WHERE indicator_id = @indicator AND entity_code = @entity AND period = @period", new { indicator, entity, period });
    }

    private long Rows(string indicator)
    {
        using var c = _store.Open();
        return c.ExecuteScalar<long>("SELECT COUNT(*) FROM observations WHERE indicator_id = @indicator", new { indicator });
    }

    [Fact]
    public void Run_DataBankTableView_OneIndicatorPerSeriesAggregatesAndFooterLeftOutWithNotes()
    {
        var report = _store.Run(Fixture("databank-table.csv"), "databank-table.csv");

        Assert.True(report.Applied, UploadStore.Errors(report));
        Assert.Equal("World Bank DataBank export", report.Format);
        Assert.Equal(["wdi-ny-gdp-mktp-cd", "wdi-ms-mil-xpnd-gd-zs"], report.NewIndicators);
        Assert.Equal(181665908000, _store.Value("wdi-ny-gdp-mktp-cd", "KAZ", "2019"));
        Assert.Equal(8740000000, _store.Value("wdi-ny-gdp-mktp-cd", "KGZ", "2021"));
        Assert.Equal(1.5, _store.Value("wdi-ms-mil-xpnd-gd-zs", "KGZ", "2021"));
        Assert.Equal(5, Rows("wdi-ny-gdp-mktp-cd"));
        Assert.Contains(report.Notes, n => n.StartsWith("skipped 3 rows of 2 aggregates or regions (no country): Africa Eastern and Southern (AFE); World (WLD)", StringComparison.Ordinal));
        Assert.Contains(report.Notes, n => n.StartsWith("2 footer lines from line 11 on ('Data from database: World Development Indicators')", StringComparison.Ordinal));
        Assert.Equal("Last Updated 12/16/2024", report.Edition);
        using var c = _store.Open();
        Assert.Equal("% of GDP", c.ExecuteScalar<string>("SELECT unit FROM indicators WHERE id = 'wdi-ms-mil-xpnd-gd-zs'"));
        Assert.Equal("world-bank-databank-2024-12-16", c.ExecuteScalar<string>("SELECT DISTINCT source_id FROM observations WHERE dataset_id = 'databank-table'"));
    }

    [Fact]
    public void Run_DataBankSeriesChosen_OnlyThatSeriesImported()
    {
        var report = _store.Run(Fixture("databank-table.csv"), "databank-table.csv", series: ["MS.MIL.XPND.GD.ZS"]);

        Assert.True(report.Applied, UploadStore.Errors(report));
        Assert.Equal(["wdi-ms-mil-xpnd-gd-zs"], report.NewIndicators);
        Assert.Equal(0, Rows("wdi-ny-gdp-mktp-cd"));
        Assert.Contains("4 rows of series not chosen were left out", report.Notes);
    }

    [Fact]
    public void Run_DataBankUnknownSeries_RefusedListingTheFilesSeries()
    {
        var report = _store.Reject(Fixture("databank-table.csv"), "databank-table.csv", series: ["NY.GDP.PCAP.CD"]);

        Assert.Equal("databank-table.csv, column series: 'NY.GDP.PCAP.CD' is not a series of this file (its series: NY.GDP.MKTP.CD (GDP (current US$)); MS.MIL.XPND.GD.ZS (Military expenditure (% of GDP)))",
            Assert.Single(report.Errors).ToString());
    }

    [Fact]
    public void Run_WeoTabSeparatedXls_SeriesWithUnitsMarkersAndEstimatesNoted()
    {
        var report = _store.Run(Fixture("weo-by-countries.xls"), "WEOOct2024all.xls");

        Assert.True(report.Applied, UploadStore.Errors(report));
        Assert.Equal("IMF World Economic Outlook database", report.Format);
        Assert.Equal("October 2024", report.Edition);
        Assert.Equal(5.1, _store.Value("weo-ngdp-rpch", "KAZ", "2023"));
        Assert.Equal(1291.5, _store.Value("weo-ngdpd", "KAZ", "2024"));
        Assert.Equal(9.0, _store.Value("weo-ngdp-rpch", "KGZ", "2022"));
        Assert.Equal(3.8, _store.Value("weo-ngdp-rpch", "XKX", "2024"));
        Assert.Null(Note("weo-ngdp-rpch", "KAZ", "2023"));
        Assert.StartsWith("estimate or projection: after the last year of actual data (Estimates Start After: 2023)", Note("weo-ngdp-rpch", "KAZ", "2024"), StringComparison.Ordinal);

        // The years after each row's "Estimates Start After" are stored as the IMF's estimates, the others as stated.
        Assert.Equal("stated", Basis("weo-ngdp-rpch", "KAZ", "2023"));
        Assert.Equal("estimate", Basis("weo-ngdp-rpch", "KAZ", "2024"));
        Assert.Equal("stated", Basis("weo-ngdpd", "KAZ", "2022"));
        Assert.Equal("estimate", Basis("weo-ngdpd", "KAZ", "2023"));
        Assert.Equal("estimate", Basis("weo-ngdp-rpch", "XKX", "2024"));
        Assert.Equal("stated", Basis("weo-ngdp-rpch", "KGZ", "2022"));
        Assert.Contains(report.Notes, n => n.StartsWith("4 values after a country's 'Estimates Start After' year are the publisher's estimates or projections: stored with basis 'estimate'", StringComparison.Ordinal));
        Assert.Contains(report.Notes, n => n.Contains("'UVK' = Kosovo (XKX)", StringComparison.Ordinal));
        Assert.Contains(report.Notes, n => n.StartsWith("2 cells marked as no data", StringComparison.Ordinal));
        using var c = _store.Open();
        Assert.Equal("U.S. dollars, Billions", c.ExecuteScalar<string>("SELECT unit FROM indicators WHERE id = 'weo-ngdpd'"));
        Assert.Equal("Percent change", c.ExecuteScalar<string>("SELECT unit FROM indicators WHERE id = 'weo-ngdp-rpch'"));
    }

    [Fact]
    public void Run_WeoEstimatesStartAfterNotAYear_RefusedAtThatCell()
    {
        var text = System.Text.Encoding.UTF8.GetString(Fixture("weo-by-countries.xls")).Replace("\t3.9\t2023", "\t3.9\tsoon", StringComparison.Ordinal);

        var report = _store.Reject(System.Text.Encoding.UTF8.GetBytes(text), "WEOOct2024all.xls");

        Assert.Equal("WEOOct2024all.xls line 2, column Estimates Start After: 'soon' is not a year: it says after which year the values are the publisher's estimates, so it must be a year (YYYY), empty or 'n/a'",
            Assert.Single(report.Errors).ToString());
    }

    [Fact]
    public void Run_EurostatTsv_TwoLetterCodesElAndUkFlagsAsNotesColonMissingAggregatesSkipped()
    {
        var report = _store.Run(Fixture("eurostat.tsv"), "gov_10a_exp.tsv");

        Assert.True(report.Applied, UploadStore.Errors(report));
        Assert.Equal("Eurostat TSV", report.Format);
        Assert.Equal(3.7, _store.Value("eurostat-a-pc-gdp", "GRC", "2021"));
        Assert.Equal(2.1, _store.Value("eurostat-a-pc-gdp", "GBR", "2021"));
        Assert.Equal(1.4, _store.Value("eurostat-a-pc-gdp", "DEU", "2020"));
        Assert.Equal(52000, _store.Value("eurostat-a-mio-eur", "DEU", "2022"));
        Assert.Equal("flag p (provisional)", Note("eurostat-a-pc-gdp", "GRC", "2021"));
        Assert.Equal("flag b (break in time series)", Note("eurostat-a-mio-eur", "DEU", "2022"));
        Assert.Equal(0, _store.Open().ExecuteScalar<long>("SELECT COUNT(*) FROM observations WHERE entity_code = 'GRC' AND period = '2022'"));
        Assert.Contains(report.Notes, n => n.StartsWith("skipped 1 rows of 1 aggregates or regions (no country): EU27_2020", StringComparison.Ordinal));
    }

    [Fact]
    public void Run_UnYearbook_TitleLineM49CodesGroupedNumbersFootnotesAndOneIndicatorPerSeries()
    {
        var report = _store.Run(Fixture("un-yearbook.csv"), "SYB67_1_Population.csv");

        Assert.True(report.Applied, UploadStore.Errors(report));
        Assert.Equal("UN Statistical Yearbook CSV", report.Format);
        var population = ReaderSupport.Slug("unsd-Population mid-year estimates (millions)");
        Assert.Equal(16.25, _store.Value(population, "KAZ", "2010"));
        Assert.Equal(34.63, _store.Value(population, "UZB", "2022"));
        Assert.Equal(2724.9, _store.Value(ReaderSupport.Slug("unsd-Surface area (thousand km2)"), "KAZ", "2022"));
        Assert.Equal("Footnotes: Projected estimate (medium fertility variant).", Note(population, "KAZ", "2022"));
        Assert.Contains(report.Notes, n => n.Contains("Total, all countries or areas (1)", StringComparison.Ordinal));
        using var c = _store.Open();
        Assert.Equal("millions", c.ExecuteScalar<string>("SELECT unit FROM indicators WHERE id = @population", new { population }));
    }

    [Fact]
    public void Run_WhoGhoExport_SeriesPerSexRegionsSkippedNumericValueUsed()
    {
        var report = _store.Run(Fixture("who-gho.csv"), "life-expectancy.csv");

        Assert.True(report.Applied, UploadStore.Errors(report));
        Assert.Equal("WHO Global Health Observatory export", report.Format);
        Assert.Equal(73.18, _store.Value("gho-whosis-000001-both-sexes", "KAZ", "2019"));
        Assert.Equal(77.4, _store.Value("gho-whosis-000001-female", "KAZ", "2019"));
        Assert.Equal(73.04, _store.Value("gho-whosis-000001-both-sexes", "UZB", "2019"));
        Assert.Contains(report.Notes, n => n.StartsWith("skipped 1 rows of 1 aggregates or regions (no country): Europe (EUR)", StringComparison.Ordinal));
        using var c = _store.Open();
        Assert.Equal("years", c.ExecuteScalar<string>("SELECT unit FROM indicators WHERE id = 'gho-whosis-000001-both-sexes'"));
    }

    [Fact]
    public void Run_NoFormatFits_ClosestFormatItsHeaderAndWhatDiffersAtLineAndColumn()
    {
        const string File = "Series Name,Serie Code,Country Name,Country Code,2019 [YR2019]\nGDP,NY.GDP,Kazakhstan,KAZ,1\n";

        var report = _store.Reject(System.Text.Encoding.UTF8.GetBytes(File), "typo.csv");

        var error = Assert.Single(report.Errors).ToString();
        Assert.Contains("closest: World Bank DataBank export, whose header is \"Series Name\",\"Series Code\",\"Country Name\",\"Country Code\",\"2019 [YR2019]\",… (in any order) — at line 1, field 2 is 'Serie Code' where it expects 'Series Code'", error, StringComparison.Ordinal);
    }
}

using System.Text;
using Dapper;
using Dashboard.Data.Import.Formats;
using Dashboard.Tests.Import.Formats;
using Dashboard.Tests.Support;
using static Dashboard.Tests.Support.XlsxBuilder;

namespace Dashboard.Tests.Import;

/// <summary>
/// The four ways an import stored wrong values without a word (issue 22), each refused or read right now: a code
/// column that is not ISO (Polity/COW), percent-formatted workbook cells, a header name given twice, and a data version
/// that did not change when a re-upload stored other rows. Plus the SIPRI milex workbook (its percent sheet, markers and
/// region rows) and control characters refused at their cell.
/// </summary>
public sealed class SilentWrongTests : IDisposable
{
    private static readonly TableIndicator Polity = new() { Id = "polity2", Name = "Polity2 score", Unit = "score", Dimension = "political", Column = "polity2" };

    private readonly UploadStore _store = new();

    public void Dispose() => _store.Dispose();

    private static byte[] Utf8(string text) => Encoding.UTF8.GetBytes(text);

    [Fact]
    public void Run_CowCodesBesideNames_NamesUsedAndSaidNeverAustraliaForAustria()
    {
        var report = _store.Run(File.ReadAllBytes(FormatFixtures.PathOf("polity-panel.csv")), "p5v2018.csv", indicator: Polity, sourceId: "paper");

        Assert.True(report.Applied, UploadStore.Errors(report));
        Assert.Equal(10, _store.Value("polity2", "AUT", "2018"));
        Assert.Equal(10, _store.Value("polity2", "CHE", "2018"));
        Assert.Equal(10, _store.Value("polity2", "SVN", "2018"));
        Assert.Equal(9, _store.Value("polity2", "MKD", "2018"));
        Assert.Equal(-6, _store.Value("polity2", "KAZ", "2018"));
        Assert.Equal(10, _store.Value("polity2", "AUS", "2018"));
        using var c = _store.Open();
        Assert.Equal(0, c.ExecuteScalar<long>("SELECT COUNT(*) FROM observations WHERE indicator_id = 'polity2' AND entity_code IN ('SWZ', 'SLV', 'MAC')"));
        Assert.Equal(6, report.RowCount);
        Assert.Contains(report.Notes, n => n.StartsWith("column 'scode' is not ISO 3166 alpha-3: 4 of its codes name another country than column 'country'", StringComparison.Ordinal));
    }

    [Fact]
    public void Run_OneCodeDisagreesWithItsName_RefusedNamingBothColumns()
    {
        const string File = "iso3,country,year,value\nKAZ,Kazakhstan,2019,1\nAUS,Austria,2019,2\nUZB,Uzbekistan,2019,3\n";

        var report = _store.Reject(Utf8(File), "one.csv", indicator: Polity with { Column = null }, sourceId: "paper");

        Assert.Equal("one.csv line 3, column iso3: 'AUS' is Australia (AUS) but column 'country' says 'Austria', which is Austria (AUT) (1 row): the two columns must name the same country; correct the row, or choose the column to trust (--country-column; 'Country column' on the upload form)",
            Assert.Single(report.Errors).ToString());
    }

    [Fact]
    public void Run_CountryColumnChosen_TheChosenColumnIsRead()
    {
        const string File = "iso3,country,year,value\nKAZ,Kazakhstan,2019,1\nAUS,Austria,2019,2\n";

        var report = _store.Run(Utf8(File), "one.csv", indicator: Polity with { Column = null }, sourceId: "paper", countryColumn: "country");

        Assert.True(report.Applied, UploadStore.Errors(report));
        Assert.Equal(2, _store.Value("polity2", "AUT", "2019"));
        Assert.Contains("countries read from column 'country' (chosen); column 'iso3' is not used", report.Notes);
    }

    [Fact]
    public void Run_HistoricalStates_FormerIsoCodesAndUcdpNamesByYear()
    {
        const string File = "country,year,value\nUSSR,1990,5\nRussia (Soviet Union),1991,6\nRussia (Soviet Union),1992,7\nYugoslavia,1990,8\n";

        var report = _store.Run(Utf8(File), "ucdp.csv", indicator: Polity with { Column = null }, sourceId: "paper");

        Assert.True(report.Applied, UploadStore.Errors(report));
        Assert.Equal(5, _store.Value("polity2", "SUN", "1990"));
        Assert.Equal(6, _store.Value("polity2", "SUN", "1991"));
        Assert.Equal(7, _store.Value("polity2", "RUS", "1992"));
        Assert.Equal(8, _store.Value("polity2", "YUG", "1990"));
        using var c = _store.Open();
        Assert.Equal(0, c.ExecuteScalar<long>("SELECT COUNT(*) FROM observations WHERE entity_code = 'RUS' AND period < '1992' AND indicator_id = 'polity2'"));
    }

    [Fact]
    public void Run_PercentFormattedCells_StoredAsThePercentagesShownWhenTheUnitIsPercent()
    {
        // Share of GDP as SIPRI's sheet stores it: 0.0102 in a cell formatted 0.00 % (built-in format 10).
        var sheet = Row(1, Inline("A1", "Country"), Inline("B1", "Year"), Inline("C1", "Share"))
            + Row(2, Inline("A2", "Kazakhstan"), Number("B2", "2019"), Number("C2", "1.0200000000000001E-2", style: 1))
            + Row(3, Inline("A3", "Kyrgyzstan"), Number("B3", "2019"), Number("C3", "0.0155", style: 1));
        var workbook = Build([new("Data", sheet)], cellXfs: "<xf numFmtId=\"0\"/><xf numFmtId=\"10\"/>");

        var percent = _store.Run(workbook, "share.xlsx", indicator: new TableIndicator { Id = "milex-share", Name = "Military expenditure", Unit = "% of GDP" }, sourceId: "paper");
        var fraction = _store.Run(workbook, "share.xlsx", datasetId: "share-fraction", indicator: new TableIndicator { Id = "milex-fraction", Name = "Military expenditure", Unit = "fraction of GDP" }, sourceId: "paper");
        var other = _store.Reject(workbook, "share.xlsx", datasetId: "share-other", indicator: new TableIndicator { Id = "milex-other", Name = "Military expenditure", Unit = "US$ m" }, sourceId: "paper");

        Assert.True(percent.Applied, UploadStore.Errors(percent));
        Assert.Equal(1.02, _store.Value("milex-share", "KAZ", "2019"));
        Assert.Equal(1.55, _store.Value("milex-share", "KGZ", "2019"));
        Assert.Contains("2 cells formatted as percentages in the workbook were stored as the percentages they show (0.0102 shown as 1.02 % → 1.02), since the unit is '% of GDP'", percent.Notes);
        Assert.True(fraction.Applied, UploadStore.Errors(fraction));
        Assert.Equal(0.0102, _store.Value("milex-fraction", "KAZ", "2019"));
        Assert.StartsWith("share.xlsx Data!C2, column Share: '1.02%' is formatted as a percentage in the workbook (it shows 1.02 %), but the unit is 'US$ m'", other.Errors[0].ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Run_SipriMilexWorkbook_ChoosesTheMeasureSheetPercentMarkersAndRegionRows()
    {
        var front = Row(1, Inline("A1", "SIPRI Military Expenditure Database")) + Row(3, Inline("A3", "Information about the database"));
        static string Header() => Row(6, Inline("A6", "Country"), Inline("B6", "Notes"), Number("C6", "2021"), Number("D6", "2022"), Number("E6", "2023"));
        var share = Row(1, Inline("A1", "Military expenditure by country as percentage of gross domestic product, 1949-2023"))
            + Row(2, Inline("A2", "Figures are a share of GDP. \". .\" = data unavailable. \"xxx\" = country did not exist."))
            + Header()
            + Row(8, Inline("A8", "Central Asia"))
            + Row(9, Inline("A9", "Kazakhstan"), Inline("B9", "§"), Number("C9", "0.0102", 1), Number("D9", "1.0999999999999999E-2", 1), Inline("E9", ". ."))
            + Row(10, Inline("A10", "USSR"), Inline("C10", "xxx"), Inline("D10", "xxx"), Inline("E10", "xxx"))
            + Row(11, Inline("A11", "Uzbekistan"), Number("C11", "0.037", 1), Inline("D11", ". ."), Number("E11", "0.0321", 1));
        var workbook = Build([new("Front page", front), new("Share of GDP", share)], cellXfs: "<xf numFmtId=\"0\"/><xf numFmtId=\"10\"/>");

        var report = _store.Run(workbook, "SIPRI-Milex-data-1949-2023.xlsx");

        Assert.True(report.Applied, UploadStore.Errors(report));
        Assert.Equal("SIPRI Military Expenditure Database sheet", report.Format);
        Assert.Contains("sheet 'Share of GDP' (the only sheet of a supported format; the first, 'Front page', has none)", report.Dialect, StringComparison.Ordinal);
        Assert.Equal(["sipri-milex-share-of-gdp"], report.NewIndicators);
        Assert.Equal(1.02, _store.Value("sipri-milex-share-of-gdp", "KAZ", "2021"));
        Assert.Equal(1.1, _store.Value("sipri-milex-share-of-gdp", "KAZ", "2022"));
        Assert.Equal(3.21, _store.Value("sipri-milex-share-of-gdp", "UZB", "2023"));
        Assert.Equal(4, report.RowCount);
        using var c = _store.Open();
        Assert.Equal("% of GDP", c.ExecuteScalar<string>("SELECT unit FROM indicators WHERE id = 'sipri-milex-share-of-gdp'"));
        Assert.Equal("Notes: §", c.ExecuteScalar<string>("SELECT note FROM observations WHERE indicator_id = 'sipri-milex-share-of-gdp' AND entity_code = 'KAZ' AND period = '2021'"));
    }

    [Fact]
    public void Run_SameNameForTwoColumns_RefusedNamingBothNotTheFirstSilentlyTaken()
    {
        const string File = "Entity,Code,Year,Papers,Papers\nKazakhstan,KAZ,2020,12,99\n";

        var report = _store.Reject(Utf8(File), "papers.csv");

        Assert.Equal("papers.csv line 1: 'Papers' names two columns (field 4 and field 5): which one holds the values cannot be told; rename or delete one of them",
            Assert.Single(report.Errors).ToString());
    }

    [Fact]
    public void Run_SameFileReadWithAnotherColumn_DataVersionChangesWithTheStoredRows()
    {
        const string File = "iso3,year,exports,imports\nKAZ,2019,10,20\nUZB,2019,5,6\n";
        var first = _store.Run(Utf8(File), "trade.csv", datasetId: "trade", indicator: new TableIndicator { Id = "test-amount", Column = "exports" }, sourceId: "paper");
        using var c = _store.Open();
        var before = c.ExecuteScalar<string>("SELECT value FROM meta WHERE key = 'data_version'");

        var second = _store.Run(Utf8(File), "trade.csv", datasetId: "trade", indicator: new TableIndicator { Id = "test-amount", Column = "imports" }, sourceId: "paper");

        Assert.True(first.Applied && second.Applied, UploadStore.Errors(first) + UploadStore.Errors(second));
        Assert.Equal(20, _store.Value("test-amount", "KAZ", "2019"));
        Assert.NotEqual(before, second.DataVersion);
        Assert.Equal(second.DataVersion, c.ExecuteScalar<string>("SELECT value FROM meta WHERE key = 'data_version'"));
    }

    [Fact]
    public void Run_ControlAndBidiCharactersInAnyField_RefusedAtTheirLineAndColumn()
    {
        var file = "Entity,Code,Year,Papers\nKaza\u202Ekhstan,KAZ,2020,12\nKyrgyzstan,KGZ,2020,4\u0001\n";

        var report = _store.Reject(Utf8(file), "bidi.csv");

        Assert.Equal(
            [
                "bidi.csv line 2, column Entity: 'Kaza\\u202Ekhstan' has the character U+202E (a bidirectional override) at character 5: control characters (other than tab and line breaks), U+FFFE/U+FFFF and bidirectional overrides or isolates are not allowed in data; delete it and import again",
                "bidi.csv line 3, column Papers: '4\\u0001' has the character U+0001 (a control character) at character 2: control characters (other than tab and line breaks), U+FFFE/U+FFFF and bidirectional overrides or isolates are not allowed in data; delete it and import again",
            ],
            report.Errors.Select(e => e.ToString()));
    }
}

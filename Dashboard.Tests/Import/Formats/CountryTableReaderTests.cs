using System.Text;
using Dashboard.Data.Import.Formats;
using Dashboard.Tests.Support;

namespace Dashboard.Tests.Import.Formats;

/// <summary>Generic tables of countries by year (long or wide, names or codes) imported as the indicator the user names.</summary>
public sealed class CountryTableReaderTests : IDisposable
{
    private static readonly TableIndicator Named = new() { Id = "internet-users", Name = "Internet users", Unit = "% of population", Dimension = "technology" };

    private readonly UploadStore _store = new();

    public void Dispose() => _store.Dispose();

    private static byte[] Utf8(string text) => Encoding.UTF8.GetBytes(text);

    [Fact]
    public void Run_LongTableWithNamesAndATextColumn_ValuesOfTheOneNumberColumnAndANote()
    {
        const string File = "Country;Region;Year;Share\nKazakhstan;Central Asia;2019;81,9\nKyrgyz Republic;Central Asia;2019;51\nRussian Federation;Europe;2020;85\n";

        var report = _store.Run(Utf8(File), "internet.csv", indicator: Named, sourceId: "paper");

        Assert.True(report.Applied, UploadStore.Errors(report));
        Assert.Equal("table of countries by year", report.Format);
        Assert.Equal(81.9, _store.Value("internet-users", "KAZ", "2019"));
        Assert.Equal(51, _store.Value("internet-users", "KGZ", "2019"));
        Assert.Equal(85, _store.Value("internet-users", "RUS", "2020"));
        Assert.Contains("column 'Region' holds text, not numbers: left out as metadata, not a value", report.Notes);
        using var c = _store.Open();
        Assert.Equal("internet.csv: Country = Kazakhstan, Year = 2019, column 'Share'",
            Dapper.SqlMapper.ExecuteScalar<string>(c, "SELECT locator FROM observations WHERE dataset_id = 'internet' AND entity_code = 'KAZ'"));
    }

    [Fact]
    public void Run_WideDataBankExportWithYearsInAnyOrder_NoDataMarksSkipped()
    {
        const string File = "Country Code,Series Name,2021 [YR2021],2019 [YR2019],2020 [YR2020]\nKAZ,Internet users,..,81.9,85.9\nTJK,Internet users,22,..,..\n";

        var report = _store.Run(Utf8(File), "databank.csv", indicator: Named, sourceId: "paper");

        Assert.True(report.Applied, UploadStore.Errors(report));
        Assert.Equal(3, report.RowCount);
        Assert.Equal(85.9, _store.Value("internet-users", "KAZ", "2020"));
        Assert.Equal(22, _store.Value("internet-users", "TJK", "2021"));
        Assert.Contains("3 cells marked as no data ('..', 'n/a', '--', ':', 'xxx', '. .', …) were skipped", report.Notes);
        Assert.Contains("column 'Series Name' is not a year: left out as metadata, not a value", report.Notes);
    }

    [Fact]
    public void Run_UnknownCountryNames_ErrorsListNameAndFirstLine()
    {
        const string File = "Country,Year,Value\nKazakhstan,2019,1\nKazakstan,2019,2\nWorld,2019,3\nKazakstan,2020,4\nTajikistan,2019,5\n";

        var report = _store.Reject(Utf8(File), "names.csv", indicator: Named, sourceId: "paper");

        Assert.Equal(
            [
                "names.csv line 3, column Country: 'Kazakstan' is not a known country name or ISO 3166-1 alpha-3 code (2 rows from this line on): use the ISO code, a spelling from the country list, or remove the row (aggregates such as 'World' are not countries)",
                "names.csv line 4, column Country: 'World' is not a known country name or ISO 3166-1 alpha-3 code (1 row from this line on): use the ISO code, a spelling from the country list, or remove the row (aggregates such as 'World' are not countries)",
            ],
            report.Errors.Select(e => e.ToString()));
    }

    [Fact]
    public void Run_SeveralValueColumns_AsksWhichUnlessTheColumnIsNamed()
    {
        const string File = "iso3,year,exports,imports\nKAZ,2019,10,20\nUZB,2019,5,6\n";

        var ask = _store.Reject(Utf8(File), "trade.csv", indicator: Named with { Id = "exports", Name = "Exports", Unit = "US$ bn" }, sourceId: "paper");
        var named = _store.Run(Utf8(File), "trade.csv", indicator: new TableIndicator { Id = "imports", Name = "Imports", Unit = "US$ bn", Column = "Imports" }, sourceId: "paper");

        Assert.Equal("trade.csv, column column: several columns hold numbers ('exports', 'imports'): say which one holds the indicator's values (--column on the command line; 'Value column' on the upload form)",
            Assert.Single(ask.Errors).ToString());
        Assert.True(named.Applied, UploadStore.Errors(named));
        Assert.Equal(6, _store.Value("imports", "UZB", "2019"));
    }

    [Fact]
    public void Run_NoIndicatorOrSourceNamed_SaysWhatTheTableLooksLikeAndWhatToGive()
    {
        const string File = "Country,Year,Value\nKazakhstan,2019,1\n";

        var noIndicator = _store.Reject(Utf8(File), "t.csv", sourceId: "paper");
        var noSource = _store.Reject(Utf8(File), "t.csv", indicator: Named);
        var existing = _store.Run(Utf8(File), "t.csv", indicator: new TableIndicator { Id = "top500-systems" }, sourceId: "paper");

        Assert.StartsWith("t.csv, column indicator: is needed: this looks like a table of countries by year (countries in column 'Country', years in column 'Year')",
            Assert.Single(noIndicator.Errors).ToString(), StringComparison.Ordinal);
        Assert.StartsWith("t.csv, column source: is needed", Assert.Single(noSource.Errors).ToString(), StringComparison.Ordinal);
        Assert.True(existing.Applied, UploadStore.Errors(existing));
        Assert.Equal(1, _store.Value("top500-systems", "KAZ", "2019"));
    }

    [Fact]
    public void Run_OwidWithARegionTextColumn_TextColumnIsMetadataNotAnErrorPerRow()
    {
        const string File = "Entity,Code,Year,Papers,World region according to OWID\nKazakhstan,KAZ,2020,12,Asia\nKyrgyzstan,KGZ,2020,4,Asia\nFrance,FRA,2020,900,Europe\n";

        var report = _store.Run(Utf8(File), "papers.csv");

        Assert.True(report.Applied, UploadStore.Errors(report));
        Assert.Equal(12, _store.Value("papers", "KAZ", "2020"));
        Assert.Contains("column 'World region according to OWID' holds text (3 of 3 cells are not numbers): left out as metadata, not a value", report.Notes);
        Assert.Equal(["papers"], report.NewIndicators);
    }
}

using Dapper;
using Dashboard.Data.Import;
using Dashboard.Data.Import.Contract;
using Dashboard.Data.Import.Formats;
using Dashboard.Tests.Import.Formats;
using Dashboard.Tests.Support;
using Microsoft.Data.Sqlite;

namespace Dashboard.Tests.Import;

/// <summary>Downloaded files in each format through the one import engine, against a store seeded from a test data folder.</summary>
public sealed class ImportEngineTests : IDisposable
{
    private readonly TestDataFolder _folder = new();
    private readonly TestDatabase _db = new();

    public ImportEngineTests()
    {
        using var c = _db.Open();
        DataFolderImporter.Import(c, _folder.Path);
    }

    public void Dispose()
    {
        _folder.Dispose();
        _db.Dispose();
    }

    private static DatasetImportReport Run(SqliteConnection c, Stream stream, FileImportOptions options) =>
        ImportEngine.Run(c, stream, options, DatasetReaders.All, keep: false);

    private static string Report(DatasetImportReport report) => string.Join("\n", report.Errors);

    [Fact]
    public void Run_SipriFile_DetectsFormatAndStoresRowsWithNewEntitiesAndSource()
    {
        using var c = _db.Open();
        using var stream = FormatFixtures.Open("sipri-trade-register.csv");

        var report = Run(c, stream, new FileImportOptions { DatasetId = "sipri-upload", FileName = "sipri-trade-register.csv" });

        Assert.True(report.Applied, Report(report));
        Assert.Equal("SIPRI trade register CSV", report.Format);
        Assert.Equal("data generated 3 Jan 2025", report.Edition);
        Assert.True(report.RowCount > 0);
        Assert.Equal(report.RowCount, c.ExecuteScalar<long>("SELECT COUNT(*) FROM observations WHERE dataset_id = 'sipri-upload'"));
        Assert.Equal(15, c.ExecuteScalar<double>("SELECT value FROM observations WHERE indicator_id = 'arms-tiv-delivered' AND entity_code = 'KAZ' AND counterpart_code = 'CHN' AND period = '2016'"));
        Assert.Contains("sipri-at-2025-01-03", report.NewSources);
        Assert.Equal("data generated 3 Jan 2025", c.ExecuteScalar<string>("SELECT edition FROM sources WHERE id = 'sipri-at-2025-01-03'"));
        Assert.Contains("XUN", report.NewEntities);
        Assert.Equal("other", c.ExecuteScalar<string>("SELECT kind FROM entities WHERE code = 'XUN'"));
        Assert.Equal("upload", c.ExecuteScalar<string>("SELECT origin FROM datasets WHERE id = 'sipri-upload'"));
    }

    [Fact]
    public void Run_FileWithABadRow_NothingWrittenAndErrorNamesLineAndColumn()
    {
        using var c = _db.Open();
        var before = c.ExecuteScalar<long>("SELECT COUNT(*) FROM observations");
        var text = File.ReadAllText(FormatFixtures.PathOf("owid-ai-publications.csv")).Replace("China,CHN,2023,100000", "China,CHN,2023,1e5x", StringComparison.Ordinal);
        using var stream = new MemoryStream(System.Text.Encoding.UTF8.GetBytes(text));

        var report = Run(c, stream, new FileImportOptions { DatasetId = "pubs", FileName = "pubs.csv" });

        Assert.False(report.Applied);
        Assert.Equal("pubs.csv line 4, column All: '1e5x' is not a number ('.' as decimal separator, no thousands separators)", Assert.Single(report.Errors).ToString());
        Assert.Equal(before, c.ExecuteScalar<long>("SELECT COUNT(*) FROM observations"));
        Assert.Equal(0, c.ExecuteScalar<long>("SELECT COUNT(*) FROM datasets WHERE id = 'pubs'"));
        Assert.Equal(0, c.ExecuteScalar<long>("SELECT COUNT(*) FROM indicators WHERE id = 'owid-ai-publications'"));
    }

    [Fact]
    public void Run_KeyStoredByAnotherDataset_RolledBackWithTheDuplicateNamed()
    {
        using var c = _db.Open();
        using (var first = FormatFixtures.Open("owid-ai-publications.csv"))
        {
            var stored = Run(c, first, new FileImportOptions { DatasetId = "pubs-a", FileName = "owid-ai-publications.csv" });
            Assert.True(stored.Applied, Report(stored));
        }

        var before = c.ExecuteScalar<long>("SELECT COUNT(*) FROM observations");
        using var second = FormatFixtures.Open("owid-ai-publications.csv");

        var report = Run(c, second, new FileImportOptions { DatasetId = "pubs-b", FileName = "owid-ai-publications.csv" });

        Assert.False(report.Applied);
        Assert.Equal(3, report.ErrorCount);
        Assert.Equal("owid-ai-publications.csv line 3, column period: '2022' duplicates the key (indicator owid-ai-publications, entity CHN, period 2022) already given in dataset 'pubs-a' line 3",
            report.Errors[0].ToString());
        Assert.Equal(before, c.ExecuteScalar<long>("SELECT COUNT(*) FROM observations"));
        Assert.Equal(0, c.ExecuteScalar<long>("SELECT COUNT(*) FROM datasets WHERE id = 'pubs-b'"));
    }

    [Fact]
    public void Run_UnknownShape_ErrorListsFormatsTried()
    {
        using var c = _db.Open();
        using var stream = FormatFixtures.Open("unknown-shape.csv");

        var report = Run(c, stream, new FileImportOptions { DatasetId = "x", FileName = "unknown-shape.csv" });

        Assert.False(report.Applied);
        Assert.Null(report.Format);
        Assert.Contains("tried: GeoAI observations CSV", Assert.Single(report.Errors).ToString(), StringComparison.Ordinal);
        Assert.Equal(0, c.ExecuteScalar<long>("SELECT COUNT(*) FROM datasets WHERE id = 'x'"));
    }

    [Fact]
    public void Run_UnknownSourceId_Rejected()
    {
        using var c = _db.Open();
        using var stream = FormatFixtures.Open("top500-lists.csv");

        var report = Run(c, stream, new FileImportOptions { DatasetId = "top", FileName = "top.csv", SourceId = "nobody" });

        Assert.False(report.Applied);
        Assert.Equal("top.csv, column source: 'nobody' is not a known source (choose one from the list, name a new one with its citation, or leave it empty)", Assert.Single(report.Errors).ToString());
        Assert.Equal(0, c.ExecuteScalar<long>("SELECT COUNT(*) FROM datasets WHERE id = 'top'"));
    }

    [Fact]
    public void Run_EntityMapGiven_AggregateStoredUnderTheMappedCode()
    {
        using var c = _db.Open();
        const string Mapped = "SELECT COUNT(*) FROM observations WHERE dataset_id = 'invest' AND entity_code = 'CA5'";
        using (var unmapped = FormatFixtures.Open("owid-private-investment.csv"))
        {
            var plain = Run(c, unmapped, new FileImportOptions { DatasetId = "invest", FileName = "owid-private-investment.csv" });
            Assert.True(plain.Applied, Report(plain));
        }

        Assert.Equal(0, c.ExecuteScalar<long>(Mapped));
        using var stream = FormatFixtures.Open("owid-private-investment.csv");

        var report = Run(c, stream, new FileImportOptions
        {
            DatasetId = "invest",
            FileName = "owid-private-investment.csv",
            EntityMap = new Dictionary<string, string> { ["World"] = "CA5" },
        });

        Assert.True(report.Applied, Report(report));
        Assert.True(report.Replaces);
        Assert.Equal(1, c.ExecuteScalar<long>(Mapped));
        Assert.Equal(1000, c.ExecuteScalar<double>("SELECT value FROM observations WHERE dataset_id = 'invest' AND entity_code = 'CA5' AND period = '2020'"));
    }
}

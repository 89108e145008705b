using Dapper;
using Dashboard.Data.Import;
using Dashboard.Data.Import.Formats;
using Dashboard.Tests.Support;

namespace Dashboard.Tests.Import.Formats;

public sealed class DatasetFileImporterTests : IDisposable
{
    private readonly TestDataFolder _folder = new();
    private readonly TestDatabase _db = new();

    public DatasetFileImporterTests()
    {
        using var c = _db.Open();
        DataFolderImporter.Import(c, _folder.Path);
    }

    public void Dispose()
    {
        _folder.Dispose();
        _db.Dispose();
    }

    [Fact]
    public void Import_SipriFile_DetectsFormatAndStoresRowsWithNewEntitiesAndSource()
    {
        using var c = _db.Open();
        using var stream = FormatFixtures.Open("sipri-trade-register.csv");

        var result = DatasetFileImporter.Import(c, stream, "sipri-trade-register.csv", new DatasetImportOptions { DatasetId = "sipri-upload" });

        Assert.Equal("SIPRI trade register CSV", result.Format);
        Assert.Equal("data generated 3 Jan 2025", result.Edition);
        Assert.Equal(result.Observations, c.ExecuteScalar<long>("SELECT COUNT(*) FROM observations WHERE dataset_id = 'sipri-upload'"));
        Assert.Equal(15, c.ExecuteScalar<double>("SELECT value FROM observations WHERE indicator_id = 'arms-tiv-delivered' AND entity_code = 'KAZ' AND counterpart_code = 'CHN' AND period = '2016'"));
        Assert.Equal("data generated 3 Jan 2025", c.ExecuteScalar<string>("SELECT edition FROM sources WHERE id = 'sipri-at-2025-01-03'"));
        Assert.Equal("other", c.ExecuteScalar<string>("SELECT kind FROM entities WHERE code = 'XUN'"));
        Assert.Equal("upload", c.ExecuteScalar<string>("SELECT origin FROM datasets WHERE id = 'sipri-upload'"));
    }

    [Fact]
    public void Import_FileWithABadRow_NothingWrittenAndErrorNamesLineAndColumn()
    {
        using var c = _db.Open();
        var before = c.ExecuteScalar<long>("SELECT COUNT(*) FROM observations");
        var text = File.ReadAllText(FormatFixtures.PathOf("owid-ai-publications.csv")).Replace("China,CHN,2023,100000", "China,CHN,2023,1e5x", StringComparison.Ordinal);
        using var stream = new MemoryStream(System.Text.Encoding.UTF8.GetBytes(text));

        var ex = Assert.Throws<ImportFailedException>(() =>
            DatasetFileImporter.Import(c, stream, "pubs.csv", new DatasetImportOptions { DatasetId = "pubs" }));

        Assert.Equal("pubs.csv line 4, column All: '1e5x' is not a number ('.' as decimal separator, no thousands separators)", Assert.Single(ex.Errors).ToString());
        Assert.Equal(before, c.ExecuteScalar<long>("SELECT COUNT(*) FROM observations"));
        Assert.Equal(0, c.ExecuteScalar<long>("SELECT COUNT(*) FROM datasets WHERE id = 'pubs'"));
        Assert.Equal(0, c.ExecuteScalar<long>("SELECT COUNT(*) FROM indicators WHERE id = 'owid-ai-publications'"));
    }

    [Fact]
    public void Import_KeyAlreadyStored_RolledBackWithTheDuplicateNamed()
    {
        using var c = _db.Open();
        using (var first = FormatFixtures.Open("owid-ai-publications.csv"))
        {
            DatasetFileImporter.Import(c, first, "owid-ai-publications.csv", new DatasetImportOptions { DatasetId = "pubs-a" });
        }

        var before = c.ExecuteScalar<long>("SELECT COUNT(*) FROM observations");
        using var second = FormatFixtures.Open("owid-ai-publications.csv");

        var ex = Assert.Throws<ImportFailedException>(() =>
            DatasetFileImporter.Import(c, second, "owid-ai-publications.csv", new DatasetImportOptions { DatasetId = "pubs-b" }));

        Assert.Equal(3, ex.Errors.Count);
        Assert.Equal("owid-ai-publications.csv line 3, column period: '2022' duplicates the key (indicator owid-ai-publications, entity CHN, counterpart none, period) already given in dataset 'pubs-a' line 3",
            ex.Errors[0].ToString());
        Assert.Equal(before, c.ExecuteScalar<long>("SELECT COUNT(*) FROM observations"));
        Assert.Equal(0, c.ExecuteScalar<long>("SELECT COUNT(*) FROM datasets WHERE id = 'pubs-b'"));
    }

    [Fact]
    public void Import_UnknownShape_ErrorListsFormatsTried()
    {
        using var c = _db.Open();
        using var stream = FormatFixtures.Open("unknown-shape.csv");

        var ex = Assert.Throws<ImportFailedException>(() =>
            DatasetFileImporter.Import(c, stream, "unknown-shape.csv", new DatasetImportOptions { DatasetId = "x" }));

        Assert.Contains("tried: GeoAI observations CSV", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Import_UnknownSourceId_Rejected()
    {
        using var c = _db.Open();
        using var stream = FormatFixtures.Open("top500-lists.csv");

        var ex = Assert.Throws<ImportFailedException>(() =>
            DatasetFileImporter.Import(c, stream, "top.csv", new DatasetImportOptions { DatasetId = "top", SourceId = "nobody" }));

        Assert.Equal("top.csv, column source: 'nobody' is not a known source", Assert.Single(ex.Errors).ToString());
    }
}

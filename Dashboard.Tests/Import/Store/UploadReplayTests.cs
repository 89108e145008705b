using System.Text;
using Dapper;
using Dashboard.Data;
using Dashboard.Data.Import;
using Dashboard.Tests.Support;
using Microsoft.Data.Sqlite;

namespace Dashboard.Tests.Import.Store;

public sealed class UploadReplayTests : IDisposable
{
    private const string Upload = """
        indicator,entity,counterpart,period,period_as_stated,value,source,locator,basis,derived_from,note
        top500-systems,KAZ,,2019-11,,1,paper,table 2,stated,,
        top500-systems,KGZ,,2019-11,,0,paper,table 2,stated,,
        """;

    private readonly TestDataFolder _folder = new();
    private readonly TempFolder _temp = new("geoai-replay-");
    private readonly Database _db;

    public UploadReplayTests()
    {
        _db = new Database(Path.Combine(_temp.Path, "store.db"));
        _db.EnsureBuilt(_folder.Path, TestContractReader.Only);
        using var c = _db.Open();
        using var file = new MemoryStream(Encoding.UTF8.GetBytes(Upload.ReplaceLineEndings("\n") + "\n"));
        var result = ImportEngine.Run(c, file, new FileImportOptions { DatasetId = "kaz-top500", FileName = "kaz.csv" }, TestContractReader.Only);
        Assert.True(result.Applied, string.Join("\n", result.Errors));
    }

    public void Dispose()
    {
        _folder.Dispose();
        _temp.Dispose();
    }

    [Fact]
    public void EnsureBuilt_DataFolderChanged_ReappliesUploadedDataset()
    {
        _folder.AppendLine("observations/paper.csv", "top500-systems,CHN,,2020-06,,226,paper,§2.4,stated,,");

        var build = _db.EnsureBuilt(_folder.Path, TestContractReader.Only);

        Assert.True(build.Rebuilt);
        var replayed = Assert.Single(build.Replayed);
        Assert.True(replayed.Applied, replayed.Error);
        using var c = _db.Open();
        Assert.Equal(2, c.ExecuteScalar<long>("SELECT COUNT(*) FROM observations WHERE dataset_id = 'kaz-top500'"));
        Assert.Equal("upload", c.ExecuteScalar<string>("SELECT origin FROM datasets WHERE id = 'kaz-top500'"));
        Assert.Equal(7, c.ExecuteScalar<long>("SELECT COUNT(*) FROM observations WHERE dataset_id = 'paper'"));
        Assert.Equal("applied", c.ExecuteScalar<string>("SELECT status FROM uploads WHERE dataset_id = 'kaz-top500'"));
        Assert.Equal("ok", c.ExecuteScalar<string>("PRAGMA integrity_check"));
    }

    [Fact]
    public void EnsureBuilt_DataFolderNowHasUploadedKey_KeepsUploadAsFailedWithItsErrors()
    {
        _folder.AppendLine("observations/paper.csv", "top500-systems,KAZ,,2019-11,,1,paper,§2.4,stated,,");

        var build = _db.EnsureBuilt(_folder.Path, TestContractReader.Only);

        var replayed = Assert.Single(build.Replayed);
        Assert.False(replayed.Applied);
        Assert.Contains("kaz.csv line 2, column period: '2019-11' duplicates the key", replayed.Error, StringComparison.Ordinal);
        using var c = _db.Open();
        Assert.Equal(0, c.ExecuteScalar<long>("SELECT COUNT(*) FROM datasets WHERE id = 'kaz-top500'"));
        Assert.Equal(0, c.ExecuteScalar<long>("SELECT COUNT(*) FROM observations WHERE dataset_id = 'kaz-top500'"));
        Assert.Equal("failed", c.ExecuteScalar<string>("SELECT status FROM uploads WHERE dataset_id = 'kaz-top500'"));
        Assert.True(c.ExecuteScalar<long>("SELECT length(content_gzip) FROM uploads WHERE dataset_id = 'kaz-top500'") > 0);

        // Removing the shipped row brings the upload back on the next rebuild: it was kept, not lost.
        var lines = File.ReadAllLines(Path.Combine(_folder.Path, "observations/paper.csv"));
        File.WriteAllLines(Path.Combine(_folder.Path, "observations/paper.csv"), lines[..^1]);
        Assert.True(Assert.Single(_db.EnsureBuilt(_folder.Path, TestContractReader.Only).Replayed).Applied);
    }

    [Fact]
    public void EnsureBuilt_DataUnchanged_DoesNotRebuild()
    {
        var build = _db.EnsureBuilt(_folder.Path, TestContractReader.Only);

        Assert.False(build.Rebuilt);
        Assert.Empty(build.Replayed);
    }

    [Fact]
    public void EnsureBuilt_UploadReadWithGivenOptions_ReappliedTheSameWay()
    {
        // A Turkish Windows-1254 table of countries: detection refuses it; it imports only as given, and must re-apply so.
        var bytes = Dashboard.Data.Import.Tables.TextEncodingDetector.Resolve("windows-1254")!
            .GetBytes("Ülke;Yıl;Değer\r\nKazakhstan;2019;4,5\r\nTajikistan;2019;7,25\r\n");
        var options = new FileImportOptions
        {
            DatasetId = "tr-growth",
            FileName = "büyüme.csv",
            SourceId = "paper",
            Dialect = new Dashboard.Data.Import.Tables.DialectOptions { Encoding = "windows-1254" },
            Indicator = new Dashboard.Data.Import.Formats.TableIndicator { Id = "gdp-growth", Name = "GDP growth", Unit = "%" },
        };
        using (var c = _db.Open())
        {
            var applied = ImportEngine.Run(c, new MemoryStream(bytes), options, Dashboard.Data.Import.Formats.DatasetReaders.All);
            Assert.True(applied.Applied, string.Join("\n", applied.Errors));
        }

        _folder.AppendLine("observations/paper.csv", "top500-systems,CHN,,2020-06,,226,paper,§2.4,stated,,");
        var build = _db.EnsureBuilt(_folder.Path, Dashboard.Data.Import.Formats.DatasetReaders.All);

        Assert.All(build.Replayed, r => Assert.True(r.Applied, r.Error));
        using var after = _db.Open();
        Assert.Equal(7.25, after.ExecuteScalar<double>("SELECT value FROM observations WHERE dataset_id = 'tr-growth' AND entity_code = 'TJK'"));
        Assert.Contains("windows-1254", after.ExecuteScalar<string>("SELECT options FROM uploads WHERE dataset_id = 'tr-growth'"), StringComparison.Ordinal);
    }
}


using Dapper;
using Dashboard.Data;
using Dashboard.Data.Import;
using Dashboard.Tests.Support;
using Microsoft.Data.Sqlite;

namespace Dashboard.Tests.Data;

public sealed class StoreBuildTests : IDisposable
{
    private readonly TestDataFolder _folder = new();
    private readonly string _directory = Path.Combine(Path.GetTempPath(), "geoai-store-" + Guid.NewGuid().ToString("N"));

    public void Dispose()
    {
        _folder.Dispose();
        SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(_directory, recursive: true);
        }
        catch (IOException)
        {
        }
    }

    [Fact]
    public void EnsureBuilt_NewStore_BuildsAWalStoreWith16KPagesIndexesAndForeignKeys()
    {
        var database = new Database(Path.Combine(_directory, "store.db"));

        var build = database.EnsureBuilt(_folder.Path);

        Assert.True(build.Rebuilt);
        Assert.Equal(6, build.Summary!.Observations);
        using var c = database.Open();
        Assert.Equal("wal", c.ExecuteScalar<string>("PRAGMA journal_mode"));
        Assert.Equal(16384, c.ExecuteScalar<int>("PRAGMA page_size"));
        Assert.Equal(1, c.ExecuteScalar<int>("PRAGMA foreign_keys"));
        Assert.Equal("ok", c.ExecuteScalar<string>("PRAGMA integrity_check"));
        Assert.Empty(c.Query("PRAGMA foreign_key_check"));
        Assert.Equal(2, c.ExecuteScalar<int>("SELECT COUNT(*) FROM sqlite_master WHERE type = 'index' AND tbl_name = 'observations' AND sql IS NOT NULL"));
        Assert.DoesNotContain(Directory.GetFiles(_directory), f => f.Contains(".building-", StringComparison.Ordinal));
    }

    [Fact]
    public void EnsureBuilt_SameFolderAgain_ReusesTheStore()
    {
        var database = new Database(Path.Combine(_directory, "store.db"));
        var first = database.EnsureBuilt(_folder.Path);

        var second = database.EnsureBuilt(_folder.Path);

        Assert.False(second.Rebuilt);
        Assert.Equal(first.BuildKey, second.BuildKey);
    }

    [Fact]
    public void EnsureBuilt_BrokenFolder_ThrowsAndKeepsThePreviousStore()
    {
        var database = new Database(Path.Combine(_directory, "store.db"));
        var first = database.EnsureBuilt(_folder.Path);
        _folder.AppendLine("observations/paper.csv", "top500-systems,KAZ,,2019-11,,\"1,5\",paper,§2.4,stated,,");

        var ex = Assert.Throws<ImportFailedException>(() => database.EnsureBuilt(_folder.Path));

        Assert.Contains("line 8, column value: '1,5' is not a number", ex.Message, StringComparison.Ordinal);
        using var c = database.Open();
        Assert.Equal(first.BuildKey, c.ExecuteScalar<string>("SELECT value FROM meta WHERE key = 'build_key'"));
        Assert.Equal(6, c.ExecuteScalar<int>("SELECT COUNT(*) FROM observations"));
        Assert.DoesNotContain(Directory.GetFiles(_directory), f => f.Contains(".building-", StringComparison.Ordinal));
    }
}

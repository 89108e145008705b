using Dapper;
using Dashboard.Data;
using Dashboard.Data.Import;
using Dashboard.Tests.Support;
using Microsoft.Data.Sqlite;

namespace Dashboard.Tests.Data;

public sealed class DatabaseTests : IDisposable
{
    private readonly TestDataFolder _folder = new();
    private readonly TempFolder _temp = new("geoai-store-");

    public void Dispose()
    {
        _folder.Dispose();
        _temp.Dispose();
    }

    [Fact]
    public void EnsureBuilt_NewStore_BuildsAWalStoreWith16KPagesIndexesAndForeignKeys()
    {
        // In a folder that does not exist yet: the store makes it.
        var db = new Database(Path.Combine(_temp.Path, "new", "store.db"));

        var build = db.EnsureBuilt(_folder.Path);

        Assert.True(build.Rebuilt);
        Assert.Equal(6, build.Summary!.Observations);
        using var c = db.Open();
        Assert.Equal("wal", c.ExecuteScalar<string>("PRAGMA journal_mode"));
        Assert.Equal(16384, c.ExecuteScalar<int>("PRAGMA page_size"));
        Assert.Equal(1, c.ExecuteScalar<int>("PRAGMA foreign_keys"));
        Assert.Equal("ok", c.ExecuteScalar<string>("PRAGMA integrity_check"));
        Assert.Empty(c.Query("PRAGMA foreign_key_check"));
        Assert.Equal(2, c.ExecuteScalar<int>("SELECT COUNT(*) FROM sqlite_master WHERE type = 'index' AND tbl_name = 'observations' AND sql IS NOT NULL"));
        Assert.DoesNotContain(Directory.GetFiles(Path.Combine(_temp.Path, "new")), f => f.Contains(".building-", StringComparison.Ordinal));
    }

    [Fact]
    public void EnsureBuilt_UnchangedFolder_ReusesStoreWithoutWriting()
    {
        var db = new Database(Path.Combine(_temp.Path, "store.db"));
        var first = db.EnsureBuilt(_folder.Path);
        using (var c = db.Open())
        {
            // A marker the rebuild would wipe: proves the second call did not rebuild.
            c.Execute("INSERT INTO meta (key, value) VALUES ('marker', 'kept')");
        }

        var second = db.EnsureBuilt(_folder.Path);

        Assert.False(second.Rebuilt);
        Assert.Equal(first.BuildKey, second.BuildKey);
        using var c2 = db.Open();
        Assert.Equal("kept", c2.ExecuteScalar<string>("SELECT value FROM meta WHERE key = 'marker'"));
    }

    [Fact]
    public void EnsureBuilt_EditedCsv_RebuildsWithNewValueAndNewDataVersion()
    {
        var db = new Database(Path.Combine(_temp.Path, "store.db"));
        db.EnsureBuilt(_folder.Path);
        var versionBefore = db.GetDataVersion();
        _folder.ReplaceLine("observations/paper.csv", 4, "top500-systems,CHN,,2019-11,,229,paper,§2.4,stated,,");

        var build = db.EnsureBuilt(_folder.Path);

        Assert.True(build.Rebuilt);
        Assert.NotEqual(versionBefore, db.GetDataVersion());
        using var c = db.Open();
        Assert.Equal(229, c.ExecuteScalar<double>("SELECT value FROM observations WHERE entity_code = 'CHN' AND period = '2019-11'"));
    }

    [Fact]
    public void EnsureBuilt_BrokenCsv_ThrowsAndKeepsPreviousStoreFile()
    {
        var path = Path.Combine(_temp.Path, "store.db");
        var db = new Database(path);
        var first = db.EnsureBuilt(_folder.Path);
        _folder.ReplaceLine("observations/paper.csv", 4, "top500-systems,CHN,,2019-11,,lots,paper,§2.4,stated,,");

        var ex = Assert.Throws<ImportFailedException>(() => db.EnsureBuilt(_folder.Path));

        Assert.Contains("line 4, column value: 'lots' is not a number", ex.Message, StringComparison.Ordinal);
        using var c = db.Open();
        Assert.Equal(228, c.ExecuteScalar<double>("SELECT value FROM observations WHERE entity_code = 'CHN' AND period = '2019-11'"));
        Assert.Equal(first.BuildKey, c.ExecuteScalar<string>("SELECT value FROM meta WHERE key = 'build_key'"));
        Assert.Empty(Directory.GetFiles(_temp.Path, "*.building-*"));
    }

    [Fact]
    public void EnsureBuilt_FileThatIsNotADatabase_IsReplaced()
    {
        var path = Path.Combine(_temp.Path, "store.db");
        File.WriteAllText(path, "not a database");
        var db = new Database(path);

        var build = db.EnsureBuilt(_folder.Path);

        Assert.True(build.Rebuilt);
        using var c = db.Open();
        Assert.Equal("ok", c.ExecuteScalar<string>("PRAGMA integrity_check"));
    }

    [Fact]
    public void ApplySchema_Twice_IsIdempotentAndRecordsVersion()
    {
        using var t = new TestDatabase();
        using var c = t.Open();

        Database.ApplySchema(c);

        Assert.Equal(Database.SchemaScripts().Max(s => s.Number).ToString(System.Globalization.CultureInfo.InvariantCulture),
            c.ExecuteScalar<string>("SELECT value FROM meta WHERE key = 'schema_version'"));
    }
}

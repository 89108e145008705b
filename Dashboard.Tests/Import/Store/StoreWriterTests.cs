using Dapper;
using Dashboard.Data.Import.Contract;
using Dashboard.Data.Import.Store;
using Dashboard.Tests.Support;

namespace Dashboard.Tests.Import.Store;

public sealed class StoreWriterTests : IDisposable
{
    private readonly TestDataFolder _folder = new();
    private readonly TestDatabase _db = new();

    public void Dispose()
    {
        _folder.Dispose();
        _db.Dispose();
    }

    [Fact]
    public void CheckForeignKeys_BrokenRowInASmallTable_ThrowsNamingTableAndParent()
    {
        using var c = _db.Open();
        DataFolderImporter.Import(c, _folder.Path);
        c.Execute("PRAGMA foreign_keys = OFF");
        using var t = c.BeginTransaction();
        c.Execute("UPDATE events SET actor_code = 'XKX' WHERE rowid = (SELECT MIN(rowid) FROM events)", transaction: t);

        var ex = Assert.Throws<InvalidOperationException>(() => StoreWriter.CheckForeignKeys(c, t, checkedElsewhere: "observations"));

        Assert.Contains("events rowid", ex.Message, StringComparison.Ordinal);
        Assert.Contains("-> entities", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void CheckForeignKeys_BrokenRowOnlyInTheTableCheckedElsewhere_DoesNotThrow()
    {
        using var c = _db.Open();
        DataFolderImporter.Import(c, _folder.Path);
        c.Execute("PRAGMA foreign_keys = OFF");
        using var t = c.BeginTransaction();
        c.Execute("UPDATE observations SET source_id = 'no-such-source' WHERE rowid = (SELECT MIN(rowid) FROM observations)", transaction: t);

        StoreWriter.CheckForeignKeys(c, t, checkedElsewhere: "observations");

        Assert.Single(c.Query("PRAGMA foreign_key_check", transaction: t));
        Assert.Throws<InvalidOperationException>(() => StoreWriter.CheckForeignKeys(c, t, checkedElsewhere: "events"));
    }

    [Fact]
    public void DropIndexes_KeptIndex_StaysAndIsNotReturned()
    {
        using var c = _db.Open();
        using var t = c.BeginTransaction();

        var dropped = StoreWriter.DropIndexes(c, t, "observations", keep: "ix_observations_dataset");

        Assert.Contains("ux_observations_key", Assert.Single(dropped), StringComparison.Ordinal);
        Assert.Equal(["ix_observations_dataset"], c.Query<string>("SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name = 'observations' AND sql IS NOT NULL", transaction: t));
    }
}

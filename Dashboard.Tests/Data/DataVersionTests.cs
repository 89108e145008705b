using Dashboard.Data;
using Dashboard.Data.Import;
using Dashboard.Data.Import.Store;
using Dashboard.Tests.Support;
using Microsoft.Data.Sqlite;

namespace Dashboard.Tests.Data;

/// <summary>
/// The data version is a function of the store's content (the data/ build and the uploads applied), so several
/// instances of the app agree on it, and on ETags and versioned URLs, without talking to each other.
/// </summary>
public sealed class DataVersionTests : IDisposable
{
    private readonly TestDataFolder _folder = new();
    private readonly TempFolder _temp = new("geoai-version-");

    public void Dispose()
    {
        _folder.Dispose();
        _temp.Dispose();
    }

    [Fact]
    public void EnsureBuilt_TwoStoresFromTheSameFolder_SameDataVersion()
    {
        var (a, b) = (Store("a"), Store("b"));

        Assert.Matches("^[0-9a-f]{16}$", a.GetDataVersion());
        Assert.Equal(a.GetDataVersion(), b.GetDataVersion());
    }

    [Fact]
    public void Apply_SameUploadOnTwoInstances_SameNewDataVersion()
    {
        var (a, b) = (Store("a"), Store("b"));
        var built = a.GetDataVersion();

        var versionA = Apply(a, "ai-papers", "hash-1");
        var versionB = Apply(b, "ai-papers", "hash-1");

        Assert.NotEqual(built, versionA);
        Assert.Equal(versionA, versionB);
        Assert.Equal(versionA, a.GetDataVersion());
    }

    [Fact]
    public void Apply_OtherFileOrOtherDatasetId_OtherDataVersion()
    {
        var (a, b, c) = (Store("a"), Store("b"), Store("c"));

        var first = Apply(a, "ai-papers", "hash-1");
        var otherFile = Apply(b, "ai-papers", "hash-2");
        var otherId = Apply(c, "ai-papers-2", "hash-1");

        Assert.Equal(3, new[] { first, otherFile, otherId }.Distinct().Count());
    }

    [Fact]
    public void Remove_TheOnlyUpload_BackToTheVersionOfTheBuild()
    {
        var store = Store("a");
        var built = store.GetDataVersion();
        Apply(store, "ai-papers", "hash-1");

        using (var c = store.Open())
        {
            Assert.True(DatasetRemoval.Remove(c, "ai-papers"));
        }

        Assert.Equal(built, store.GetDataVersion());
    }

    private Database Store(string name)
    {
        var db = new Database(Path.Combine(_temp.Path, name, "store.db"));
        db.EnsureBuilt(_folder.Path);
        return db;
    }

    private static string Apply(Database store, string datasetId, string contentHash)
    {
        var content = new ContentBuilder()
            .WithIndicator(ContentBuilder.Indicator("ai-papers"))
            .Row("ai-papers", "KAZ", "2019", 10);
        using var c = store.Open();
        var report = DatasetImporter.Apply(c, content.Content,
            new DatasetImportRequest { DatasetId = datasetId, FileName = datasetId + ".csv", ContentHash = contentHash }, new ErrorList());
        Assert.True(report.Applied, string.Join("; ", report.Errors));
        return report.DataVersion!;
    }
}

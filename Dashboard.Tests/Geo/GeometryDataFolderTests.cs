using Dashboard.Data;
using Dashboard.Data.Geo;
using Dashboard.Data.Import;
using Dashboard.Tests.Support;
using Dashboard.Web.Charts;
using Microsoft.Data.Sqlite;
using Dashboard.Web.Charts.Maps;

namespace Dashboard.Tests.Geo;

/// <summary>The data folder's geo/ subfolder: accepted by the store build, part of its hash, checked like the CSV files.</summary>
public sealed class GeometryDataFolderTests : IDisposable
{
    private readonly TestDataFolder _folder = new();
    private readonly TempFolder _temp = new("geoai-geo-");

    public void Dispose()
    {
        _folder.Dispose();
        _temp.Dispose();
    }

    private static string ShippedGeometry => File.ReadAllText(RegionGeometryFile.PathIn(RepoPaths.ShippedData));

    private void WriteGeometry(string text)
    {
        Directory.CreateDirectory(Path.Combine(_folder.Path, "geo"));
        File.WriteAllText(RegionGeometryFile.PathIn(_folder.Path), text);
    }

    [Fact]
    public void EnsureBuilt_GeometryAddedThenChanged_RebuildsEachTimeWithANewDataVersion()
    {
        var db = new Database(Path.Combine(_temp.Path, "store.db"));
        var plain = db.EnsureBuilt(_folder.Path);
        var v0 = db.GetDataVersion();

        WriteGeometry(ShippedGeometry);
        var withGeometry = db.EnsureBuilt(_folder.Path);
        var v1 = db.GetDataVersion();
        WriteGeometry(ShippedGeometry.Replace("[87.36,49.21]", "[87.35,49.21]", StringComparison.Ordinal));
        var changed = db.EnsureBuilt(_folder.Path);

        Assert.True(withGeometry.Rebuilt);
        Assert.True(changed.Rebuilt);
        Assert.NotEqual(plain.BuildKey, withGeometry.BuildKey);
        Assert.NotEqual(withGeometry.BuildKey, changed.BuildKey);
        Assert.NotEqual(v0, v1);
        Assert.NotEqual(v1, db.GetDataVersion());
        Assert.False(db.EnsureBuilt(_folder.Path).Rebuilt);
    }

    [Fact]
    public void EnsureBuilt_BrokenGeometry_FailsNamingFileLineAndColumnAndKeepsTheStore()
    {
        var db = new Database(Path.Combine(_temp.Path, "store.db"));
        db.EnsureBuilt(_folder.Path);
        var version = db.GetDataVersion();
        var text = ShippedGeometry;
        var at = text.IndexOf("[86.83,49.83]", StringComparison.Ordinal);
        WriteGeometry(text[..at] + "[86.83,\"x\"]" + text[(at + 13)..]);

        var ex = Assert.Throws<ImportFailedException>(() => db.EnsureBuilt(_folder.Path));

        var error = Assert.Single(ex.Errors);
        Assert.Equal("data/geo/central-asia.geojson", error.File);
        Assert.True(error.Line > 1, error.ToString());
        Assert.NotNull(error.Column);
        Assert.Equal(version, db.GetDataVersion());
    }

    [Fact]
    public void MapGeometryProvider_ShippedFolder_LoadsWithoutSharedSources()
    {
        var provider = new MapGeometryProvider(RepoPaths.ShippedData);

        Assert.NotNull(provider.Geometry);
        Assert.Same(provider.Geometry, provider.Geometry);
        Assert.Null(new MapGeometryProvider(_folder.Path).Geometry);
    }
}

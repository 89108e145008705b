using Dashboard.Data.Geo;
using Dashboard.Data.Import;
using Dashboard.Tests.Support;

namespace Dashboard.Tests.Geo;

public sealed class RegionGeometryFileTests
{
    private static RegionGeometry Shipped => RegionGeometryFile.Load(RepoPaths.ShippedData)!;

    [Fact]
    public void Load_ShippedFile_FiveSubjectsAndTheNeighboursAsContext()
    {
        var g = Shipped;

        Assert.Equal(["KAZ", "KGZ", "TJK", "TKM", "UZB"], g.Subjects.Select(s => s.Code).Order());
        Assert.Equal(["AFG", "AZE", "CHN", "IND", "IRN", "MNG", "PAK", "RUS"], g.Shapes.Where(s => !s.IsSubject).Select(s => s.Code).Order());
        Assert.Equal("Kyrgyzstan", g.Find("KGZ")!.Name);
        Assert.Equal((38, 52, 45, 68), (g.Projection.StandardParallel1, g.Projection.StandardParallel2, g.Projection.OriginLatitude, g.Projection.CentralMeridian));
    }

    [Fact]
    public void Load_ShippedFile_CarriesItsProvenance()
    {
        var p = Shipped.Provenance;

        Assert.StartsWith("Natural Earth 1:110m", p.Source, StringComparison.Ordinal);
        Assert.Contains("naturalearthdata.com", p.Url, StringComparison.Ordinal);
        Assert.Contains("Public domain", p.Licence, StringComparison.Ordinal);
        Assert.StartsWith("Made with Natural Earth", p.Credit, StringComparison.Ordinal);
        Assert.Equal("Boundaries: Natural Earth", p.ImageCredit);
        Assert.Matches("^[0-9a-f]{64}$", p.SourceSha256);
        Assert.Contains("rounded to 0.01 deg", p.Derivation, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_ShippedFile_CoordinatesRoundedAndInsideTheClipBox()
    {
        var g = Shipped;
        var points = g.Shapes.SelectMany(s => s.Polygons).SelectMany(p => p.Rings).SelectMany(r => r).ToList();

        Assert.All(points, p =>
        {
            Assert.True(g.ClipBox.Contains(p), $"{p} outside the clip box");
            Assert.Equal(Math.Round(p.Lon * 100), p.Lon * 100, 6);
            Assert.Equal(Math.Round(p.Lat * 100), p.Lat * 100, 6);
        });
        Assert.InRange(points.Count, 500, 2000);
    }

    [Fact]
    public void Load_ShippedFile_ExtentHoldsTheSubjectsAndLiesInsideTheClipBox()
    {
        var g = Shipped;
        var subjects = MapRect.Bounding(g.Subjects.SelectMany(s => s.Polygons).SelectMany(p => p.Rings).SelectMany(r => r).Select(g.Projection.Project));

        Assert.True(g.Extent.MinX < subjects.MinX && g.Extent.MaxX > subjects.MaxX && g.Extent.MinY < subjects.MinY && g.Extent.MaxY > subjects.MaxY);
        for (var i = 0; i <= 100; i++)
        {
            var t = i / 100.0;
            foreach (var corner in new[] { new MapPoint(g.Extent.MinX + t * g.Extent.Width, g.Extent.MinY), new MapPoint(g.Extent.MinX + t * g.Extent.Width, g.Extent.MaxY),
                         new MapPoint(g.Extent.MinX, g.Extent.MinY + t * g.Extent.Height), new MapPoint(g.Extent.MaxX, g.Extent.MinY + t * g.Extent.Height) })
            {
                Assert.True(g.ClipBox.Contains(g.Projection.Inverse(corner)), $"extent point {corner} is outside the clip box");
            }
        }
    }

    [Fact]
    public void Parse_MissingProvenanceAndBadRole_NamesEachProblem()
    {
        var text = File.ReadAllText(RegionGeometryFile.PathIn(RepoPaths.ShippedData))
            .Replace("\"provenance\"", "\"provenance_old\"", StringComparison.Ordinal)
            .Replace("\"role\": \"context\"}", "\"role\": \"neighbour\"}", StringComparison.Ordinal);

        var ex = Assert.Throws<ImportFailedException>(() =>
            RegionGeometryFile.Parse(GeoJsonReader.Read(System.Text.Encoding.UTF8.GetBytes(text), "data/geo/central-asia.geojson"), "data/geo/central-asia.geojson"));

        Assert.Contains(ex.Errors, e => e.Column == "provenance" && e.Rule.Contains("is missing", StringComparison.Ordinal));
        Assert.Contains(ex.Errors, e => e.Column == "properties.role" && e.Value == "neighbour" && e.Line > 1);
    }

    [Fact]
    public void Load_FolderWithoutGeometry_IsNull()
    {
        using var folder = new TestDataFolder();
        Assert.Null(RegionGeometryFile.Load(folder.Path));
    }
}

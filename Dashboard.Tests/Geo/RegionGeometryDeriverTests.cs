using System.Globalization;
using System.Text;
using Dashboard.Data.Geo;
using Dashboard.Data.Import;
using Dashboard.Tests.Import.Formats;
using Dashboard.Tests.Support;
using Xunit.Abstractions;

namespace Dashboard.Tests.Geo;

public sealed class RegionGeometryDeriverTests(ITestOutputHelper output, SkipNotice skip) : IClassFixture<SkipNotice>, IDisposable
{
    private readonly string _dir = Path.Combine(Path.GetTempPath(), "geoai-geo-derive-" + Guid.NewGuid().ToString("N"));

    public void Dispose()
    {
        if (Directory.Exists(_dir))
        {
            Directory.Delete(_dir, recursive: true);
        }
    }

    [SkippableFact]
    public void Derive_NaturalEarthFile_ReproducesTheShippedFileByteForByte()
    {
        if (!SharedSources.Available)
        {
            output.WriteLine("Skipped: " + SharedSources.MissingReason);
        }

        skip.If(!SharedSources.Available, SharedSources.MissingReason);
        var derivation = RegionGeometryDeriver.Derive(SharedSources.Folder!);
        RegionGeometryDeriver.Write(_dir, derivation);

        var committed = Path.Combine(RepoPaths.Root, "data", "geo", "central-asia.geojson");
        Assert.True(File.ReadAllBytes(committed).AsSpan().SequenceEqual(File.ReadAllBytes(RegionGeometryFile.PathIn(_dir))),
            "data/geo/central-asia.geojson differs from a fresh derive: run the derive command");
        Assert.Equal(13, derivation.Countries);
    }

    [Fact]
    public void ClipBoxOf_Extent_WholeDegreesAroundTheRegion()
    {
        var box = RegionGeometryDeriver.ClipBoxOf(RegionGeometryDeriver.Extent);

        Assert.Equal(new GeoBox(38, 27, 115, 62), box);
    }

    [Fact]
    public void Derive_SmallSource_KeepsTheCountriesRoundsAndIsDeterministic()
    {
        var sources = WriteSource(Squares(RegionGeometryDeriver.Subjects.Concat(RegionGeometryDeriver.Context)));

        var first = RegionGeometryDeriver.Derive(sources);
        var second = RegionGeometryDeriver.Derive(sources);

        Assert.Equal(first.Text, second.Text);
        Assert.Equal(13, first.Countries);
        Assert.Contains("[60.12,40.12]", first.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("60.1234", first.Text, StringComparison.Ordinal);
        var geometry = RegionGeometryFile.Parse(GeoJsonReader.Read(Encoding.UTF8.GetBytes(first.Text), "t"), "t");
        Assert.True(geometry.Find("KAZ")!.IsSubject);
        Assert.False(geometry.Find("CHN")!.IsSubject);
        // Outlines counter-clockwise (RFC 7946) after the derive, though the source ring ran clockwise.
        Assert.All(geometry.Shapes, s => Assert.True(PolygonMath.SignedArea(s.Polygons[0].Rings[0].Select(p => new MapPoint(p.Lon, p.Lat)).ToList()) > 0));
    }

    [Fact]
    public void Derive_CountryWithLandInTheExtentLeftOut_FailsNamingIt()
    {
        var sources = WriteSource(Squares(RegionGeometryDeriver.Subjects.Concat(RegionGeometryDeriver.Context).Append("ARM")));

        var ex = Assert.Throws<ImportFailedException>(() => RegionGeometryDeriver.Derive(sources));

        var error = Assert.Single(ex.Errors);
        Assert.Equal("ARM", error.Value);
        Assert.Contains("has land inside the map extent but is not kept", error.Rule, StringComparison.Ordinal);
    }

    [Fact]
    public void Derive_CountryMissingFromSource_FailsNamingIt()
    {
        var sources = WriteSource(Squares(RegionGeometryDeriver.Subjects.Concat(RegionGeometryDeriver.Context).Where(c => c != "MNG")));

        var ex = Assert.Throws<ImportFailedException>(() => RegionGeometryDeriver.Derive(sources));

        Assert.Contains(ex.Errors, e => e.Value == "MNG" && e.Rule == "no feature has this code");
    }

    /// <summary>One clockwise 1° square per code, spread over the five states' area, the first corner at 60.1234 E.</summary>
    private static string Squares(IEnumerable<string> codes)
    {
        var features = codes.Select((code, i) =>
        {
            var lon = 60.1234 + i % 5 * 2;
            var lat = 40.1234 + i / 5 * 2;
            string P(double x, double y) => string.Create(CultureInfo.InvariantCulture, $"[{x},{y}]");
            var ring = string.Join(",", P(lon, lat), P(lon, lat + 1), P(lon + 1, lat + 1), P(lon + 1, lat), P(lon, lat));
            return $$$"""{"type": "Feature", "properties": {"ADM0_A3": "{{{code}}}", "NAME": "Name {{{code}}}"}, "geometry": {"type": "Polygon", "coordinates": [[{{{ring}}}]]}}""";
        });
        return "{\"type\": \"FeatureCollection\", \"features\": [\n" + string.Join(",\n", features) + "\n]}";
    }

    private string WriteSource(string json)
    {
        var folder = Path.Combine(_dir, "sources");
        Directory.CreateDirectory(Path.Combine(folder, "geo"));
        File.WriteAllText(Path.Combine(folder, "geo", "ne_110m_admin_0_countries.geojson"), json);
        return folder;
    }
}

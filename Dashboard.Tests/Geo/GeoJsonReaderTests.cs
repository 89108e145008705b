using System.Text;
using Dashboard.Data.Geo;
using Dashboard.Data.Import;

namespace Dashboard.Tests.Geo;

public sealed class GeoJsonReaderTests
{
    private static GeoDocument Read(string json) => GeoJsonReader.Read(Encoding.UTF8.GetBytes(json), "test.geojson");

    private static IReadOnlyList<ImportError> Errors(string json) =>
        Assert.Throws<ImportFailedException>(() => Read(json)).Errors;

    [Fact]
    public void Read_PolygonAndMultiPolygon_FeaturesPropertiesAndForeignMembers()
    {
        var doc = Read("""
            {"type": "FeatureCollection", "note": {"a": 1},
             "features": [
              {"type": "Feature", "id": 7, "properties": {"ADM0_A3": "KGZ", "POP": 6.5, "flag": true, "none": null, "list": [1]},
               "geometry": {"coordinates": [[[70, 40], [71, 40], [71, 41], [70, 40]]], "type": "Polygon"}},
              {"type": "Feature", "properties": null, "geometry": {"type": "MultiPolygon", "coordinates": [
                [[[0, 0], [1, 0], [1, 1], [0, 0]], [[0.2, 0.1], [0.8, 0.1], [0.8, 0.7], [0.2, 0.1]]],
                [[[5, 5], [6, 5], [6, 6, 100], [5, 5]]]]}},
              {"type": "Feature", "properties": {}, "geometry": null}
             ]}
            """);

        Assert.Equal(3, doc.Features.Count);
        var kgz = doc.Features[0];
        Assert.Equal("7", kgz.Id);
        Assert.Equal("KGZ", kgz.Property("ADM0_A3"));
        Assert.Equal("6.5", kgz.Property("POP"));
        Assert.Equal("true", kgz.Property("flag"));
        Assert.Null(kgz.Property("none"));
        Assert.Null(kgz.Property("list"));
        Assert.Equal(3, kgz.Line);
        Assert.Equal(new GeoPoint(71, 41), Assert.Single(kgz.Polygons).Rings[0][2]);
        Assert.Equal(2, doc.Features[1].Polygons.Count);
        Assert.Equal(2, doc.Features[1].Polygons[0].Rings.Count);
        Assert.Equal(new GeoPoint(6, 6), doc.Features[1].Polygons[1].Rings[0][2]);
        Assert.Empty(doc.Features[2].Polygons);
        Assert.Equal(1, doc.ForeignMembers["note"].GetProperty("a").GetInt32());
    }

    [Fact]
    public void Read_InvalidJson_NamesLineAndColumn()
    {
        var error = Assert.Single(Errors("{\"type\": \"FeatureCollection\",\n  \"features\": [,]}"));

        Assert.Equal("test.geojson", error.File);
        Assert.Equal(2, error.Line);
        Assert.Equal("16", error.Column);
        Assert.Contains("is not valid JSON", error.Rule, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_BadGeometries_ReportsEveryProblemAtItsLine()
    {
        var errors = Errors("""
            {"type": "FeatureCollection", "features": [
              {"type": "Feature", "properties": {}, "geometry": {"type": "Point", "coordinates": [1, 2]}},
              {"type": "Feature", "properties": {}, "geometry": {"type": "Polygon", "coordinates": [[[0, 0], [1, 0], [1, 1], [0, 1]]]}},
              {"type": "Feature", "properties": {}, "geometry": {"type": "Polygon", "coordinates": [[[0, 0], [1, 0], [0, 0]]]}},
              {"type": "Feature", "properties": {}, "geometry": {"type": "Polygon", "coordinates": [[[0, 0], [181, 0], [1, 1], [0, 0]]]}},
              {"type": "Feature", "properties": {}, "geometry": {"type": "Polygon", "coordinates": [[[0, "x"], [1, 0], [1, 1], [0, 0]]]}},
              {"type": "Thing", "properties": {}, "geometry": {"type": "Polygon", "coordinates": [[[0, 0], [1, 0], [1, 1], [0, 0]]]}}
            ]}
            """);

        Assert.Collection(errors,
            e => Assert.True(e.Line == 2 && e.Rule.Contains("only Polygon and MultiPolygon", StringComparison.Ordinal), e.ToString()),
            e => Assert.True(e.Line == 3 && e.Rule.Contains("must be closed", StringComparison.Ordinal), e.ToString()),
            e => Assert.True(e.Line == 4 && e.Rule.Contains("at least 4 positions (found 3)", StringComparison.Ordinal), e.ToString()),
            e => Assert.True(e.Line == 5 && e.Rule.Contains("[181, 0] is out of range", StringComparison.Ordinal), e.ToString()),
            e => Assert.True(e.Line == 6 && e.Rule.Contains("two or three numbers", StringComparison.Ordinal), e.ToString()),
            e => Assert.True(e.Line == 7 && e.Rule.Contains("\"Feature\"", StringComparison.Ordinal), e.ToString()));
        Assert.All(errors, e => Assert.NotNull(e.Column));
    }

    [Theory]
    [InlineData("[]", "must start with a JSON object")]
    [InlineData("{\"type\": \"Feature\", \"features\": []}", "must be \"FeatureCollection\"")]
    [InlineData("{\"type\": \"FeatureCollection\"}", "features: is missing")]
    public void Read_NotAFeatureCollection_SaysWhat(string json, string expected) =>
        Assert.Contains(Errors(json), e => e.Rule.Contains(expected, StringComparison.Ordinal));
}

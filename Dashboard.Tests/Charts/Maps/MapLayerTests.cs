using Dashboard.Web.Charts;
using Dashboard.Web.Charts.Composing;
using Dashboard.Web.Charts.Maps;

namespace Dashboard.Tests.Charts.Maps;

public sealed class MapLayerTests
{
    [Fact]
    public void Create_ShippedGeometry_ContextFirstSubjectsWithValuesProjected()
    {
        var values = new Dictionary<string, double>(MapSamples.Debt2019) { ["CHN"] = 99, ["USA"] = 5 };

        var layer = MapLayer.Create(MapSamples.Geometry, values, "%", "2019", new Dictionary<string, string> { ["KGZ"] = "Kyrgyz Republic" });

        Assert.Equal(13, layer.Regions.Count);
        Assert.All(layer.Regions.Take(8), r => Assert.False(r.IsSubject));
        Assert.Null(layer.Regions.Single(r => r.Code == "CHN").Value);
        Assert.Equal(47.915408702246445, layer.Regions.Single(r => r.Code == "KGZ").Value);
        Assert.Equal("Kyrgyz Republic", layer.Regions.Single(r => r.Code == "KGZ").Name);
        Assert.Equal([0, 10, 20, 30, 40, 50], layer.Bins.Edges);
        Assert.Equal("Boundaries: Natural Earth", layer.Credit);
        Assert.False(layer.HasMissingValues);
        // Projected metres: Kazakhstan spans about 2,900 km east to west.
        var kaz = layer.Regions.Single(r => r.Code == "KAZ").Polygons.SelectMany(p => p.Rings).SelectMany(r => r).ToList();
        Assert.InRange(kaz.Max(p => p.X) - kaz.Min(p => p.X), 2_700_000, 3_100_000);
    }

    [Fact]
    public void TitleOf_SubjectContextAndMissing()
    {
        var layer = MapSamples.DebtWithoutTurkmenistan();

        Assert.Equal("Kyrgyzstan: 47.9 % (2019)", layer.TitleOf(layer.Regions.Single(r => r.Code == "KGZ")));
        Assert.Equal("Turkmenistan: no data (2019)", layer.TitleOf(layer.Regions.Single(r => r.Code == "TKM")));
        Assert.Equal("China", layer.TitleOf(layer.Regions.Single(r => r.Code == "CHN")));
        Assert.Equal("47.9%", layer.ValueText(layer.Regions.Single(r => r.Code == "KGZ")));
        Assert.True(layer.HasMissingValues);
    }

    [Fact]
    public void TitleOf_UnitOtherThanPercentAndNoPeriod()
    {
        var layer = MapLayer.Create(MapSamples.Geometry, new Dictionary<string, double> { ["KAZ"] = 487 }, "publications", "");

        var kaz = layer.Regions.Single(r => r.Code == "KAZ");
        Assert.Equal("Kazakhstan: 487 publications", layer.TitleOf(kaz));
        Assert.Equal("487", layer.ValueText(kaz));
    }

    [Theory]
    [InlineData(47.915408702246445, "47.9")]
    [InlineData(39.7162825763629, "39.7")]
    [InlineData(3.241467458270653, "3.24")]
    [InlineData(25.00089421991413, "25")]
    [InlineData(0.04125, "0.0413")]
    [InlineData(-12.34, "-12.3")]
    [InlineData(487, "487")]
    [InlineData(103493, "103,493")]
    [InlineData(2_500_000, "2.5 m")]
    [InlineData(0, "0")]
    public void FormatNumber_DefaultPrecision_ThreeSignificantDigits(double value, string expected) =>
        Assert.Equal(expected, MapSamples.DebtWithoutTurkmenistan().FormatNumber(value));

    [Fact]
    public void FormatNumber_IndicatorPrecision_OneDecimalKeptEverywhere()
    {
        var layer = MapSamples.DebtWithoutTurkmenistan() with { Precision = new(1, Significant: false) };

        Assert.Equal("40.0", layer.FormatNumber(40));
        Assert.Equal("3.2", layer.FormatNumber(3.241467458270653));
        Assert.Equal("Kyrgyzstan: 47.9 % (2019)", layer.TitleOf(layer.Regions.Single(r => r.Code == "KGZ")));
    }
}

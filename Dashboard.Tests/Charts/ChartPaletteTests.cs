using Dashboard.Web.Charts;

namespace Dashboard.Tests.Charts;

public sealed class ChartPaletteTests
{
    public static TheoryData<string> Codes()
    {
        var data = new TheoryData<string>();
        foreach (var code in ChartPalette.FixedCodes)
        {
            data.Add(code);
        }

        data.Add("XYZ");
        data.Add("ABC");
        return data;
    }

    [Theory]
    [MemberData(nameof(Codes))]
    public void For_EveryStyle_MeetsAaContrastOnLightAndDark(string code)
    {
        var style = ChartPalette.For(code);

        Assert.True(ChartPalette.Contrast(style.ColorFor(ChartTheme.Light), ChartTheme.Light.Background) >= 4.5, $"{code} light");
        Assert.True(ChartPalette.Contrast(style.ColorFor(ChartTheme.Projector), ChartTheme.Projector.Background) >= 4.5, $"{code} projector");
        Assert.True(ChartPalette.Contrast(style.ColorFor(ChartTheme.Dark), ChartTheme.Dark.Background) >= 4.5, $"{code} dark");
    }

    [Fact]
    public void For_FallbackStyles_AllMeetAaContrast()
    {
        foreach (var style in ChartPalette.FallbackStyles)
        {
            Assert.True(ChartPalette.Contrast(style.ColorFor(ChartTheme.Light), ChartTheme.Light.Background) >= 4.5, style.LightHex);
            Assert.True(ChartPalette.Contrast(style.ColorFor(ChartTheme.Dark), ChartTheme.Dark.Background) >= 4.5, style.DarkHex);
        }
    }

    [Fact]
    public void For_ChinaAndRussia_FixedAndDistinguishableInGreyscale()
    {
        var china = ChartPalette.For("CHN");
        var russia = ChartPalette.For("RUS");

        Assert.Equal("#C0392B", china.LightHex);
        Assert.Equal("#1F4E9C", russia.LightHex);
        Assert.NotEqual(china.Dash, russia.Dash);
        Assert.NotEqual(china.Marker, russia.Marker);
    }

    [Fact]
    public void For_FixedCodes_EachHasOwnDashMarkerPair()
    {
        var pairs = ChartPalette.FixedCodes.Select(c => (ChartPalette.For(c).Dash, ChartPalette.For(c).Marker)).ToList();

        Assert.Equal(pairs.Count, pairs.Distinct().Count());
    }

    [Fact]
    public void For_UnknownCode_StableAcrossCalls()
    {
        Assert.Same(ChartPalette.For("QQQ"), ChartPalette.For("QQQ"));
    }

    [Fact]
    public void Contrast_BlackOnWhite_Is21()
    {
        Assert.Equal(21, ChartPalette.Contrast(ScottPlot.Colors.Black, ScottPlot.Colors.White), 3);
    }
}

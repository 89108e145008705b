using Dashboard.Web.Charts;
using Dashboard.Web.Charts.Styling;

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
    public void Assign_FallbackCodesOfOneColour_GetDistinctColours()
    {
        // Find two unknown codes whose own fallback styles collide.
        var codes = Enumerable.Range(0, 200).Select(i => "Q" + i.ToString(System.Globalization.CultureInfo.InvariantCulture)).ToList();
        var pair = codes.SelectMany(a => codes.Where(b => string.CompareOrdinal(a, b) < 0).Select(b => (a, b)))
            .First(p => ChartPalette.For(p.a).LightHex == ChartPalette.For(p.b).LightHex);

        var styles = ChartPalette.Assign([pair.a, pair.b]);

        Assert.NotEqual(styles[pair.a].LightHex, styles[pair.b].LightHex);
        Assert.Same(ChartPalette.For(pair.a), styles[pair.a]);
        Assert.Same(ChartPalette.For("CHN"), ChartPalette.Assign(["CHN", pair.a, pair.b])["CHN"]);
    }

    [Fact]
    public void Assign_OtherSuppliers_NeutralGreyNeverAFixedColour()
    {
        var other = ChartPalette.Assign([ChartPalette.OtherCode])[ChartPalette.OtherCode];

        Assert.DoesNotContain(ChartPalette.FixedCodes, c => ChartPalette.For(c).LightHex == other.LightHex);
    }

    [Fact]
    public void Contrast_BlackOnWhite_Is21()
    {
        Assert.Equal(21, ChartPalette.Contrast(ScottPlot.Colors.Black, ScottPlot.Colors.White), 3);
    }
}

using Dashboard.Web.Charts;
using Dashboard.Web.Charts.Selection;
using Dashboard.Web.Charts.Styling;
using Dashboard.Web.Decks;
using Dashboard.Web.Export;

namespace Dashboard.Tests.Export;

public sealed class DeckFileSettingsTests
{
    private static ExportSettings Export(string? preset, string? theme = null)
    {
        Assert.True(ExportSettings.TryParse(preset, preset == "custom" ? "1000" : null, preset == "custom" ? "700" : null, null, theme, new ChartOptions(), out var settings, out _, out _));
        return settings;
    }

    [Theory]
    [InlineData(null, DeckSlideSize.Widescreen16x9)]
    [InlineData("slide-16x9", DeckSlideSize.Widescreen16x9)]
    [InlineData("slide-4x3", DeckSlideSize.Standard4x3)]
    [InlineData("document", DeckSlideSize.Widescreen16x9)]
    [InlineData("square", DeckSlideSize.Widescreen16x9)]
    [InlineData("custom", DeckSlideSize.Widescreen16x9)]
    public void TryParse_Preset_SlideSizeFromIt(string? preset, DeckSlideSize expected)
    {
        Assert.True(DeckFileSettings.TryParse(null, null, Export(preset), out var settings, out _, out _));

        Assert.Equal(expected, settings.SlideSize);
        Assert.Equal((DeckChartStyle.Picture, false), (settings.Style, settings.Steps));
    }

    [Fact]
    public void PictureSize_EachSlideSize_TheChartAreaAtTwice()
    {
        Assert.True(DeckFileSettings.TryParse("native", "1", Export("slide-4x3", "dark"), out var settings, out _, out _));

        Assert.Equal((DeckChartStyle.Native, true, ChartTheme.Dark), (settings.Style, settings.Steps, settings.Theme));
        var (w, h) = PptxDeckWriter.PictureSize(DeckSlideSize.Standard4x3, 1600);
        Assert.Equal(new ChartSize(w, h, 2), settings.PictureSize);
        Assert.Equal(new ChartSize(1776, 785, 2), DeckFileSettings.Default.PictureSize);
    }

    [Theory]
    [InlineData("png", null, "slides")]
    [InlineData("picture,native", null, "slides")]
    [InlineData(null, "2", "steps")]
    [InlineData(null, "yes", "steps")]
    public void TryParse_BadWord_NamesTheParameter(string? slides, string? steps, string parameter)
    {
        Assert.False(DeckFileSettings.TryParse(slides, steps, Export(null), out _, out var named, out var error));

        Assert.Equal(parameter, named);
        Assert.Contains($"'{parameter}' must be", error, StringComparison.Ordinal);
    }
}

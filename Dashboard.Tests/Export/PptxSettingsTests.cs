using Dashboard.Tests.Support;
using Dashboard.Web.Charts;
using Dashboard.Web.Charts.Selection;
using Dashboard.Web.Charts.Styling;
using Dashboard.Web.Decks;
using Dashboard.Web.Export;

namespace Dashboard.Tests.Export;

public sealed class DeckFileSettingsTests
{
    private static ExportSettings Export(string? preset, string? theme = null) =>
        Exports.Settings(preset, preset == "custom" ? "1000" : null, preset == "custom" ? "700" : null, null, theme);

    [Theory]
    [InlineData(null, PptxSlideSize.Widescreen16x9)]
    [InlineData("slide-16x9", PptxSlideSize.Widescreen16x9)]
    [InlineData("slide-4x3", PptxSlideSize.Standard4x3)]
    [InlineData("document", PptxSlideSize.Widescreen16x9)]
    [InlineData("square", PptxSlideSize.Widescreen16x9)]
    [InlineData("custom", PptxSlideSize.Widescreen16x9)]
    public void Parse_Preset_SlideSizeFromIt(string? preset, PptxSlideSize expected)
    {
        var (settings, errors) = PptxSettings.Parse(null, null, Export(preset));

        Assert.False(errors.Any);
        Assert.Equal(expected, settings.SlideSize);
        Assert.Equal((PptxChartStyle.Picture, false), (settings.Style, settings.Steps));
    }

    [Fact]
    public void PictureSize_EachSlideSize_TheChartAreaAtTwice()
    {
        var (settings, errors) = PptxSettings.Parse("native", "1", Export("slide-4x3", "dark"));
        Assert.False(errors.Any);

        Assert.Equal((PptxChartStyle.Native, true, ChartTheme.Dark), (settings.Style, settings.Steps, settings.Theme));
        var (w, h) = PptxWriter.PictureSize(PptxSlideSize.Standard4x3, 1600);
        Assert.Equal(new ChartSize(w, h, 2), settings.PictureSize);
        Assert.Equal(new ChartSize(1776, 785, 2), PptxSettings.Default.PictureSize);
    }

    [Theory]
    [InlineData("png", null, "slides")]
    [InlineData("picture,native", null, "slides")]
    [InlineData(null, "2", "steps")]
    [InlineData(null, "yes", "steps")]
    public void Parse_BadWord_NamesTheParameter(string? slides, string? steps, string parameter)
    {
        var (_, errors) = PptxSettings.Parse(slides, steps, Export(null));

        Assert.Equal(parameter, errors.FirstParameter);
        Assert.Contains($"'{parameter}' must be", errors.FirstMessage, StringComparison.Ordinal);
    }
}

using Dashboard.Tests.Support;
using Dashboard.Web.Charts;
using Dashboard.Web.Charts.Selection;
using Dashboard.Web.Charts.Styling;
using Dashboard.Web.Decks;
using Dashboard.Web.Export;

namespace Dashboard.Tests.Export;

public sealed class PptxSettingsTests
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
        var (settings, errors) = PptxSettings.Parse(null, null, null, Export(preset));

        Assert.False(errors.Any);
        Assert.Equal(expected, settings.SlideSize);
        Assert.Equal((PptxChartStyle.Picture, false), (settings.Style, settings.Steps));
    }

    [Fact]
    public void Look_DarkTheme_SlideBackgroundAndTextOfTheTheme()
    {
        var (settings, errors) = PptxSettings.Parse("native", "1", null, Export("slide-4x3", "dark"));
        Assert.False(errors.Any);

        Assert.Equal((PptxChartStyle.Native, true, ChartTheme.Dark), (settings.Style, settings.Steps, settings.Theme));
        Assert.Equal(("14171C", "ECEEF1"), (settings.Look.BackgroundHex, settings.Look.TextHex));
        Assert.Equal(1.0, settings.Look.TextScale);
        Assert.Null(PptxSettings.Default.Look.BackgroundHex);
    }

    [Fact]
    public void Look_ProjectorTheme_LargerTextSameColours()
    {
        var (settings, _) = PptxSettings.Parse("native", null, null, Export("slide-16x9", "projector"));

        Assert.Null(settings.Look.BackgroundHex);
        Assert.Equal(1.2, settings.Look.TextScale, 3);
        Assert.Equal(1700, settings.Look.Size(1400));
    }

    [Fact]
    public void Parse_TemplatePaletteWithoutTemplate_NamesPalette()
    {
        var (_, errors) = PptxSettings.Parse("native", null, "template", Export(null));

        Assert.Equal("palette", errors.FirstParameter);
        Assert.Contains("template=", errors.FirstMessage, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("png", null, "slides")]
    [InlineData("picture,native", null, "slides")]
    [InlineData(null, "2", "steps")]
    [InlineData(null, "yes", "steps")]
    [InlineData(null, null, "palette")]
    public void Parse_BadWord_NamesTheParameter(string? slides, string? steps, string parameter)
    {
        var (_, errors) = PptxSettings.Parse(slides, steps, parameter == "palette" ? "rainbow" : null, Export(null));

        Assert.Equal(parameter, errors.FirstParameter);
        Assert.Contains($"'{parameter}' must be", errors.FirstMessage, StringComparison.Ordinal);
    }
}

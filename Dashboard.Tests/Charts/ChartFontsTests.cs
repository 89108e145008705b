using Dashboard.Web.Charts;
using Dashboard.Web.Charts.Rendering;
using SkiaSharp;

namespace Dashboard.Tests.Charts;

public sealed class ChartFontsTests
{
    [Fact]
    public void EnsureRegistered_BundledFiles_RegularAndBoldWithTurkishAndCyrillicGlyphs()
    {
        ChartFonts.EnsureRegistered();

        Assert.True(File.Exists(ChartFonts.RegularFile));
        Assert.True(File.Exists(ChartFonts.BoldFile));
        Assert.True(File.Exists(Path.Combine(ChartFonts.Folder, "LICENSE-DejaVu.txt")));
        Assert.Equal(ChartFonts.Family, ScottPlot.Fonts.Default);
        Assert.NotNull(ScottPlot.Fonts.GetTypeface(ChartFonts.Family, bold: true, italic: false));
        Assert.Equal("DejaVu Sans", ChartFonts.Regular.FamilyName);
        Assert.True(ChartFonts.Bold.FontWeight > ChartFonts.Regular.FontWeight, "bold is not bolder than regular");
        using var font = new SKFont(ChartFonts.Regular);
        Assert.True(font.ContainsGlyphs("ışğİüçöÜÇÖ Россия Китай"), "missing glyphs");
    }
}

using Dashboard.Web.Charts;
using Dashboard.Web.Charts.Drawing;
using Dashboard.Web.Charts.Rendering;
using Dashboard.Web.Charts.Selection;
using Dashboard.Web.Charts.Styling;

namespace Dashboard.Tests.Charts;

public sealed class ChartRendererTests
{
    public ChartRendererTests() => ChartFonts.EnsureRegistered();

    public static TheoryData<ChartKind, string, int, int, int> KindsThemesSizes()
    {
        var data = new TheoryData<ChartKind, string, int, int, int>();
        foreach (var kind in SampleSpecs.Kinds)
        {
            data.Add(kind, "light", 1200, 675, 1);
            data.Add(kind, "dark", 640, 360, 2);
            data.Add(kind, "projector", 1920, 1080, 1);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(KindsThemesSizes))]
    public void RenderPng_EveryKind_ExactSizeAndNotBlank(ChartKind kind, string theme, int width, int height, int scale)
    {
        var spec = SampleSpecs.For(kind);
        var size = new ChartSize(width, height, scale);
        using var plot = ChartBuilder.Build(spec, ChartTheme.Find(theme)!, size);

        var png = ChartRenderer.RenderPng(plot, size);

        // Kept under the test output for people to look at.
        var folder = Directory.CreateDirectory(Path.Combine(AppContext.BaseDirectory, "chart-samples"));
        File.WriteAllBytes(Path.Combine(folder.FullName, $"{kind}-{theme}-{width}x{height}@{scale}.png"), png);
        ImageAssert.PngSize(png, width * scale, height * scale);
        Assert.True(ImageAssert.InkShare(png) > 0.01, "the image is (almost) blank");
        // Title band (top left) and footer band (bottom left) carry text.
        Assert.True(ImageAssert.InkShare(png, 0, 0, 0.5f, 0.09f) > 0.01, "no title ink");
        Assert.True(ImageAssert.InkShare(png, 0, 0.9f, 0.5f, 1f) > 0.005, "no footer ink");
    }

    [Theory]
    [MemberData(nameof(KindsThemesSizes))]
    public void RenderSvg_EveryKind_ValidXmlWithTitleAndSource(ChartKind kind, string theme, int width, int height, int scale)
    {
        var spec = SampleSpecs.For(kind);
        var size = new ChartSize(width, height, scale);
        using var plot = ChartBuilder.Build(spec, ChartTheme.Find(theme)!, size);

        var svg = ChartRenderer.RenderSvg(plot, size, spec.Title);

        var doc = ImageAssert.Svg(svg);
        var text = ImageAssert.SvgText(doc);
        Assert.Contains(spec.Title, text, StringComparison.Ordinal);
        Assert.Contains(SampleSpecs.SourceText, text, StringComparison.Ordinal);
        Assert.Equal((width * scale).ToString(System.Globalization.CultureInfo.InvariantCulture), doc.Root!.Attribute("width")!.Value);
        Assert.Equal((height * scale).ToString(System.Globalization.CultureInfo.InvariantCulture), doc.Root!.Attribute("height")!.Value);
    }

    [Theory]
    [MemberData(nameof(KindsThemesSizes))]
    public void RenderSvg_EveryKind_DrawsTheChartOnce(ChartKind kind, string theme, int width, int height, int scale)
    {
        var spec = SampleSpecs.For(kind);
        var size = new ChartSize(width, height, scale);
        using var plot = ChartBuilder.Build(spec, ChartTheme.Find(theme)!, size);

        var doc = ImageAssert.Svg(ChartRenderer.RenderSvg(plot, size, spec.Title));

        // ScottPlot's first render is a layout pass plus the final pass; only the final one may reach the SVG.
        var ns = doc.Root!.Name.Namespace;
        Assert.Single(doc.Descendants(ns + "text"), t => t.Value == spec.Title);
    }

    [Fact]
    public void Render_TurkishAndCyrillicTitle_TextInSvgAndInkInPngTitleRegion()
    {
        const string Title = "Türkiye ve Orta Asya: ışık, şeker, dağ, İstanbul — Россия и Китай";
        var spec = SampleSpecs.GroupedBar() with { Title = Title };
        var size = ChartSize.Default;
        using var plot = ChartBuilder.Build(spec, ChartTheme.Light, size);

        var svg = ChartRenderer.RenderSvg(plot, size, spec.Title);
        var png = ChartRenderer.RenderPng(plot, size);

        Assert.Contains(Title, ImageAssert.SvgText(ImageAssert.Svg(svg)), StringComparison.Ordinal);
        // The title line spans most of the width at 26 px bold: its band must carry plenty of ink.
        Assert.True(ImageAssert.InkShare(png, 0.02f, 0.02f, 0.7f, 0.085f) > 0.04, "the title region is (almost) blank");
    }

    [Fact]
    public void Render_EmptySpec_DrawsNoDataMessage()
    {
        var spec = SampleSpecs.Line() with { Series = [] };
        var size = ChartSize.Default;
        using var plot = ChartBuilder.Build(spec, ChartTheme.Light, size);

        var svg = ChartRenderer.RenderSvg(plot, size, spec.Title);

        Assert.Contains(ChartBuilder.NoDataMessage, ImageAssert.SvgText(ImageAssert.Svg(svg)), StringComparison.Ordinal);
    }

    [Fact]
    public void RenderPng_FastPath_DecodesToSamePixelsAsNaive()
    {
        var spec = SampleSpecs.Line();
        var size = new ChartSize(600, 340, 1);
        using var plot = ChartBuilder.Build(spec, ChartTheme.Light, size);

        var fast = ChartRenderer.RenderPng(plot, size);
        var naive = plot.GetImageBytes(size.PixelWidth, size.PixelHeight, ScottPlot.ImageFormat.Png);

        using var a = SkiaSharp.SKBitmap.Decode(fast);
        using var b = SkiaSharp.SKBitmap.Decode(naive);
        var differing = 0;
        for (var y = 0; y < a.Height; y += 3)
        {
            for (var x = 0; x < a.Width; x += 3)
            {
                if (a.GetPixel(x, y) != b.GetPixel(x, y))
                {
                    differing++;
                }
            }
        }

        Assert.True(differing < a.Width * a.Height / 9 / 100, $"{differing} sampled pixels differ");
    }
}

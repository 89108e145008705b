using System.Text;
using Dashboard.Web.Charts.Drawing;
using Dashboard.Web.Charts.Files;
using Dashboard.Web.Charts.Selection;
using ScottPlot;
using SkiaSharp;
using Dashboard.Web.Charts.Maps;
using Dashboard.Web.Text;

namespace Dashboard.Web.Charts.Rendering;

/// <summary>
/// Renders a plot to PNG or SVG bytes at Width×Scale by Height×Scale pixels (the plot's ScaleFactor must be the
/// scale, as <see cref="ChartBuilder"/> sets it). PNG takes the fast path: draw on a raster surface and encode with
/// the "Up" filter at zlib level 3 (docs/PERFORMANCE.md: about a third or less of
/// <c>Plot.GetImageBytes(…, Png)</c>'s time for files some 20 % larger).
/// </summary>
public static class ChartRenderer
{
    public static readonly SKPngEncoderOptions FastPng = new(SKPngEncoderFilterFlags.Up, 3);

    public static byte[] RenderPng(Plot plot, ChartSize size)
    {
        var info = new SKImageInfo(size.PixelWidth, size.PixelHeight, SKColorType.Rgba8888, SKAlphaType.Premul);
        using var surface = SKSurface.Create(info) ?? throw new InvalidOperationException($"Cannot allocate a {size.PixelWidth}×{size.PixelHeight} surface.");
        plot.Render(surface.Canvas, size.PixelWidth, size.PixelHeight);
        using var pixels = surface.PeekPixels();
        using var data = pixels.Encode(FastPng) ?? throw new InvalidOperationException("PNG encoding failed.");
        return data.ToArray();
    }

    /// <summary>Lays the plot out and runs its drawing code on a canvas that draws nothing (layout and measurements only).</summary>
    public static void RenderLayout(Plot plot, ChartSize size)
    {
        using var canvas = new SKNoDrawCanvas(size.PixelWidth, size.PixelHeight);
        plot.Render(canvas, size.PixelWidth, size.PixelHeight);
    }

    /// <summary>Raw SVG from Skia's SVG canvas (UTF-8); <see cref="SvgPostProcessor"/> makes it standalone and tidy.</summary>
    public static string RenderSvgRaw(Plot plot, ChartSize size)
    {
        // ScottPlot renders a plot's first frame twice (layout, then final). On an SVG canvas both passes would be
        // written, doubling the file; the layout pass goes to a canvas that draws nothing.
        RenderLayout(plot, size);

        using var stream = new MemoryStream();
        using (var canvas = SKSvgCanvas.Create(new SKRect(0, 0, size.PixelWidth, size.PixelHeight), stream))
        {
            plot.Render(canvas, size.PixelWidth, size.PixelHeight);
        }

        return Encoding.UTF8.GetString(stream.ToArray());
    }

    /// <summary>
    /// Standalone SVG; a map's countries get their titles (<see cref="MapSvgTitles"/>). Characters XML cannot hold and
    /// bidi overrides are dropped from the finished document (<see cref="UnsafeText"/>): Skia writes text as it gets it.
    /// </summary>
    public static string RenderSvg(Plot plot, ChartSize size, string title, string culture = "en") =>
        UnsafeText.Strip(MapSvgTitles.Attach(SvgPostProcessor.Process(RenderSvgRaw(plot, size), title, culture), plot));
}

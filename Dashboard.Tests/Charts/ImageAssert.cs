using System.Xml.Linq;
using Dashboard.Web.Charts;
using Dashboard.Web.Charts.Files;
using SkiaSharp;

namespace Dashboard.Tests.Charts;

/// <summary>Checks on rendered files: PNG size from IHDR, pixels that differ from the background, SVG as XML.</summary>
internal static class ImageAssert
{
    public static void PngSize(byte[] png, int width, int height)
    {
        Assert.True(png.Length > 33, "not a PNG");
        Assert.Equal([137, 80, 78, 71, 13, 10, 26, 10], png[..8]);
        Assert.Equal((width, height), PngText.ReadSize(png));
    }

    /// <summary>Share of pixels in a region (fractions of the image) that differ clearly from the top-left pixel.</summary>
    public static double InkShare(byte[] png, float left = 0, float top = 0, float right = 1, float bottom = 1)
    {
        using var bitmap = SKBitmap.Decode(png);
        var background = bitmap.GetPixel(0, 0);
        var (x0, y0) = ((int)(left * bitmap.Width), (int)(top * bitmap.Height));
        var (x1, y1) = ((int)(right * bitmap.Width), (int)(bottom * bitmap.Height));
        long ink = 0, total = 0;
        for (var y = y0; y < y1; y++)
        {
            for (var x = x0; x < x1; x++)
            {
                var p = bitmap.GetPixel(x, y);
                total++;
                if (Math.Abs(p.Red - background.Red) + Math.Abs(p.Green - background.Green) + Math.Abs(p.Blue - background.Blue) > 60)
                {
                    ink++;
                }
            }
        }

        return total == 0 ? 0 : ink / (double)total;
    }

    public static XDocument Svg(string svg)
    {
        var doc = XDocument.Parse(svg);
        Assert.Equal("svg", doc.Root!.Name.LocalName);
        Assert.DoesNotContain("@import", svg, StringComparison.Ordinal);
        Assert.DoesNotMatch("url\\((?!#)", svg);
        Assert.DoesNotMatch("(href|src)=\"(?!#)", svg);
        return doc;
    }

    /// <summary>All text of the SVG's text elements in document order, XML-decoded, joined by spaces (wrapped lines rejoin).</summary>
    public static string SvgText(XDocument doc) =>
        string.Join(" ", doc.Descendants().Where(e => e.Name.LocalName == "text").Select(e => e.Value.Trim()));
}

using Dashboard.Web.Charts;
using Dashboard.Web.Charts.Files;
using Dashboard.Web.Charts.Rendering;

namespace Dashboard.Tests.Charts;

public sealed class SvgPostProcessorTests
{
    private const string Raw = """
        <?xml version="1.0" encoding="utf-8" ?>
        <svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" width="300" height="200">
        	<text font-size="12" font-family="DejaVu Sans" x="1, 2, 3, " y="8, ">
        			A&amp;B
        	</text>
        </svg>
        """;

    [Fact]
    public void Process_RawSkiaSvg_FallbackFontsViewBoxTitleAndTidyText()
    {
        var svg = SvgPostProcessor.Process(Raw, "Title <&> x");

        var doc = System.Xml.Linq.XDocument.Parse(svg);
        Assert.Contains($"font-family=\"{ChartFonts.SvgFontFamily}\"", svg, StringComparison.Ordinal);
        Assert.Contains("sans-serif", ChartFonts.SvgFontFamily, StringComparison.Ordinal);
        Assert.Contains("x=\"1, 2, 3\"", svg, StringComparison.Ordinal);
        Assert.Contains("y=\"8\"", svg, StringComparison.Ordinal);
        Assert.Contains(">A&amp;B</text>", svg, StringComparison.Ordinal);
        Assert.Equal("0 0 300 200", doc.Root!.Attribute("viewBox")!.Value);
        Assert.Equal("Title <&> x", doc.Root.Elements().First(e => e.Name.LocalName == "title").Value);
    }
}

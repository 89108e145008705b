using System.Net;
using Dashboard.Tests.Support;
using Dashboard.Web.Security;

namespace Dashboard.Tests.Pages;

/// <summary>/embed/{id}: the framable chart page, its errors, its headers, and the Embed box that offers it.</summary>
public sealed class EmbedPageTests(ShippedDataFactory factory) : IClassFixture<ShippedDataFactory>
{
    [Fact]
    public async Task Get_Embed_ChartTitleSourceLicenceAndFullViewLink()
    {
        var (response, doc) = await factory.GetPageAsync("/embed/top500-systems?entities=RUS,CHN&from=2010");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("TOP500 supercomputers by country", doc.QuerySelector("h1.embed-title")?.TextContent.Trim());
        // The image URL carries the data version (v=…), so a cache in front may keep it for good.
        Assert.Matches(@"^/charts/top500-systems\.png\?entities=CHN,RUS&from=2010&v=[0-9a-f]+\.[0-9a-f]+$", doc.QuerySelector("figure.chart img")?.GetAttribute("src"));
        Assert.NotNull(doc.QuerySelector("[data-chart-values] picture source[media*='max-width'][srcset*='layout=narrow']"));
        var source = System.Text.RegularExpressions.Regex.Replace(doc.QuerySelector(".embed-source")!.TextContent, @"\s+", " ");
        Assert.Contains("Source: TOP500.org", source, StringComparison.Ordinal);
        Assert.Contains("Licence:", source, StringComparison.Ordinal);
        Assert.Equal("/compare?indicator=top500-systems&entities=CHN,RUS&from=2010", doc.QuerySelector(".embed-link a")?.GetAttribute("href"));
        Assert.Equal("_blank", doc.QuerySelector("base")?.GetAttribute("target"));
        Assert.Null(doc.QuerySelector("header.site"));
        Assert.All(doc.QuerySelectorAll("script"), s => Assert.False(string.IsNullOrEmpty(s.GetAttribute("src"))));
    }

    [Fact]
    public async Task Get_Embed_MayBeFramedButOtherPagesMayNot()
    {
        var client = factory.CreateClient();

        using var embed = await client.GetAsync(new Uri("/embed/top500-systems", UriKind.Relative));
        using var home = await client.GetAsync(new Uri("/", UriKind.Relative));
        using var indicator = await client.GetAsync(new Uri("/indicators/top500-systems", UriKind.Relative));
        using var chart = await client.GetAsync(new Uri("/charts/top500-systems.png", UriKind.Relative));

        Assert.Equal(SecurityHeadersMiddleware.ContentSecurityPolicy.Replace("frame-ancestors 'none'", "frame-ancestors *", StringComparison.Ordinal),
            embed.Headers.GetValues("Content-Security-Policy").Single());
        Assert.Contains("script-src 'self'", embed.Headers.GetValues("Content-Security-Policy").Single(), StringComparison.Ordinal);
        Assert.False(embed.Headers.Contains("X-Frame-Options"));
        foreach (var other in new[] { home, indicator, chart })
        {
            Assert.Equal("DENY", other.Headers.GetValues("X-Frame-Options").Single());
            Assert.Contains("frame-ancestors 'none'", other.Headers.GetValues("Content-Security-Policy").Single(), StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task Get_EmbedOfUnknownIndicator_404PageThatFitsAFrame()
    {
        var (response, doc) = await factory.GetPageAsync("/embed/no-such-indicator");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains("There is no indicator with this id.", doc.QuerySelector(".error-box")!.TextContent, StringComparison.Ordinal);
        Assert.False(response.Headers.Contains("X-Frame-Options"));
    }

    [Theory]
    [InlineData("from=2019-13", "from")]
    [InlineData("entities=ZZZ", "entities")]
    [InlineData("entities=C$N", "entities")]
    [InlineData("counterpart=QQQ", "counterpart")]
    public async Task Get_EmbedWithBadSelection_400NamingTheParameter(string query, string parameter)
    {
        var (response, doc) = await factory.GetPageAsync("/embed/top500-systems?" + query);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains($"Parameter '{parameter}'", doc.QuerySelector(".error-box")!.TextContent, StringComparison.Ordinal);
        Assert.Null(doc.QuerySelector("figure.chart"));
    }

    [Theory]
    [InlineData("/indicators/top500-systems", "/embed/top500-systems\"")]
    [InlineData("/compare?indicator=top500-systems&entities=CHN,RUS&from=2010", "/embed/top500-systems?entities=CHN,RUS&amp;from=2010\"")]
    public async Task Get_PageWithChart_EmbedBoxHasIframeSnippetWithTitleAndHeight(string page, string src)
    {
        var (response, doc) = await factory.GetPageAsync(page);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var code = doc.QuerySelector("section.embed-box textarea#embed-code")!.TextContent;
        Assert.StartsWith("<iframe src=\"", code, StringComparison.Ordinal);
        Assert.Contains(src, code, StringComparison.Ordinal);
        Assert.Contains("title=\"TOP500 supercomputers by country (GeoAI Dashboard)\"", code, StringComparison.Ordinal);
        Assert.Contains("height=\"640\"", code, StringComparison.Ordinal);
        Assert.Contains("></iframe>", code, StringComparison.Ordinal);
        // The script that fits the frame to its content follows it, from the same address as the frame.
        Assert.EndsWith("/js/embed-resize.js\" async></script>", code, StringComparison.Ordinal);
        Assert.NotNull(doc.QuerySelector("label[for=embed-code]"));
    }
}

using System.Net;
using Dashboard.Tests.Support;

namespace Dashboard.Tests.Pages;

public sealed class LayoutTests(ShippedDataFactory factory) : IClassFixture<ShippedDataFactory>
{
    public static TheoryData<string> Pages() => new() { "/", "/indicators", "/indicators/top500-systems", "/compare", "/timeline", "/sources" };

    [Theory]
    [MemberData(nameof(Pages))]
    public async Task Get_Page_HasSkipLinkNavMainFooterAndNoInlineScriptOrStyle(string path)
    {
        var (response, doc) = await factory.GetPageAsync(path);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("#main", doc.QuerySelector("body > a.skip")?.GetAttribute("href"));
        Assert.NotNull(doc.QuerySelector("main#main"));
        Assert.NotNull(doc.QuerySelector("footer"));
        var nav = doc.QuerySelectorAll("nav[aria-label='Main'] a").Select(a => a.GetAttribute("href")).ToList();
        // Other areas (e.g. /claims) add their own entries after these.
        Assert.Equal(["/", "/compare", "/timeline", "/sources"], nav.Take(4));
        Assert.Single(doc.QuerySelectorAll("nav[aria-label='Main'] a[aria-current='page']"));
        Assert.False(string.IsNullOrWhiteSpace(doc.Title));

        // The CSP forbids inline script, inline event handlers and inline styles (scripts only as files under /js/).
        Assert.All(doc.QuerySelectorAll("script"), s => Assert.StartsWith("/js/", s.GetAttribute("src") ?? "", StringComparison.Ordinal));
        Assert.Empty(doc.QuerySelectorAll("style"));
        Assert.Empty(doc.QuerySelectorAll("[style]"));
        Assert.DoesNotContain(doc.All, e => e.Attributes.Any(a => a.Name.StartsWith("on", StringComparison.Ordinal)));
    }

    [Theory]
    [MemberData(nameof(Pages))]
    public async Task Get_Page_EveryImageHasAltAndEveryTableHasCaptionAndHeaders(string path)
    {
        var (_, doc) = await factory.GetPageAsync(path);

        Assert.All(doc.QuerySelectorAll("img"), img => Assert.False(string.IsNullOrWhiteSpace(img.GetAttribute("alt"))));
        Assert.All(doc.QuerySelectorAll("table"), table =>
        {
            Assert.NotNull(table.QuerySelector("caption"));
            Assert.NotEmpty(table.QuerySelectorAll("th[scope=col]"));
        });
        Assert.All(doc.QuerySelectorAll("select, input:not([type=checkbox]):not([type=hidden])"), field =>
            Assert.NotNull(doc.QuerySelector($"label[for='{field.Id}']")));
    }

    [Fact]
    public async Task Get_UnknownPath_Returns404PageWithLayout()
    {
        var (response, doc) = await factory.GetPageAsync("/no/such/page");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("Page not found", doc.QuerySelector("h1")?.TextContent);
        Assert.NotNull(doc.QuerySelector("a.skip"));
    }

    [Fact]
    public async Task Post_UnknownPath_Returns404PageNotAntiforgery400()
    {
        using var response = await factory.CreateClient().PostAsync(new Uri("/no/such/page", UriKind.Relative), new StringContent("x=1"));
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains("Page not found", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Get_Stylesheet_IsServed()
    {
        var response = await factory.CreateClient().GetAsync(new Uri("/css/site.css", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("prefers-color-scheme: dark", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }
}

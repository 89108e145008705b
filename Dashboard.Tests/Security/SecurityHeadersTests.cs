using Dashboard.Tests.Support;

namespace Dashboard.Tests.Security;

public sealed class SecurityHeadersTests : IDisposable
{
    private readonly AdminAppFactory _factory = new();

    public void Dispose() => _factory.Dispose();

    [Theory]
    [InlineData("/")]
    [InlineData("/api/indicators")]
    [InlineData("/admin")]
    [InlineData("/healthz")]
    [InlineData("/css/site.css")]
    [InlineData("/no-such-page")]
    public async Task Response_AnyUrl_CarriesSecurityHeaders(string url)
    {
        using var client = _factory.CreateClient();

        var response = await client.GetAsync(url);

        Assert.Equal("default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; object-src 'none'; frame-ancestors 'none'; base-uri 'self'; form-action 'self'",
            response.Headers.GetValues("Content-Security-Policy").Single());
        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.Equal("DENY", response.Headers.GetValues("X-Frame-Options").Single());
        Assert.Equal("strict-origin-when-cross-origin", response.Headers.GetValues("Referrer-Policy").Single());
        Assert.Contains("camera=()", response.Headers.GetValues("Permissions-Policy").Single(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/")]
    [InlineData("/admin")]
    [InlineData("/api-docs")]
    public async Task Page_Html_HasNoInlineScriptOrStyle(string url)
    {
        using var client = _factory.CreateClient();
        client.DefaultRequestHeaders.Authorization = new("Bearer", AdminAppFactory.Token);

        var html = await client.GetStringAsync(url);
        var doc = new AngleSharp.Html.Parser.HtmlParser().ParseDocument(html);

        Assert.All(doc.QuerySelectorAll("script"), s => Assert.False(string.IsNullOrEmpty(s.GetAttribute("src")), "inline script: " + s.OuterHtml));
        Assert.Empty(doc.QuerySelectorAll("style"));
        Assert.Empty(doc.QuerySelectorAll("[style]"));
        Assert.DoesNotContain(doc.All, e => e.Attributes.Any(a => a.Name.StartsWith("on", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task Api_CrossOriginRequest_GetsNoCorsHeaders()
    {
        using var client = _factory.CreateClient();
        var request = new HttpRequestMessage(HttpMethod.Get, "/api/indicators");
        request.Headers.Add("Origin", "https://elsewhere.example");

        var response = await client.SendAsync(request);

        Assert.False(response.Headers.Contains("Access-Control-Allow-Origin"));
    }
}

using System.Net;
using System.Net.Http.Headers;
using Dashboard.Tests.Support;
using Dashboard.Web.Caching;
using Dashboard.Web.Setup;

namespace Dashboard.Tests.Caching;

/// <summary>
/// The data pages are kept in the output cache per exact URL and data version, with ETag, 304 and Cache-Control; the
/// second request of a page is served from the cache (it then carries <c>Age</c>, which only cached answers have).
/// </summary>
public sealed class DataPageCacheTests(ShippedDataFactory shared) : IClassFixture<ShippedDataFactory>
{
    /// <summary>One URL of each page whose model carries <see cref="DataPageAttribute"/>.</summary>
    public static TheoryData<string> DataPageUrls() =>
    [
        "/",
        "/indicators",
        "/indicators/top500-systems",
        "/compare?indicator=top500-systems&entities=CHN,RUS",
        "/claims",
        "/sources",
        "/timeline?actor=CHN",
        "/present?deck=paper",
        "/embed/top500-systems?entities=CHN,RUS",
    ];

    [Fact]
    public void DataPages_EveryMarkedPage_HasAUrlInTheseTests()
    {
        var marked = typeof(Program).Assembly.GetTypes()
            .Where(t => t.IsSubclassOf(typeof(Microsoft.AspNetCore.Mvc.RazorPages.PageModel)) && t.GetCustomAttributes(typeof(DataPageAttribute), false).Length > 0)
            .ToList();

        Assert.Equal(9, marked.Count);
        Assert.Equal(marked.Count, DataPageUrls().Count);
    }

    [Theory]
    [MemberData(nameof(DataPageUrls))]
    public async Task Get_DataPageTwice_SecondFromCacheWithSameBodyAndHeaders(string url)
    {
        using var factory = new DashboardFactory();
        using var client = factory.CreateClient();

        using var first = await client.GetAsync(new Uri(url, UriKind.Relative));
        using var second = await client.GetAsync(new Uri(url, UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Null(first.Headers.Age);
        Assert.NotNull(second.Headers.Age);
        Assert.Equal(await first.Content.ReadAsStringAsync(), await second.Content.ReadAsStringAsync());
        Assert.Matches("^\"p[0-9a-f]{32}\"$", first.Headers.ETag!.Tag);
        Assert.Equal(first.Headers.ETag, second.Headers.ETag);
        Assert.Equal("public, max-age=60", first.Headers.CacheControl!.ToString());
        Assert.Equal(first.Headers.CacheControl, second.Headers.CacheControl);
        Assert.Equal(first.Content.Headers.ContentLength, second.Content.Headers.ContentLength);
    }

    [Theory]
    [MemberData(nameof(DataPageUrls))]
    public async Task Get_DataPage_NoCookieNoAntiforgeryTokenNoUserContent(string url)
    {
        using var client = shared.CreateClient();

        using var response = await client.GetAsync(new Uri(url, UriKind.Relative));
        var html = await response.Content.ReadAsStringAsync();

        Assert.False(response.Headers.Contains("Set-Cookie"));
        Assert.DoesNotContain("__RequestVerificationToken", html, StringComparison.Ordinal);
        Assert.DoesNotContain("method=\"post\"", html, StringComparison.OrdinalIgnoreCase);
        // The site footer links every reader to the admin sign-in (issue 24; embeds and present mode have no footer);
        // nothing else of admin is on a shared page.
        var footerLink = "<a href=\"/admin\">Admin</a>";
        Assert.True(html.Split(footerLink).Length <= 2, "the admin link more than once");
        Assert.DoesNotContain("/admin", html.Replace(footerLink, "", StringComparison.Ordinal), StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task Get_DataVersionChangedByAnotherProcess_PageRenderedAgainWithNewETagAndChartVersion()
    {
        using var factory = new DashboardFactory();
        using var client = factory.CreateClient();
        const string Url = "/indicators/top500-systems";
        using var before = await client.GetAsync(new Uri(Url, UriKind.Relative));
        var oldVersion = VersionedUrl.Parameter(factory);

        // As an import by the CLI in another process would: a new data version, committed outside the app.
        factory.ChangeDataVersionElsewhere("changed-elsewhere");

        using var after = await client.GetAsync(new Uri(Url, UriKind.Relative));
        var html = await after.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, after.StatusCode);
        Assert.Null(after.Headers.Age);
        Assert.NotEqual(before.Headers.ETag, after.Headers.ETag);
        Assert.Contains(VersionedUrl.Parameter(factory), html, StringComparison.Ordinal);
        Assert.DoesNotContain(oldVersion, html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Get_IfNoneMatchWithThePageETag_304FromCacheAndFromAnotherInstance()
    {
        using var instanceA = new DashboardFactory();
        using var instanceB = new DashboardFactory();
        using var clientA = instanceA.CreateClient();
        using var first = await clientA.GetAsync(new Uri("/sources", UriKind.Relative));
        var etag = first.Headers.ETag!;

        var cached = await ConditionalGetAsync(clientA, "/sources", etag);
        using var clientB = instanceB.CreateClient();
        var fresh = await ConditionalGetAsync(clientB, "/sources", etag);

        // Same data/ and build: the other instance, which never rendered the page, agrees on the ETag.
        Assert.Equal(HttpStatusCode.NotModified, cached.StatusCode);
        Assert.Equal(HttpStatusCode.NotModified, fresh.StatusCode);
        Assert.Equal(etag, fresh.Headers.ETag);
        Assert.Equal("public, max-age=60", fresh.Headers.CacheControl!.ToString());
        Assert.Empty(await fresh.Content.ReadAsByteArrayAsync());
    }

    [Fact]
    public async Task Get_IfNoneMatchOtherETag_200WithPage()
    {
        using var client = shared.CreateClient();

        var response = await ConditionalGetAsync(client, "/claims", new EntityTagHeaderValue("\"p0000\""));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("<h1", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/indicators/no-such-indicator", HttpStatusCode.NotFound)]
    [InlineData("/compare?indicator=top500-systems&from=2030&to=2010", HttpStatusCode.BadRequest)]
    [InlineData("/present?theme=neon", HttpStatusCode.BadRequest)]
    [InlineData("/timeline?actor=%3Cx%3E", HttpStatusCode.BadRequest)]
    public async Task Get_ErrorPage_NotCachedNoETagNotPublic(string url, HttpStatusCode status)
    {
        using var client = shared.CreateClient();

        using var first = await client.GetAsync(new Uri(url, UriKind.Relative));
        using var second = await client.GetAsync(new Uri(url, UriKind.Relative));
        using var star = await ConditionalGetAsync(client, url, EntityTagHeaderValue.Any);

        foreach (var response in new[] { first, second, star })
        {
            Assert.Equal(status, response.StatusCode);
            Assert.Null(response.Headers.Age);
            Assert.Null(response.Headers.ETag);
            Assert.False(response.Headers.CacheControl?.Public ?? false);
            Assert.NotEmpty(await response.Content.ReadAsStringAsync());
        }
    }

    [Fact]
    public async Task Get_NonCanonicalCompareAfterCanonicalWasCached_StillRedirects()
    {
        using var factory = new DashboardFactory();
        using var client = factory.CreateClient(new() { AllowAutoRedirect = false });
        const string Canonical = "/compare?indicator=public-debt-share-china&entities=CHN,KGZ";
        await client.GetAsync(new Uri(Canonical, UriKind.Relative));
        using var cached = await client.GetAsync(new Uri(Canonical, UriKind.Relative));
        Assert.NotNull(cached.Headers.Age);

        using var reordered = await client.GetAsync(new Uri("/compare?entities=CHN,KGZ&indicator=public-debt-share-china", UriKind.Relative));
        using var renamed = await client.GetAsync(new Uri("/compare?indicator=public-debt-share-china&Entities=CHN,KGZ", UriKind.Relative));

        Assert.Equal(HttpStatusCode.Redirect, reordered.StatusCode);
        Assert.Equal(Canonical, reordered.Headers.Location!.OriginalString);
        Assert.Equal(HttpStatusCode.Redirect, renamed.StatusCode);
    }

    [Fact]
    public async Task Get_PathInOtherCase_NotAnsweredFromTheCachedPage()
    {
        using var factory = new DashboardFactory();
        using var client = factory.CreateClient();
        await client.GetAsync(new Uri("/indicators/top500-systems", UriKind.Relative));
        using var other = new DashboardFactory();
        using var reference = await other.CreateClient().GetAsync(new Uri("/indicators/TOP500-SYSTEMS", UriKind.Relative));

        using var upper = await client.GetAsync(new Uri("/indicators/TOP500-SYSTEMS", UriKind.Relative));

        Assert.Null(upper.Headers.Age);
        Assert.Equal(reference.StatusCode, upper.StatusCode);
    }

    [Fact]
    public async Task Get_WithAuthorizationHeader_NeverFromCache()
    {
        using var factory = new DashboardFactory();
        using var client = factory.CreateClient();
        await client.GetAsync(new Uri("/sources", UriKind.Relative));
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", "someone");

        using var response = await client.GetAsync(new Uri("/sources", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Null(response.Headers.Age);
    }

    private static async Task<HttpResponseMessage> ConditionalGetAsync(HttpClient client, string url, EntityTagHeaderValue etag)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, url);
        request.Headers.IfNoneMatch.Add(etag);
        return await client.SendAsync(request);
    }
}

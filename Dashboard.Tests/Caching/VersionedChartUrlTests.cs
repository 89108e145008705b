using System.Net;
using Dashboard.Tests.Support;

namespace Dashboard.Tests.Caching;

/// <summary>
/// Chart URLs written by pages carry <c>v</c> (data version and build) and are then immutable for a year; a URL whose
/// <c>v</c> is not current is answered with the current file and the short max-age, never as immutable.
/// </summary>
public sealed class VersionedChartUrlTests
{
    private const string Immutable = "public, max-age=31536000, immutable";

    [Fact]
    public async Task Get_ChartUrlAPageWrote_ImmutableForAYear()
    {
        using var factory = new DashboardFactory();
        var (_, doc) = await factory.GetPageAsync("/indicators/top500-systems");
        var src = doc.QuerySelector("figure.chart img")!.GetAttribute("src")!;
        using var client = factory.CreateClient();

        using var response = await client.GetAsync(new Uri(src, UriKind.Relative));
        using var plain = await client.GetAsync(new Uri("/charts/top500-systems.png", UriKind.Relative));

        Assert.Equal(VersionedUrl.Of(factory, "/charts/top500-systems.png"), src);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(Immutable, response.Headers.CacheControl!.ToString());
        Assert.Equal("public, max-age=300", plain.Headers.CacheControl!.ToString());
        Assert.Equal(plain.Headers.ETag, response.Headers.ETag);

        // The permalink inside the file stays the URL without v.
        Assert.Equal("/charts/top500-systems.png", PngInfo.Read(await response.Content.ReadAsByteArrayAsync()).Text("Permalink"));
    }

    [Theory]
    [InlineData("v=0123456789abcdef.00000000")]
    [InlineData("v=")]
    [InlineData("v=%3Cscript%3E")]
    [InlineData("v=CURRENT&v=CURRENT")]
    public async Task Get_ChartWithVersionNotCurrent_CurrentFileWithShortMaxAge(string query)
    {
        using var factory = new DashboardFactory();
        using var client = factory.CreateClient();
        var current = VersionedUrl.Parameter(factory)[2..];
        using var plain = await client.GetAsync(new Uri("/charts/top500-systems.svg", UriKind.Relative));

        using var response = await client.GetAsync(new Uri("/charts/top500-systems.svg?" + query.Replace("CURRENT", current, StringComparison.Ordinal), UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("public, max-age=300", response.Headers.CacheControl!.ToString());
        Assert.Equal(plain.Headers.ETag, response.Headers.ETag);
        Assert.Equal(await plain.Content.ReadAsStringAsync(), await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Get_VersionedUrlAfterAnImport_NoLongerImmutableAndNewFile()
    {
        using var factory = new DashboardFactory();
        using var client = factory.CreateClient();
        var url = VersionedUrl.Of(factory, "/charts/top500-systems.csv");
        using var before = await client.GetAsync(new Uri(url, UriKind.Relative));
        Assert.Equal(Immutable, before.Headers.CacheControl!.ToString());

        factory.ChangeDataVersionElsewhere("after-an-import");

        using var after = await client.GetAsync(new Uri(url, UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, after.StatusCode);
        Assert.Equal("public, max-age=300", after.Headers.CacheControl!.ToString());
        Assert.NotEqual(before.Headers.ETag, after.Headers.ETag);
    }

    [Fact]
    public async Task Get_NotModifiedForVersionedUrl_CarriesImmutable()
    {
        using var factory = new DashboardFactory();
        using var client = factory.CreateClient();
        var url = VersionedUrl.Of(factory, "/charts/top500-systems.png?entities=CHN,RUS");
        using var first = await client.GetAsync(new Uri(url, UriKind.Relative));

        var request = new HttpRequestMessage(HttpMethod.Get, url);
        request.Headers.IfNoneMatch.Add(first.Headers.ETag!);
        using var again = await client.SendAsync(request);

        Assert.Equal(HttpStatusCode.NotModified, again.StatusCode);
        Assert.Equal(Immutable, again.Headers.CacheControl!.ToString());
    }

    [Fact]
    public async Task Pages_EveryChartUrlTheyWrite_CarriesTheCurrentVersion()
    {
        using var factory = new DashboardFactory();
        var v = VersionedUrl.Parameter(factory);
        foreach (var page in new[] { "/", "/indicators/top500-systems", "/compare?indicator=top500-systems&entities=CHN,RUS", "/present?deck=paper" })
        {
            var (_, doc) = await factory.GetPageAsync(page);
            var urls = doc.All.SelectMany(e => new[] { e.GetAttribute("src"), e.GetAttribute("href"), e.GetAttribute("data-full"), e.GetAttribute("data-predict") })
                .Concat(doc.QuerySelectorAll("[srcset]").SelectMany(e => System.Text.RegularExpressions.Regex.Split(e.GetAttribute("srcset")!, @",\s+").Select(s => s.Trim().Split(' ')[0])))
                .Where(u => u is not null && u.StartsWith("/charts/", StringComparison.Ordinal))
                .ToList();

            Assert.NotEmpty(urls);
            Assert.All(urls, u => Assert.True(u!.EndsWith(v, StringComparison.Ordinal), page + ": " + u));
        }
    }
}

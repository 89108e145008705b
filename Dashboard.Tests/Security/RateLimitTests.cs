using System.Net;
using Dashboard.Tests.Support;

namespace Dashboard.Tests.Security;

public sealed class RateLimitTests
{
    [Fact]
    public async Task Api_OverTightLimit_Returns429WithRetryAfterAndProblemDetails()
    {
        using var factory = new AdminAppFactory(apiPermits: 3);
        using var client = factory.CreateClient();

        var statuses = new List<HttpStatusCode>();
        HttpResponseMessage? last = null;
        for (var i = 0; i < 5; i++)
        {
            last = await client.GetAsync("/api/sources");
            statuses.Add(last.StatusCode);
        }

        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.TooManyRequests, HttpStatusCode.TooManyRequests], statuses);
        var retryAfter = int.Parse(last!.Headers.GetValues("Retry-After").Single(), System.Globalization.CultureInfo.InvariantCulture);
        Assert.InRange(retryAfter, 1, 60);
        Assert.Equal("application/problem+json", last.Content.Headers.ContentType?.MediaType);
        Assert.Contains("Too many requests", await last.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Charts_OverTightLimit_Returns429AndPagesKeepTheirOwnBudget()
    {
        using var factory = new AdminAppFactory(chartPermits: 2);
        using var client = factory.CreateClient();

        var charts = new List<HttpStatusCode>();
        for (var i = 0; i < 3; i++)
        {
            charts.Add((await client.GetAsync("/charts/top500-systems.svg")).StatusCode);
        }

        Assert.NotEqual(HttpStatusCode.TooManyRequests, charts[0]);
        Assert.Equal(HttpStatusCode.TooManyRequests, charts[2]);
        for (var i = 0; i < 5; i++)
        {
            Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/")).StatusCode);
        }

        // The API has its own budget: exhausting the charts' one does not block it.
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/api/sources")).StatusCode);
    }

    [Fact]
    public async Task Export_PacksAndDecksShareOneBudget()
    {
        using var factory = new AdminAppFactory(settings: new Dictionary<string, string?> { ["RateLimit:Export:PermitLimit"] = "2" });
        using var client = factory.CreateClient();

        var pack = await client.GetAsync("/export/pack.zip?charts=top500-systems&formats=csv");
        var deck = await client.GetAsync("/export/deck.pptx?charts=top500-systems&slides=native");
        var over = await client.GetAsync("/export/deck.pptx?charts=top500-systems&slides=native");

        Assert.Equal(HttpStatusCode.OK, pack.StatusCode);
        Assert.Equal(HttpStatusCode.OK, deck.StatusCode);
        Assert.Equal(HttpStatusCode.TooManyRequests, over.StatusCode);
        Assert.True(over.Headers.Contains("Retry-After"));

        // Charts keep their own budget.
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/charts/top500-systems.svg")).StatusCode);
    }

    [Fact]
    public async Task Pages_OverTightLimit_Returns429ButStaticFilesHealthAndApiAnswer()
    {
        using var factory = new AdminAppFactory(settings: new Dictionary<string, string?> { ["RateLimit:Pages:PermitLimit"] = "3" });
        using var client = factory.CreateClient();

        var pages = new List<HttpStatusCode>();
        foreach (var path in new[] { "/", "/sources", "/indicators/top500-systems", "/compare", "/timeline" })
        {
            pages.Add((await client.GetAsync(path)).StatusCode);
        }

        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.TooManyRequests, HttpStatusCode.TooManyRequests], pages);
        using var limited = await client.GetAsync("/claims");
        Assert.Equal(HttpStatusCode.TooManyRequests, limited.StatusCode);
        Assert.True(limited.Headers.Contains("Retry-After"));
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/css/site.css")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/healthz")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/api/sources")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/charts/top500-systems.svg")).StatusCode);
    }
}

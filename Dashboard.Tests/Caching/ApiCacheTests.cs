using System.Net;
using Dashboard.Tests.Support;

namespace Dashboard.Tests.Caching;

/// <summary>
/// The JSON API is cached and validated like the data pages: ETag, Cache-Control and Content-Length on a 200, 304 on
/// If-None-Match, HEAD with the same headers, a new ETag when the data version changes, errors never cached.
/// </summary>
public sealed class ApiCacheTests
{
    public static TheoryData<string> ApiUrls() =>
    [
        "/api/indicators",
        "/api/indicators/top500-systems",
        "/api/observations?indicator=top500-systems&entities=CHN,RUS&limit=10",
        "/api/sources",
        "/api/events",
        "/api/claims",
        "/api/datasets",
    ];

    [Theory]
    [MemberData(nameof(ApiUrls))]
    public async Task Get_ApiTwice_SecondFromCacheWithETagLengthAnd304(string url)
    {
        using var factory = new DashboardFactory();
        using var client = factory.CreateClient();

        using var first = await client.GetAsync(new Uri(url, UriKind.Relative));
        using var second = await client.GetAsync(new Uri(url, UriKind.Relative));
        var body = await first.Content.ReadAsByteArrayAsync();
        using var conditional = new HttpRequestMessage(HttpMethod.Get, new Uri(url, UriKind.Relative));
        conditional.Headers.IfNoneMatch.Add(first.Headers.ETag!);
        using var notModified = await client.SendAsync(conditional);
        using var head = await client.SendAsync(new HttpRequestMessage(HttpMethod.Head, new Uri(url, UriKind.Relative)));

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal("application/json", first.Content.Headers.ContentType!.MediaType);
        Assert.Equal(body.Length, first.Content.Headers.ContentLength);
        Assert.NotNull(second.Headers.Age);
        Assert.Equal(body, await second.Content.ReadAsByteArrayAsync());
        Assert.Equal(first.Headers.ETag, second.Headers.ETag);
        Assert.Equal("public, max-age=60", first.Headers.CacheControl!.ToString());
        Assert.Equal(HttpStatusCode.NotModified, notModified.StatusCode);
        Assert.Equal(HttpStatusCode.OK, head.StatusCode);
        Assert.Equal(first.Headers.ETag, head.Headers.ETag);
        Assert.Equal(body.Length, head.Content.Headers.ContentLength);
    }

    [Fact]
    public async Task Get_DataVersionChanged_NewETag()
    {
        using var factory = new DashboardFactory();
        using var client = factory.CreateClient();
        using var before = await client.GetAsync(new Uri("/api/indicators", UriKind.Relative));

        factory.ChangeDataVersionElsewhere("api-changed");
        using var after = await client.GetAsync(new Uri("/api/indicators", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, after.StatusCode);
        Assert.Null(after.Headers.Age);
        Assert.NotEqual(before.Headers.ETag, after.Headers.ETag);
    }

    [Theory]
    [InlineData("/api/indicators/no-such-indicator", HttpStatusCode.NotFound)]
    [InlineData("/api/observations?indicator=top500-systems&from=2030&to=2010", HttpStatusCode.BadRequest)]
    public async Task Get_ApiError_NotCachedNoETag(string url, HttpStatusCode status)
    {
        using var factory = new DashboardFactory();
        using var client = factory.CreateClient();

        using var first = await client.GetAsync(new Uri(url, UriKind.Relative));
        using var second = await client.GetAsync(new Uri(url, UriKind.Relative));

        Assert.Equal(status, first.StatusCode);
        Assert.Null(first.Headers.ETag);
        Assert.Null(second.Headers.Age);
    }
}

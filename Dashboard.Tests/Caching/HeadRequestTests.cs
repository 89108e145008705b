using System.Net;
using System.Net.Sockets;
using System.Text;
using Dashboard.Tests.Support;

namespace Dashboard.Tests.Caching;

/// <summary>HEAD is answered like GET without a body on chart files, the API and the data pages (in memory and on Kestrel).</summary>
public sealed class HeadRequestTests(ShippedDataFactory app) : IClassFixture<ShippedDataFactory>
{
    public static TheoryData<string> Urls() =>
    [
        "/charts/top500-systems.png",
        "/charts/top500-systems.svg?entities=CHN,RUS&theme=dark",
        "/charts/top500-systems.csv",
        "/charts/no-such-indicator.png",
        "/charts/top500-systems.png?width=0",
        "/api/indicators",
        "/api/observations?indicator=top500-systems&entities=CHN,RUS",
        "/api/indicators/no-such-indicator",
        "/",
        "/indicators/top500-systems",
        "/compare?indicator=public-debt-share-china&entities=CHN,KGZ",
        "/sources",
        "/indicators/no-such-indicator",
    ];

    [Theory]
    [MemberData(nameof(Urls))]
    public async Task Head_AnyReadOnlyUrl_SameStatusAndHeadersAsGet(string url)
    {
        using var client = app.CreateClient();
        using var get = await client.GetAsync(new Uri(url, UriKind.Relative), HttpCompletionOption.ResponseHeadersRead);
        using var head = await client.SendAsync(new HttpRequestMessage(HttpMethod.Head, url), HttpCompletionOption.ResponseHeadersRead);

        Assert.NotEqual(HttpStatusCode.MethodNotAllowed, head.StatusCode);
        Assert.Equal(get.StatusCode, head.StatusCode);
        Assert.Equal(get.Headers.ETag, head.Headers.ETag);
        Assert.Equal(get.Headers.CacheControl, head.Headers.CacheControl);
        Assert.Equal(get.Content.Headers.ContentType, head.Content.Headers.ContentType);
        Assert.Equal(SentContentLength(get), SentContentLength(head));
    }

    [Theory]
    [InlineData("/charts/top500-systems.png?entities=CHN,RUS")]
    [InlineData("/charts/arms-import-share.csv")]
    [InlineData("/charts/external-debt-share-china-bilateral.png?kind=map&to=2019")]
    [InlineData("/")]
    [InlineData("/indicators/top500-systems")]
    [InlineData("/api/indicators")]
    public async Task Head_OnKestrel_SameHeadersAsGetAndNoBody(string url)
    {
        using var factory = new DashboardFactory();
        var baseUrl = new Uri(KestrelApp.Start(factory));

        // Twice each: the first answer is rendered, the second may come from a cache; both must agree with GET.
        for (var round = 0; round < 2; round++)
        {
            var get = await RawAsync(baseUrl, "GET", url);
            var head = await RawAsync(baseUrl, "HEAD", url);

            Assert.Equal("HTTP/1.1 200 OK", get.StatusLine);
            Assert.Equal(get.StatusLine, head.StatusLine);
            foreach (var name in new[] { "etag", "content-type", "content-length", "cache-control" })
            {
                Assert.Equal(get.Header(name), head.Header(name));
            }

            Assert.Empty(head.Body);
            if (get.Header("content-length") is { } length)
            {
                Assert.Equal(long.Parse(length, System.Globalization.CultureInfo.InvariantCulture), get.Body.Length);
            }
            else
            {
                Assert.Equal("chunked", get.Header("transfer-encoding"));
            }
        }
    }

    [Fact]
    public async Task Head_ChartOnKestrel_ETagTypeAndLengthOfTheImage()
    {
        using var factory = new DashboardFactory();
        var baseUrl = new Uri(KestrelApp.Start(factory));

        var head = await RawAsync(baseUrl, "HEAD", "/charts/top500-systems.png");
        var get = await RawAsync(baseUrl, "GET", "/charts/top500-systems.png");

        Assert.Equal("HTTP/1.1 200 OK", head.StatusLine);
        Assert.Equal("image/png", head.Header("content-type"));
        Assert.Matches("^\"[0-9a-f]{32}\"$", head.Header("etag"));
        Assert.Equal(get.Body.Length.ToString(System.Globalization.CultureInfo.InvariantCulture), head.Header("content-length"));
        Assert.Equal(get.Header("etag"), head.Header("etag"));
        Assert.Empty(head.Body);
    }

    [Fact]
    public async Task OpenApi_GetAndHeadEndpoints_ListsGetOnly()
    {
        using var client = app.CreateClient();

        var json = await client.GetStringAsync(new Uri("/openapi/v1.json", UriKind.Relative));

        Assert.Contains("\"get\"", json, StringComparison.Ordinal);
        Assert.DoesNotContain("\"head\"", json, StringComparison.Ordinal);
    }

    /// <summary>The Content-Length header as sent (the typed property would compute one for a buffered body).</summary>
    private static string? SentContentLength(HttpResponseMessage response) =>
        response.Content.Headers.NonValidated.TryGetValues("Content-Length", out var values) ? values.ToString() : null;

    /// <summary>One request on its own connection, read to the end: what a client really receives, body bytes included.</summary>
    private static async Task<RawResponse> RawAsync(Uri baseUrl, string method, string path)
    {
        using var tcp = new TcpClient();
        await tcp.ConnectAsync(baseUrl.Host, baseUrl.Port);
        await using var stream = tcp.GetStream();
        var request = $"{method} {path} HTTP/1.1\r\nHost: {baseUrl.Host}:{baseUrl.Port}\r\nConnection: close\r\n\r\n";
        await stream.WriteAsync(Encoding.ASCII.GetBytes(request));
        using var received = new MemoryStream();
        await stream.CopyToAsync(received);
        return RawResponse.Parse(received.ToArray());
    }

    private sealed record RawResponse(string StatusLine, IReadOnlyDictionary<string, string> Headers, byte[] Body)
    {
        public string? Header(string name) => Headers.TryGetValue(name, out var value) ? value : null;

        public static RawResponse Parse(byte[] bytes)
        {
            var end = IndexOf(bytes, "\r\n\r\n"u8.ToArray());
            var head = Encoding.ASCII.GetString(bytes, 0, end).Split("\r\n");
            var headers = head.Skip(1).Select(l => l.Split(':', 2)).ToDictionary(p => p[0].Trim().ToLowerInvariant(), p => p[1].Trim());
            var body = bytes[(end + 4)..];
            if (headers.TryGetValue("transfer-encoding", out var te) && te == "chunked")
            {
                body = Dechunk(body);
            }

            return new RawResponse(head[0], headers, body);
        }

        private static byte[] Dechunk(byte[] body)
        {
            using var result = new MemoryStream();
            var at = 0;
            while (true)
            {
                var lineEnd = IndexOf(body[at..], "\r\n"u8.ToArray()) + at;
                var size = Convert.ToInt32(Encoding.ASCII.GetString(body, at, lineEnd - at).Split(';')[0], 16);
                if (size == 0)
                {
                    return result.ToArray();
                }

                result.Write(body, lineEnd + 2, size);
                at = lineEnd + 2 + size + 2;
            }
        }

        private static int IndexOf(byte[] haystack, byte[] needle) => haystack.AsSpan().IndexOf(needle);
    }
}

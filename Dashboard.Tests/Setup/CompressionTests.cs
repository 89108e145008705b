using System.IO.Compression;
using System.Net;
using System.Net.Http.Headers;
using System.Text;
using Dashboard.Tests.Support;

namespace Dashboard.Tests.Setup;

/// <summary>
/// Brotli and gzip for text (pages, points.json, CSV, SVG, static files), never for PNG or /admin; compressed and
/// plain answers of one URL have distinct (weak vs strong) ETags that both revalidate, through the page cache too.
/// </summary>
public sealed class CompressionTests(ShippedDataFactory shared) : IClassFixture<ShippedDataFactory>
{
    [Theory]
    [InlineData("/indicators/top500-systems", "br")]
    [InlineData("/indicators/top500-systems", "gzip")]
    [InlineData("/", "br")]
    [InlineData("/charts/top500-systems.points.json", "br")]
    [InlineData("/charts/top500-systems.csv", "gzip")]
    [InlineData("/charts/top500-systems.svg", "br")]
    [InlineData("/api/indicators", "br")]
    public async Task Get_TextAcceptingEncoding_CompressedSameBytesWeakETag(string url, string encoding)
    {
        using var client = shared.CreateClient();

        var (plain, plainHeaders) = await GetAsync(client, url, "identity");
        var (packed, packedHeaders) = await GetAsync(client, url, encoding);

        Assert.Empty(plainHeaders.ContentEncoding);
        Assert.Equal([encoding], packedHeaders.ContentEncoding);
        Assert.Contains("Accept-Encoding", packedHeaders.Vary);
        Assert.True(packed.Length * 3 < plain.Length, $"{url}: {packed.Length} bytes {encoding} of {plain.Length}");
        Assert.Equal(plain, Decompress(packed, encoding));
        Assert.False(plainHeaders.ETag!.IsWeak);
        Assert.True(packedHeaders.ETag!.IsWeak);
        Assert.Equal(plainHeaders.ETag.Tag, packedHeaders.ETag.Tag);
    }

    [Fact]
    public async Task Get_Png_NeverCompressed()
    {
        using var client = shared.CreateClient();

        var (_, headers) = await GetAsync(client, "/charts/top500-systems.png", "br, gzip");

        Assert.Empty(headers.ContentEncoding);
        Assert.False(headers.ETag!.IsWeak);
    }

    [Fact]
    public async Task Get_StaticFileGzip_ThePrecompressedFile()
    {
        using var client = shared.CreateClient();

        var (plain, _) = await GetAsync(client, "/css/site.css", "identity");
        var (packed, headers) = await GetAsync(client, "/css/site.css", "gzip");

        Assert.Equal(["gzip"], headers.ContentEncoding);
        Assert.Equal(plain, Decompress(packed, "gzip"));
        Assert.True(packed.Length * 2 < plain.Length, $"{packed.Length} bytes gzip of {plain.Length}");
    }

    [Theory]
    [InlineData("br")]
    [InlineData("identity")]
    public async Task Get_CachedPageRevalidated_BothETagFormsAnswer304(string encoding)
    {
        using var client = shared.CreateClient();
        const string url = "/indicators/top500-systems?page=1";
        var (_, first) = await GetAsync(client, url, encoding);

        using var request = new HttpRequestMessage(HttpMethod.Get, url);
        request.Headers.AcceptEncoding.ParseAdd(encoding);
        request.Headers.IfNoneMatch.Add(first.ETag!);
        using var again = await client.SendAsync(request);

        Assert.Equal(HttpStatusCode.NotModified, again.StatusCode);
        Assert.Equal(first.ETag, again.Headers.ETag);
        Assert.Contains("Accept-Encoding", again.Headers.Vary);
    }

    [Fact]
    public async Task Get_PageFromCacheAfterTheOtherEncoding_EachClientGetsItsOwn()
    {
        using var factory = new DashboardFactory();
        using var client = factory.CreateClient();

        var (packed, packedHeaders) = await GetAsync(client, "/sources", "br");
        var (plain, plainHeaders) = await GetAsync(client, "/sources", "identity");
        var (again, againHeaders) = await GetAsync(client, "/sources", "br");

        Assert.NotNull(plainHeaders.Age);
        Assert.Empty(plainHeaders.ContentEncoding);
        Assert.Equal(["br"], againHeaders.ContentEncoding);
        Assert.Equal(plain, Decompress(packed, "br"));
        Assert.Equal(plain, Decompress(again, "br"));
        Assert.Equal(packedHeaders.ETag, againHeaders.ETag);
    }

    [Fact]
    public async Task Get_AdminPage_NeverCompressed()
    {
        using var factory = new AdminAppFactory();
        using var client = factory.CreateClient();

        var (body, headers) = await GetAsync(client, "/admin/signin", "br, gzip");

        Assert.Empty(headers.ContentEncoding);
        Assert.Contains("__RequestVerificationToken", Encoding.UTF8.GetString(body), StringComparison.Ordinal);
    }

    private static async Task<(byte[] Body, Headers Headers)> GetAsync(HttpClient client, string url, string encoding)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, url);
        request.Headers.AcceptEncoding.ParseAdd(encoding);
        using var response = await client.SendAsync(request);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return (await response.Content.ReadAsByteArrayAsync(),
            new Headers([.. response.Content.Headers.ContentEncoding], [.. response.Headers.Vary], response.Headers.ETag, response.Headers.Age));
    }

    private static byte[] Decompress(byte[] body, string encoding)
    {
        using var input = new MemoryStream(body);
        using Stream decoder = encoding == "br" ? new BrotliStream(input, CompressionMode.Decompress) : new GZipStream(input, CompressionMode.Decompress);
        using var output = new MemoryStream();
        decoder.CopyTo(output);
        return output.ToArray();
    }

    private sealed record Headers(IReadOnlyList<string> ContentEncoding, IReadOnlyList<string> Vary, EntityTagHeaderValue? ETag, TimeSpan? Age);
}

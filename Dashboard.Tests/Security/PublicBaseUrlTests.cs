using System.IO.Compression;
using System.Net;
using System.Text;
using Dashboard.Tests.Support;
using Dashboard.Web.Security;
using Microsoft.AspNetCore.Http;

namespace Dashboard.Tests.Security;

/// <summary>Permalinks written into packs use Site:PublicBaseUrl (or its older key Export:PublicBaseUrl), or the request's host only when AllowedHosts lists it.</summary>
public sealed class PublicBaseUrlTests
{
    private const string Pack = "/export/pack.zip?charts=top500-systems&preset=document";

    [Fact]
    public async Task Request_HostNotInDefaultAllowedHosts_Is400()
    {
        using var factory = new AdminAppFactory();
        using var client = factory.CreateClient();

        var response = await client.GetAsync(new Uri("http://evil.example/"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Theory]
    [InlineData("http://localhost/")]
    [InlineData("http://127.0.0.1:5080/")]
    [InlineData("http://[::1]:5080/")]
    public async Task Request_LocalHostNames_AreAllowedByDefault(string url)
    {
        using var factory = new AdminAppFactory();
        using var client = factory.CreateClient();

        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(new Uri(url))).StatusCode);
    }

    [Fact]
    public async Task PackZip_AnyHostAllowed_PermalinksDoNotUseTheRequestHost()
    {
        using var factory = new AdminAppFactory(settings: new Dictionary<string, string?> { ["AllowedHosts"] = "*" });
        using var client = factory.CreateClient();

        var (md, permalink) = await PackAsync(client, "http://evil.example" + Pack);

        Assert.DoesNotContain("evil.example", md, StringComparison.Ordinal);
        Assert.Contains("- Permalink: </indicators/top500-systems>", md, StringComparison.Ordinal);
        Assert.StartsWith("/charts/top500-systems.png?", permalink, StringComparison.Ordinal);
    }

    [Fact]
    public async Task PackZip_ListedHostBehindTlsProxy_PermalinksUseItWithHttps()
    {
        using var factory = new AdminAppFactory(settings: new Dictionary<string, string?>
        {
            ["AllowedHosts"] = "localhost;dashboard.example.org",
            ["Proxy:KnownProxies:0"] = "10.0.0.5",
        });
        using var client = factory.CreateClient();
        client.DefaultRequestHeaders.Add(TestRemoteAddress.Header, "10.0.0.5");
        client.DefaultRequestHeaders.Add("X-Forwarded-For", "198.51.100.7");
        client.DefaultRequestHeaders.Add("X-Forwarded-Proto", "https");

        var (md, permalink) = await PackAsync(client, "http://dashboard.example.org" + Pack);

        Assert.Contains("- Permalink: <https://dashboard.example.org/indicators/top500-systems>", md, StringComparison.Ordinal);
        Assert.StartsWith("https://dashboard.example.org/charts/top500-systems.png?", permalink, StringComparison.Ordinal);
    }

    [Fact]
    public async Task PackZip_PublicBaseUrlSet_WinsOverTheRequestHost()
    {
        using var factory = new AdminAppFactory(settings: new Dictionary<string, string?> { ["Export:PublicBaseUrl"] = "https://dashboard.example.org/geoai/" });
        using var client = factory.CreateClient();

        var (md, permalink) = await PackAsync(client, Pack);

        Assert.Contains("- Permalink: <https://dashboard.example.org/geoai/indicators/top500-systems>", md, StringComparison.Ordinal);
        Assert.StartsWith("https://dashboard.example.org/geoai/charts/top500-systems.png?", permalink, StringComparison.Ordinal);
        Assert.DoesNotContain("localhost", md, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("dashboard.example.org")]
    [InlineData("javascript:alert(1)")]
    [InlineData("https://dashboard.example.org/?q=1")]
    [InlineData("https://dashboard.example.org/a b")]
    public void Start_InvalidPublicBaseUrl_Refuses(string value)
    {
        using var factory = new AdminAppFactory(settings: new Dictionary<string, string?> { ["Export:PublicBaseUrl"] = value });

        var ex = Assert.ThrowsAny<Exception>(() => factory.CreateClient());

        Assert.Contains("Export:PublicBaseUrl", ex.ToString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("localhost;127.0.0.1;[::1]", "http", "localhost:5080", "http://localhost:5080")]
    [InlineData("localhost;127.0.0.1;[::1]", "http", "[::1]:5080", "http://[::1]:5080")]
    [InlineData("localhost;127.0.0.1;[::1]", "https", "evil.example", "")]
    [InlineData("*", "http", "evil.example", "")]
    [InlineData("", "http", "localhost", "")]
    [InlineData("*.example.org", "https", "dash.example.org", "https://dash.example.org")]
    [InlineData("*.example.org", "https", "example.org", "")]
    [InlineData("*.example.org", "https", "evil-example.org", "")]
    [InlineData("Dashboard.Example.org", "https", "dashboard.example.ORG", "https://dashboard.example.ORG")]
    [InlineData("localhost:5080", "http", "localhost:5080", "http://localhost:5080")]
    [InlineData("localhost:5080", "http", "localhost:1337", "")]
    [InlineData("localhost:5080", "http", "localhost", "")]
    [InlineData("dash.example.org:443", "https", "dash.example.org", "https://dash.example.org")]
    [InlineData("[::1]:5080", "http", "[::1]:5080", "http://[::1]:5080")]
    [InlineData("::1", "http", "[::1]:5080", "http://[::1]:5080")]
    public void Resolve_NoPublicBaseUrl_UsesTheRequestHostOnlyWhenListed(string allowedHosts, string scheme, string host, string expected) =>
        Assert.Equal(expected, PublicBaseUrl.Resolve(null, AllowedHostList.Parse(allowedHosts), scheme, new HostString(host)));

    [Fact]
    public void Resolve_PublicBaseUrlSet_WinsWhateverTheHost() =>
        Assert.Equal("https://dashboard.example.org", PublicBaseUrl.Resolve("https://dashboard.example.org/", AllowedHostList.Parse("*"), "http", new HostString("evil.example")));

    private static async Task<(string Citations, string PngPermalink)> PackAsync(HttpClient client, string url)
    {
        var response = await client.GetAsync(new Uri(url, UriKind.RelativeOrAbsolute));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var zip = new ZipArchive(new MemoryStream(await response.Content.ReadAsByteArrayAsync()), ZipArchiveMode.Read);
        string Read(ZipArchiveEntry entry)
        {
            using var stream = entry.Open();
            using var copy = new MemoryStream();
            stream.CopyTo(copy);
            return Encoding.UTF8.GetString(copy.ToArray());
        }

        var md = Read(zip.Entries.Single(e => e.FullName == "CITATIONS.md"));
        using var png = zip.Entries.Single(e => e.FullName.EndsWith(".png", StringComparison.Ordinal)).Open();
        using var bytes = new MemoryStream();
        await png.CopyToAsync(bytes);
        return (md, PngInfo.Read(bytes.ToArray()).Text("Permalink") ?? "");
    }
}

using System.IO.Compression;
using System.Net;
using System.Text;
using AngleSharp.Html.Parser;
using Dashboard.Tests.Decks;
using Dashboard.Tests.Support;
using Dashboard.Web.Security;
using DocumentFormat.OpenXml.Packaging;
using Microsoft.AspNetCore.Http;

namespace Dashboard.Tests.Security;

/// <summary>
/// <c>Site:PublicBaseUrl</c> (or its older key <c>Export:PublicBaseUrl</c>) goes into every absolute address the site
/// writes (embed codes, CITATIONS.md, PNG permalink chunks, deck notes) and the request's Host never does; without it,
/// the request's origin only when AllowedHosts names it, where an entry may pin a port; ETags differ wherever the body does.
/// </summary>
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
    public async Task PackZip_OldExportPublicBaseUrlKey_StillWinsOverTheRequestHost()
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

    private const string Base = "https://dash.example.org/geoai";

    private static AdminAppFactory Factory(params (string Key, string? Value)[] settings) =>
        new(settings: settings.Append((Key: "RateLimit:Enabled", Value: (string?)"false")).ToDictionary(s => s.Key, s => s.Value));

    [Fact]
    public async Task IndicatorPage_SitePublicBaseUrl_EmbedCodeUsesItWhateverTheHost()
    {
        using var factory = Factory(("Site:PublicBaseUrl", Base + "/"));
        using var client = factory.CreateClient();

        var html = await client.GetStringAsync(new Uri("http://localhost:1337/indicators/top500-systems"));

        var code = new HtmlParser().ParseDocument(html).QuerySelector("textarea.embed-code")!.TextContent;
        Assert.StartsWith($"<iframe src=\"{Base}/embed/top500-systems\"", code, StringComparison.Ordinal);
        Assert.DoesNotContain("1337", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task PackZip_SitePublicBaseUrl_CitationsAndPngPermalinkUseIt()
    {
        using var factory = Factory(("Site:PublicBaseUrl", Base));
        using var client = factory.CreateClient();

        var (md, permalink) = await PackAsync(client, "http://localhost:1337/export/pack.zip?charts=top500-systems&preset=document");

        Assert.Contains($"- Permalink: <{Base}/indicators/top500-systems>", md, StringComparison.Ordinal);
        Assert.StartsWith(Base + "/charts/top500-systems.png?", permalink, StringComparison.Ordinal);
        Assert.DoesNotContain("1337", md, StringComparison.Ordinal);
    }

    [Fact]
    public async Task DeckPptx_SitePublicBaseUrl_NotesCarryIt()
    {
        using var factory = Factory(("Site:PublicBaseUrl", Base));
        using var client = factory.CreateClient();

        var bytes = await client.GetByteArrayAsync(new Uri("http://localhost:1337/export/deck.pptx?charts=top500-systems"));

        using var deck = PresentationDocument.Open(new MemoryStream(bytes), false);
        var notes = DeckReader.Slides(deck).SelectMany(DeckReader.Notes).ToList();
        Assert.Contains($"Permalink: {Base}/indicators/top500-systems", notes);
        Assert.DoesNotContain(notes, n => n.Contains("1337", StringComparison.Ordinal));
    }

    [Fact]
    public async Task ChartPng_SitePublicBaseUrl_PermalinkChunkUsesIt()
    {
        using var factory = Factory(("Site:PublicBaseUrl", Base));
        using var client = factory.CreateClient();

        var png = await client.GetByteArrayAsync(new Uri("http://localhost:1337/charts/top500-systems.png?width=400&height=300"));

        Assert.Equal(Base + "/charts/top500-systems.png?width=400&height=300", PngInfo.Read(png).Text("Permalink"));
    }

    [Fact]
    public async Task ChartPng_NoPublicBaseUrl_PermalinkStaysSiteRelative()
    {
        using var factory = Factory();
        using var client = factory.CreateClient();

        var png = await client.GetByteArrayAsync(new Uri("http://localhost:1337/charts/top500-systems.png?width=400&height=300"));

        Assert.Equal("/charts/top500-systems.png?width=400&height=300", PngInfo.Read(png).Text("Permalink"));
    }

    [Theory]
    [InlineData("http://localhost:5080/", HttpStatusCode.OK)]
    [InlineData("http://localhost:1337/", HttpStatusCode.BadRequest)]
    [InlineData("http://localhost/", HttpStatusCode.BadRequest)]
    [InlineData("http://127.0.0.1:9999/", HttpStatusCode.OK)]
    [InlineData("http://[::1]:5080/", HttpStatusCode.OK)]
    [InlineData("http://[::1]:5081/", HttpStatusCode.BadRequest)]
    [InlineData("https://dash.example.org/", HttpStatusCode.OK)]
    [InlineData("https://dash.example.org:8443/", HttpStatusCode.BadRequest)]
    [InlineData("http://evil.example:5080/", HttpStatusCode.BadRequest)]
    public async Task Request_AllowedHostsWithPorts_PortMustMatch(string url, HttpStatusCode expected)
    {
        using var factory = Factory(("AllowedHosts", "localhost:5080;127.0.0.1;[::1]:5080;dash.example.org:443"));
        using var client = factory.CreateClient();

        var response = await client.GetAsync(new Uri(url));

        Assert.Equal(expected, response.StatusCode);
    }

    [Fact]
    public async Task IndicatorPage_ListedHostWithPort_EmbedCodeUsesItsOrigin()
    {
        using var factory = Factory(("AllowedHosts", "localhost:5080"));
        using var client = factory.CreateClient();

        var html = await client.GetStringAsync(new Uri("http://localhost:5080/indicators/top500-systems"));

        var code = new HtmlParser().ParseDocument(html).QuerySelector("textarea.embed-code")!.TextContent;
        Assert.StartsWith("<iframe src=\"http://localhost:5080/embed/top500-systems\"", code, StringComparison.Ordinal);
    }

    [Fact]
    public async Task IndicatorPage_TwoPortsOfOneListedHost_BodiesAndETagsDiffer()
    {
        using var factory = Factory();
        using var client = factory.CreateClient();

        var a = await client.GetAsync(new Uri("http://localhost:5080/indicators/top500-systems"));
        var b = await client.GetAsync(new Uri("http://localhost:1337/indicators/top500-systems"));

        Assert.NotEqual(await a.Content.ReadAsStringAsync(), await b.Content.ReadAsStringAsync());
        Assert.NotEqual(a.Headers.ETag, b.Headers.ETag);
    }

    [Fact]
    public async Task IndicatorPage_SitePublicBaseUrl_SameBodyAndETagWhateverTheHost()
    {
        using var factory = Factory(("Site:PublicBaseUrl", Base));
        using var client = factory.CreateClient();

        var a = await client.GetAsync(new Uri("http://localhost:5080/indicators/top500-systems"));
        var b = await client.GetAsync(new Uri("http://localhost:1337/indicators/top500-systems"));

        Assert.Equal(await a.Content.ReadAsStringAsync(), await b.Content.ReadAsStringAsync());
        Assert.Equal(a.Headers.ETag, b.Headers.ETag);
    }

    [Theory]
    [InlineData("Site:PublicBaseUrl", "dashboard.example.org")]
    [InlineData("Site:PublicBaseUrl", "https://dashboard.example.org/?q=1")]
    [InlineData("AllowedHosts", "localhost:port")]
    [InlineData("AllowedHosts", "localhost:70000")]
    public void Start_InvalidSetting_RefusesNamingIt(string key, string value)
    {
        using var factory = Factory((key, value));

        var ex = Assert.ThrowsAny<Exception>(() => factory.CreateClient());

        Assert.Contains(key, ex.ToString(), StringComparison.Ordinal);
    }

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

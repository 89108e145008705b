using System.IO.Compression;
using System.Net;
using System.Text;
using AngleSharp.Html.Parser;
using Dashboard.Tests.Decks;
using Dashboard.Tests.Support;
using DocumentFormat.OpenXml.Packaging;

namespace Dashboard.Tests.Security;

/// <summary>
/// <c>Site:PublicBaseUrl</c> goes into every absolute address the site writes (embed codes, CITATIONS.md, PNG
/// permalink chunks, deck notes) and the request's Host never does; without it, AllowedHosts entries may pin a port;
/// and ETags differ wherever the body does.
/// </summary>
public sealed class PublicUrlTests
{
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
    public async Task PackZip_OldExportPublicBaseUrlKey_StillUsed()
    {
        using var factory = Factory(("Export:PublicBaseUrl", Base));
        using var client = factory.CreateClient();

        var (md, _) = await PackAsync(client, "http://localhost:1337/export/pack.zip?charts=top500-systems&preset=document");

        Assert.Contains($"- Permalink: <{Base}/indicators/top500-systems>", md, StringComparison.Ordinal);
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
        var response = await client.GetAsync(new Uri(url));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var zip = new ZipArchive(new MemoryStream(await response.Content.ReadAsByteArrayAsync()), ZipArchiveMode.Read);
        using var citations = new StreamReader(zip.Entries.Single(e => e.FullName == "CITATIONS.md").Open(), Encoding.UTF8);
        var md = await citations.ReadToEndAsync();
        using var png = new MemoryStream();
        await using (var entry = zip.Entries.Single(e => e.FullName.EndsWith(".png", StringComparison.Ordinal)).Open())
        {
            await entry.CopyToAsync(png);
        }

        return (md, PngInfo.Read(png.ToArray()).Text("Permalink") ?? "");
    }
}

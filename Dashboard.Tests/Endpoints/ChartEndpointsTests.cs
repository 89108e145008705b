using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using CsvHelper;
using Dashboard.Tests.Charts;
using Dashboard.Tests.Support;
using Dashboard.Web.Charts;
using Dashboard.Web.Charts.Files;
using Dashboard.Web.Charts.Styling;

namespace Dashboard.Tests.Endpoints;

/// <summary>The chart endpoints against the shipped data/ (a fresh store in a temp folder).</summary>
public sealed class ChartEndpointsTests(ChartEndpointsTests.Fixture fixture) : IClassFixture<ChartEndpointsTests.Fixture>
{
    public sealed class Fixture : IDisposable
    {
        public DashboardFactory Factory { get; } = new();

        public HttpClient Client => Factory.CreateClient();

        public void Dispose() => Factory.Dispose();
    }

    private readonly HttpClient _client = fixture.Client;

    /// <summary>Every indicator id in the shipped data/indicators.csv.</summary>
    public static TheoryData<string> ShippedIndicators()
    {
        var data = new TheoryData<string>();
        using var reader = new CsvReader(new StreamReader(Path.Combine(AppContext.BaseDirectory, "data", "indicators.csv")), CultureInfo.InvariantCulture);
        reader.Read();
        reader.ReadHeader();
        while (reader.Read())
        {
            data.Add(reader.GetField("id")!);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(ShippedIndicators))]
    public async Task GetPngAndSvg_EveryShippedIndicator_200WithImage(string indicator)
    {
        using var png = await _client.GetAsync(new Uri($"/charts/{indicator}.png", UriKind.Relative));
        using var svg = await _client.GetAsync(new Uri($"/charts/{indicator}.svg", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, png.StatusCode);
        Assert.Equal("image/png", png.Content.Headers.ContentType!.MediaType);
        var pngBytes = await png.Content.ReadAsByteArrayAsync();
        ImageAssert.PngSize(pngBytes, 1200, 675);
        // Some indicators have no data yet ("No data for this selection"); every image still has its title.
        Assert.True(ImageAssert.InkShare(pngBytes, 0, 0, 0.5f, 0.09f) > 0.01, "no title ink");
        Assert.Equal(HttpStatusCode.OK, svg.StatusCode);
        Assert.Equal("image/svg+xml", svg.Content.Headers.ContentType!.MediaType);
        var text = ImageAssert.SvgText(ImageAssert.Svg(await svg.Content.ReadAsStringAsync()));
        Assert.Contains("GeoAI Dashboard", text, StringComparison.Ordinal);
        Assert.Contains("Source:", text, StringComparison.Ordinal);
    }

    /// <summary>Every shipped indicator in every theme.</summary>
    public static TheoryData<string, string> ShippedIndicatorsAndThemes()
    {
        var data = new TheoryData<string, string>();
        foreach (var indicator in ShippedIndicators())
        {
            foreach (var theme in ChartTheme.All)
            {
                data.Add(indicator, theme.Name);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(ShippedIndicatorsAndThemes))]
    public async Task GetPng_EveryShippedIndicatorInEveryTheme_ImageWithTitleAndData(string indicator, string theme)
    {
        using var png = await _client.GetAsync(new Uri($"/charts/{indicator}.png?theme={theme}", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, png.StatusCode);
        var bytes = await png.Content.ReadAsByteArrayAsync();
        ImageAssert.PngSize(bytes, 1200, 675);
        Assert.True(ImageAssert.InkShare(bytes, 0, 0, 0.5f, 0.09f) > 0.01, "no title ink");
        Assert.True(ImageAssert.InkShare(bytes, 0.1f, 0.25f, 0.9f, 0.8f) > 0.01, "no ink in the data area");
    }

    [Theory]
    [InlineData(1920, 1080, 1)]
    [InlineData(1600, 1200, 2)]
    [InlineData(1200, 800, 1)]
    [InlineData(1080, 1080, 2)]
    [InlineData(200, 150, 4)]
    public async Task GetPng_SizeAndScale_ExactPixels(int width, int height, int scale)
    {
        using var response = await _client.GetAsync(new Uri($"/charts/top500-systems.png?width={width}&height={height}&scale={scale}&theme=projector", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        ImageAssert.PngSize(await response.Content.ReadAsByteArrayAsync(), width * scale, height * scale);
    }

    [Theory]
    [InlineData("width=abc", "width")]
    [InlineData("width=199", "width")]
    [InlineData("width=3841", "width")]
    [InlineData("height=99999999999999999999", "height")]
    [InlineData("height=-5", "height")]
    [InlineData("scale=0", "scale")]
    [InlineData("scale=5", "scale")]
    [InlineData("scale=1.5", "scale")]
    [InlineData("theme=neon", "theme")]
    [InlineData("from=2019-13", "from")]
    [InlineData("to=20x9", "to")]
    [InlineData("from=2020&to=2019", "from")]
    [InlineData("entities=XYZ", "entities")]
    [InlineData("entities=CHN,%3Cscript%3E", "entities")]
    [InlineData("width=3840&height=2160&scale=4", "scale")]
    [InlineData("width=1200&width=800", "width")]
    public async Task GetPng_BadParameter_400ProblemNamingIt(string query, string parameter)
    {
        using var response = await _client.GetAsync(new Uri($"/charts/arms-import-share.png?{query}", UriKind.Relative));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType!.MediaType);
        using var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal($"Invalid parameter '{parameter}'", problem.RootElement.GetProperty("title").GetString());
        Assert.True(problem.RootElement.GetProperty("errors").TryGetProperty(parameter, out _), "errors does not name " + parameter);
    }

    [Theory]
    [InlineData("/charts/no-such-indicator.png")]
    [InlineData("/charts/no-such-indicator.svg")]
    [InlineData("/charts/no-such-indicator.csv")]
    [InlineData("/charts/%3Cscript%3Ealert(1)%3C%2Fscript%3E.png")]
    [InlineData("/charts/..%2F..%2Fetc%2Fpasswd.svg")]
    [InlineData("/charts/'%20OR%201=1--.csv")]
    public async Task Get_UnknownIndicator_404(string path)
    {
        using var response = await _client.GetAsync(new Uri(path, UriKind.Relative));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task Get_VeryLongIndicator_404()
    {
        using var response = await _client.GetAsync(new Uri($"/charts/{new string('a', 5000)}.png", UriKind.Relative));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Theory]
    [InlineData("")]
    [InlineData("width=&height=&scale=&theme=&from=&to=&entities=")]
    [InlineData("entities=,,,")]
    [InlineData("entities=chn&entities=rus")]
    [InlineData("theme=DARK&scale=2&width=640&height=360")]
    [InlineData("from=1000&to=2999")]
    [InlineData("from=2019-11&to=2019-11")]
    [InlineData("unknown=1&%00=%FF")]
    [InlineData("entities=%E2%80%AE%F0%9F%98%80")]
    [InlineData("from=%27;DROP%20TABLE%20observations;--")]
    [InlineData("width=1e3")]
    [InlineData("width=%20%20800%20")]
    [InlineData("to=9999999999999999999999999999")]
    [InlineData("scale=4&width=3840&height=2160")]
    public async Task Get_AnyParameterCombination_Never500(string query)
    {
        foreach (var format in new[] { "png", "svg", "csv" })
        {
            using var response = await _client.GetAsync(new Uri($"/charts/ai-strategy-events.{format}?{query}", UriKind.Relative));
            Assert.True((int)response.StatusCode < 500, $"{format}?{query}: {(int)response.StatusCode}");
        }
    }

    [Fact]
    public async Task Get_IfNoneMatchWithETag_304()
    {
        using var first = await _client.GetAsync(new Uri("/charts/top500-systems.png?theme=dark", UriKind.Relative));
        var etag = first.Headers.ETag!;
        Assert.False(etag.IsWeak);
        Assert.Contains("public", first.Headers.CacheControl!.ToString(), StringComparison.Ordinal);

        using var request = new HttpRequestMessage(HttpMethod.Get, "/charts/top500-systems.png?theme=dark");
        request.Headers.IfNoneMatch.Add(etag);
        using var second = await _client.SendAsync(request);

        Assert.Equal(HttpStatusCode.NotModified, second.StatusCode);
        Assert.Equal(etag, second.Headers.ETag);
        Assert.Empty(await second.Content.ReadAsByteArrayAsync());
    }

    [Fact]
    public async Task Get_OtherETag_200()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/charts/top500-systems.svg");
        request.Headers.IfNoneMatch.Add(new EntityTagHeaderValue("\"0000\""));
        using var response = await _client.SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task Get_ParametersChange_ETagChanges_EquivalentParameters_SameETag()
    {
        async Task<string> ETagOf(string url)
        {
            using var r = await _client.GetAsync(new Uri(url, UriKind.Relative));
            Assert.Equal(HttpStatusCode.OK, r.StatusCode);
            return r.Headers.ETag!.Tag;
        }

        var plain = await ETagOf("/charts/top500-systems.png");
        var wide = await ETagOf("/charts/top500-systems.png?width=1600");
        var dark = await ETagOf("/charts/top500-systems.png?theme=dark");
        var svg = await ETagOf("/charts/top500-systems.svg");
        var subset = await ETagOf("/charts/top500-systems.png?entities=CHN,RUS");
        var subsetReordered = await ETagOf("/charts/top500-systems.png?entities=rus,%20CHN");
        var defaultsSpelledOut = await ETagOf("/charts/top500-systems.png?width=1200&height=675&scale=1&theme=light");

        Assert.Equal(5, new[] { plain, wide, dark, svg, subset }.Distinct().Count());
        Assert.Equal(subset, subsetReordered);
        Assert.Equal(plain, defaultsSpelledOut);
    }

    [Fact]
    public async Task GetPng_TextChunks_TitleSourcePermalinkVersionLicenceSoftware()
    {
        using var response = await _client.GetAsync(new Uri("/charts/arms-import-share.png?theme=projector&entities=CHN", UriKind.Relative));
        var chunks = PngText.Read(await response.Content.ReadAsByteArrayAsync()).ToDictionary(c => c.Key, c => c.Value);

        Assert.Equal("Share of Central Asian arms imports by supplier", chunks["Title"]);
        Assert.Contains("Kalkan Küçüksolak, Ö. & Fırat, T. (2023)", chunks["Source"], StringComparison.Ordinal);
        Assert.Equal("/charts/arms-import-share.png?entities=CHN&theme=projector", chunks["Permalink"]);
        Assert.False(string.IsNullOrWhiteSpace(chunks["Data-Version"]));
        Assert.Contains("Kalkan Küçüksolak & Fırat (2023)", chunks["Licence"], StringComparison.Ordinal);
        Assert.Equal("GeoAI Dashboard", chunks["Software"]);
    }

    [Fact]
    public async Task GetSvg_StandaloneWithFallbackFontsAndSecurityHeaders()
    {
        using var response = await _client.GetAsync(new Uri("/charts/public-debt-share-china.svg?theme=dark", UriKind.Relative));
        var svg = await response.Content.ReadAsStringAsync();

        var doc = ImageAssert.Svg(svg);
        Assert.Contains("sans-serif", svg, StringComparison.Ordinal);
        Assert.Contains("Share of public debt owed to Chinese banks", ImageAssert.SvgText(doc), StringComparison.Ordinal);
        Assert.Contains("default-src 'none'", response.Headers.GetValues("Content-Security-Policy").Single(), StringComparison.Ordinal);
        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
    }

    [Fact]
    public async Task GetCsv_ShippedIndicator_BomRoundTripLinkAndSameRowsAsChart()
    {
        using var response = await _client.GetAsync(new Uri("/charts/top500-systems-paper.csv?entities=CHN,RUS", UriKind.Relative));
        var bytes = await response.Content.ReadAsByteArrayAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/csv", response.Content.Headers.ContentType!.MediaType);
        Assert.Equal([0xEF, 0xBB, 0xBF], bytes[..3]);
        Assert.Contains("rel=\"describedby\"", response.Headers.GetValues("Link").Single(), StringComparison.Ordinal);
        Assert.Equal("attachment", response.Content.Headers.ContentDisposition!.DispositionType);
        using var reader = new CsvReader(new StreamReader(new MemoryStream(bytes), Encoding.UTF8), CultureInfo.InvariantCulture);
        var rows = reader.GetRecords<dynamic>().Cast<IDictionary<string, object>>().ToList();
        Assert.Equal(["CHN", "RUS"], rows.Select(r => (string)r["entity"]).Order(StringComparer.Ordinal));
        Assert.Equal(["228", "3"], rows.OrderBy(r => (string)r["entity"], StringComparer.Ordinal).Select(r => (string)r["value"]));
        Assert.All(rows, r => Assert.StartsWith("Kalkan Küçüksolak", (string)r["source_citation"], StringComparison.Ordinal));
        Assert.All(rows, r => Assert.False(string.IsNullOrEmpty((string)r["locator"])));
    }

    [Fact]
    public async Task Get_ParallelRequests_AllSucceed()
    {
        var urls = Enumerable.Range(0, 12).Select(i =>
            $"/charts/{(i % 2 == 0 ? "top500-systems" : "ai-strategy-events")}.{(i % 3 == 0 ? "svg" : "png")}?width={400 + i * 10}&theme={ChartTheme.All[i % 3].Name}");

        var responses = await Task.WhenAll(urls.Select(u => _client.GetAsync(new Uri(u, UriKind.Relative))));

        Assert.All(responses, r => Assert.Equal(HttpStatusCode.OK, r.StatusCode));
        foreach (var r in responses)
        {
            r.Dispose();
        }
    }
}

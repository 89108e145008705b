using System.Globalization;
using System.Net;
using System.Text;
using System.Text.Json;
using CsvHelper;
using Dashboard.Tests.Charts;
using Dashboard.Tests.Support;

namespace Dashboard.Tests.Endpoints;

/// <summary>
/// <c>kind=map</c> on the chart endpoints against the shipped data/: issue 12's "done when" (the 2019 debt map's titles,
/// the 2× slide PNG), the 400s for indicators without a map, HEAD, the CSV of the mapped rows, the countries' outlines in
/// points.json and the ETag.
/// </summary>
public sealed class MapEndpointTests(ShippedDataFactory app) : IClassFixture<ShippedDataFactory>
{
    private const string Debt = "/charts/external-debt-share-china-bilateral";
    private static readonly string[] Five = ["KAZ", "KGZ", "TJK", "TKM", "UZB"];

    private readonly HttpClient _client = app.CreateClient();

    private async Task<HttpResponseMessage> GetOkAsync(string url)
    {
        var response = await _client.GetAsync(new Uri(url, UriKind.Relative));
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{url}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        return response;
    }

    [Fact]
    public async Task GetSvg_DebtMapTo2019_TitlesGiveKyrgyzstanAndTajikistan()
    {
        using var response = await GetOkAsync(Debt + ".svg?kind=map&to=2019");

        Assert.Equal("image/svg+xml", response.Content.Headers.ContentType!.MediaType);
        var doc = ImageAssert.Svg(await response.Content.ReadAsStringAsync());
        var titles = doc.Descendants().Where(e => e.Name.LocalName == "title").Select(e => e.Value).ToList();
        Assert.Contains("Kyrgyzstan: 47.9 % (2019)", titles);
        Assert.Contains("Tajikistan: 39.7 % (2019)", titles);
        var regions = doc.Descendants().Where(e => (string?)e.Attribute("class") == "map-region").Select(e => e.Attribute("data-code")!.Value).ToList();
        Assert.Superset(Five.ToHashSet(), regions.ToHashSet());
        Assert.Contains("Boundaries: Natural Earth", ImageAssert.SvgText(doc), StringComparison.Ordinal);
    }

    [Fact]
    public async Task GetPng_DebtMapSlideSizeAt2x_3840x2160()
    {
        using var response = await GetOkAsync(Debt + ".png?kind=map&to=2019&width=1920&height=1080&scale=2");

        Assert.Equal("image/png", response.Content.Headers.ContentType!.MediaType);
        var png = await response.Content.ReadAsByteArrayAsync();
        ImageAssert.PngSize(png, 3840, 2160);
        Assert.True(ImageAssert.InkShare(png, 0, 0, 0.5f, 0.09f) > 0.01, "no title ink");
        Assert.True(ImageAssert.InkShare(png, 0.1f, 0.2f, 0.7f, 0.85f) > 0.05, "no map ink");
    }

    [Theory]
    [InlineData("ai-strategy-events", "timeline")]
    [InlineData("safe-city-projects", "table of projects")]
    [InlineData("arms-import-share", "groups of countries")]
    public async Task Get_KindMapWithoutAMap_400NamingKind(string indicator, string reason)
    {
        foreach (var format in new[] { "png", "svg", "csv", "points.json" })
        {
            using var response = await _client.GetAsync(new Uri($"/charts/{indicator}.{format}?kind=map", UriKind.Relative));

            Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
            Assert.Equal("application/problem+json", response.Content.Headers.ContentType!.MediaType);
            using var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
            var errors = problem.RootElement.GetProperty("errors").GetProperty("kind");
            Assert.Contains(reason, errors[0].GetString(), StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task Get_KindMapForTheIndicatorsOwnChart_200()
    {
        // The same indicators answer without kind=map (and with kind=chart): the 400 is about the map only.
        foreach (var url in new[] { "/charts/ai-strategy-events.png", "/charts/arms-import-share.png?kind=chart" })
        {
            using var response = await GetOkAsync(url);
        }
    }

    [Theory]
    [InlineData("kind=bogus")]
    [InlineData("kind=map&kind=chart")]
    [InlineData("kind=%3Cscript%3E")]
    public async Task Get_BadKind_400NamingKind(string query)
    {
        using var response = await _client.GetAsync(new Uri($"{Debt}.png?{query}", UriKind.Relative));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        using var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.True(problem.RootElement.GetProperty("errors").TryGetProperty("kind", out _), "errors does not name kind");
        Assert.DoesNotContain("<script>", problem.RootElement.ToString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(Debt + ".png?kind=map&to=2019", HttpStatusCode.OK)]
    [InlineData(Debt + ".svg?kind=map", HttpStatusCode.OK)]
    [InlineData(Debt + ".csv?kind=map", HttpStatusCode.OK)]
    [InlineData("/charts/ai-strategy-events.png?kind=map", HttpStatusCode.BadRequest)]
    public async Task Head_MapUrl_LikeGetWithoutBody(string url, HttpStatusCode status)
    {
        using var get = await _client.GetAsync(new Uri(url, UriKind.Relative));
        using var head = await _client.SendAsync(new HttpRequestMessage(HttpMethod.Head, url));

        Assert.Equal(status, get.StatusCode);
        Assert.Equal(status, head.StatusCode);
        Assert.Equal(get.Headers.ETag, head.Headers.ETag);
        Assert.Equal(get.Content.Headers.ContentType, head.Content.Headers.ContentType);
        Assert.Equal(get.Content.Headers.ContentDisposition?.FileName, head.Content.Headers.ContentDisposition?.FileName);
        Assert.NotEmpty(await get.Content.ReadAsByteArrayAsync());
        if (status == HttpStatusCode.OK)
        {
            // The in-memory server passes a problem's body through on HEAD (Kestrel drops it); an image it never writes.
            Assert.Empty(await head.Content.ReadAsByteArrayAsync());
        }
    }

    [Fact]
    public async Task GetCsv_DebtMapTo2019_ExactlyTheFiveMappedRows()
    {
        using var response = await GetOkAsync(Debt + ".csv?kind=map&to=2019");
        using var chart = await GetOkAsync(Debt + ".csv?to=2019");

        var rows = await ReadCsvAsync(response);
        Assert.Equal(Five, rows.Select(r => r["entity"]).Order(StringComparer.Ordinal));
        Assert.All(rows, r => Assert.Equal("2019", r["period"]));
        Assert.All(rows, r => Assert.Equal("CHN", r["counterpart"]));
        Assert.StartsWith("47.9", rows.Single(r => r["entity"] == "KGZ")["value"], StringComparison.Ordinal);
        Assert.StartsWith("39.7", rows.Single(r => r["entity"] == "TJK")["value"], StringComparison.Ordinal);
        // The chart's CSV of the same range holds the earlier years too: the map's is the mapped rows only.
        Assert.True((await ReadCsvAsync(chart)).Count > rows.Count);
        Assert.Contains("-map", response.Content.Headers.ContentDisposition!.FileName, StringComparison.Ordinal);
    }

    [Fact]
    public async Task GetPoints_DebtMapTo2019_FiveCountriesEachInsideItsOwnShape()
    {
        using var response = await GetOkAsync(Debt + ".points.json?kind=map&to=2019");
        using var doc = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var root = doc.RootElement;

        Assert.Equal("map", root.GetProperty("kind").GetString());
        var points = root.GetProperty("points").EnumerateArray().ToList();
        Assert.Equal(Five, points.Select(p => p.GetProperty("entity").GetString()!).Order(StringComparer.Ordinal));
        var shapes = points.ToDictionary(p => p.GetProperty("entity").GetString()!, Shape);
        foreach (var p in points)
        {
            var code = p.GetProperty("entity").GetString()!;
            var (x, y) = (p.GetProperty("x").GetDouble(), p.GetProperty("y").GetDouble());
            Assert.Equal("2019", p.GetProperty("period").GetString());
            Assert.True(shapes[code].Count > 0, code + " has no shape");
            Assert.True(Inside(shapes[code], x, y), $"{code}'s point ({x}, {y}) is outside its shape");
            Assert.All(shapes.Where(s => s.Key != code), other => Assert.False(Inside(other.Value, x, y), $"{code}'s point is inside {other.Key}"));
            Assert.InRange(x, p.GetProperty("left").GetDouble(), p.GetProperty("right").GetDouble());
            Assert.InRange(y, p.GetProperty("top").GetDouble(), p.GetProperty("bottom").GetDouble());
        }

        Assert.Equal(47.9, points.Single(p => p.GetProperty("entity").GetString() == "KGZ").GetProperty("value").GetDouble(), 0.05);
    }

    [Fact]
    public async Task Get_MapAndChartOfOneIndicator_DifferentETags()
    {
        async Task<string> ETagOf(string url)
        {
            using var r = await GetOkAsync(url);
            return r.Headers.ETag!.Tag;
        }

        foreach (var format in new[] { "png", "svg", "csv", "points.json" })
        {
            var chart = await ETagOf($"{Debt}.{format}?to=2019");
            var map = await ETagOf($"{Debt}.{format}?to=2019&kind=map");
            var chartSpelledOut = await ETagOf($"{Debt}.{format}?to=2019&kind=chart");

            Assert.NotEqual(chart, map);
            Assert.Equal(chart, chartSpelledOut);
        }
    }

    [Fact]
    public async Task GetSvg_CountryIndicatorWithNoRowInThePeriod_AMapOfNoDataNotAGroupsMessage()
    {
        // public-debt-share-china has country rows, none up to 2019: the map says there is no row in the period.
        using var response = await GetOkAsync("/charts/public-debt-share-china.svg?kind=map&to=2019");

        var doc = ImageAssert.Svg(await response.Content.ReadAsStringAsync());
        var text = ImageAssert.SvgText(doc);
        Assert.DoesNotContain("groups of countries", text, StringComparison.Ordinal);
        Assert.Contains("No row for the five Central Asian states in this period", text, StringComparison.Ordinal);
        Assert.Equal(5, doc.Descendants().Count(e => (string?)e.Attribute("class") == "map-region" && e.Elements().Single().Value.Contains("no data", StringComparison.Ordinal)));
    }

    /// <summary>A point's "shape": rings of x, y pairs in image pixels.</summary>
    internal static List<double[]> Shape(JsonElement point) =>
        point.TryGetProperty("shape", out var shape)
            ? shape.EnumerateArray().Select(r => r.EnumerateArray().Select(v => v.GetDouble()).ToArray()).ToList()
            : [];

    /// <summary>Even-odd point in polygon over every ring (holes and islands included).</summary>
    internal static bool Inside(IReadOnlyList<double[]> rings, double x, double y)
    {
        var inside = false;
        foreach (var ring in rings)
        {
            var n = ring.Length / 2;
            for (int i = 0, j = n - 1; i < n; j = i++)
            {
                var (xi, yi, xj, yj) = (ring[2 * i], ring[2 * i + 1], ring[2 * j], ring[2 * j + 1]);
                if ((yi > y) != (yj > y) && x < (xj - xi) * (y - yi) / (yj - yi) + xi)
                {
                    inside = !inside;
                }
            }
        }

        return inside;
    }

    private static async Task<List<Dictionary<string, string>>> ReadCsvAsync(HttpResponseMessage response)
    {
        var bytes = await response.Content.ReadAsByteArrayAsync();
        using var reader = new CsvReader(new StreamReader(new MemoryStream(bytes), Encoding.UTF8), CultureInfo.InvariantCulture);
        return reader.GetRecords<dynamic>().Cast<IDictionary<string, object>>()
            .Select(r => r.ToDictionary(kv => kv.Key, kv => (string)kv.Value, StringComparer.Ordinal)).ToList();
    }
}

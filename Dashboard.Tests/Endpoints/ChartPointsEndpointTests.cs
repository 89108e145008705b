using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using Dashboard.Tests.Support;

namespace Dashboard.Tests.Endpoints;

/// <summary><c>/charts/{id}.points.json</c>: the same query rules, status codes and caching as the images, and what it lists per chart kind.</summary>
public sealed class ChartPointsEndpointTests(ShippedDataFactory app) : IClassFixture<ShippedDataFactory>
{
    private readonly HttpClient _client = app.CreateClient();

    private async Task<JsonElement> GetJsonAsync(string url)
    {
        using var response = await _client.GetAsync(new Uri(url, UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType!.MediaType);
        using var doc = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return doc.RootElement.Clone();
    }

    [Fact]
    public async Task GetPoints_Top500Systems_ChinaNovember2019Is228WithSourceAndPosition()
    {
        var root = await GetJsonAsync("/charts/top500-systems.points.json");

        Assert.Equal((1200, 675), (root.GetProperty("width").GetInt32(), root.GetProperty("height").GetInt32()));
        Assert.Equal("line", root.GetProperty("kind").GetString());
        Assert.Equal("/charts/top500-systems.png", root.GetProperty("image").GetString());
        var china = root.GetProperty("points").EnumerateArray().Single(p => p.GetProperty("entity").GetString() == "CHN" && p.GetProperty("period").GetString() == "2019-11");
        Assert.Equal("China", china.GetProperty("label").GetString());
        Assert.Equal("Nov 2019", china.GetProperty("periodLabel").GetString());
        Assert.Equal(228, china.GetProperty("value").GetDouble());
        Assert.Equal("228 systems", china.GetProperty("valueText").GetString());
        Assert.Equal("systems", china.GetProperty("unit").GetString());
        Assert.Equal("top500", china.GetProperty("source").GetString());
        Assert.Equal("TOP500.org", china.GetProperty("sourceName").GetString());
        Assert.Equal(JsonValueKind.Null, china.GetProperty("counterpart").ValueKind);
        Assert.InRange(china.GetProperty("x").GetDouble(), 600, 1100);
        Assert.InRange(china.GetProperty("y").GetDouble(), 60, 400);
        var mark = root.GetProperty("marks").EnumerateArray().Single(m => m.GetProperty("stated").GetString() == "228");
        Assert.Equal(china.GetProperty("x").GetDouble(), mark.GetProperty("x").GetDouble(), 0.01);
    }

    [Theory]
    [MemberData(nameof(ChartEndpointsTests.ShippedIndicators), MemberType = typeof(ChartEndpointsTests))]
    public async Task GetNarrowPngAndPoints_EveryShippedIndicator_PhoneSizedImageAndPointsInsideIt(string indicator)
    {
        using var png = await _client.GetAsync(new Uri($"/charts/{indicator}.png?layout=narrow", UriKind.Relative));
        var root = await GetJsonAsync($"/charts/{indicator}.points.json?layout=narrow");

        Assert.Equal(HttpStatusCode.OK, png.StatusCode);
        var bytes = await png.Content.ReadAsByteArrayAsync();
        Charts.ImageAssert.PngSize(bytes, 480, 720);
        Assert.True(Charts.ImageAssert.InkShare(bytes, 0, 0, 0.8f, 0.1f) > 0.01, "no title ink");
        var points = root.GetProperty("points").EnumerateArray().ToList();
        Assert.True(points.Count > 0 || root.GetProperty("reason").GetString() is { Length: > 0 });
        Assert.All(points, p =>
        {
            Assert.InRange(p.GetProperty("x").GetDouble(), 0, 480);
            Assert.InRange(p.GetProperty("y").GetDouble(), 0, 720);
        });
    }

    [Fact]
    public async Task GetPoints_Scale2_SameLayoutTwiceThePixels()
    {
        var one = await GetJsonAsync("/charts/top500-systems.points.json?width=900&height=500");
        var two = await GetJsonAsync("/charts/top500-systems.points.json?width=900&height=500&scale=2");

        Assert.Equal(1800, two.GetProperty("width").GetInt32());
        var a = one.GetProperty("points").EnumerateArray().Select(p => (p.GetProperty("x").GetDouble(), p.GetProperty("y").GetDouble())).ToList();
        var b = two.GetProperty("points").EnumerateArray().Select(p => (p.GetProperty("x").GetDouble(), p.GetProperty("y").GetDouble())).ToList();
        Assert.Equal(a.Count, b.Count);
        Assert.All(a.Zip(b), pair => Assert.Equal(pair.First.Item1 * 2, pair.Second.Item1, 0.05));
    }

    [Fact]
    public async Task GetPoints_StackedShares_EachSegmentARectangleStackedFromTheAxis()
    {
        var root = await GetJsonAsync("/charts/arms-supplier-share-5y.points.json?entities=KAZ");

        var points = root.GetProperty("points").EnumerateArray().ToList();
        Assert.NotEmpty(points);
        foreach (var bar in points.GroupBy(p => p.GetProperty("period").GetString()))
        {
            // Segments of one bar share its left and right edges and tile it without gaps, China's at the bottom.
            var segments = bar.OrderByDescending(p => p.GetProperty("bottom").GetDouble()).ToList();
            Assert.Single(segments.Select(s => Math.Round(s.GetProperty("left").GetDouble())).Distinct());
            for (var i = 1; i < segments.Count; i++)
            {
                Assert.Equal(segments[i - 1].GetProperty("top").GetDouble(), segments[i].GetProperty("bottom").GetDouble(), 0.05);
            }

            Assert.True(segments.All(s => s.GetProperty("right").GetDouble() - s.GetProperty("left").GetDouble() > 5));
            Assert.True(segments.All(s => s.GetProperty("y").GetDouble() > s.GetProperty("top").GetDouble() && s.GetProperty("y").GetDouble() < s.GetProperty("bottom").GetDouble()));
        }
    }

    [Fact]
    public async Task GetPoints_Timeline_EveryShownEventWithDateAndTitle()
    {
        var root = await GetJsonAsync("/charts/ai-strategy-events.points.json?height=1400");

        var points = root.GetProperty("points").EnumerateArray().ToList();
        Assert.NotEmpty(points);
        Assert.All(points, p => Assert.False(string.IsNullOrEmpty(p.GetProperty("valueText").GetString())));
        Assert.Equal(points.Count, points.Select(p => p.GetProperty("y").GetDouble()).Distinct().Count());
        Assert.All(points, p => Assert.Equal(root.GetProperty("series")[p.GetProperty("series").GetInt32()].GetProperty("entity").GetString(), p.GetProperty("entity").GetString()));
    }

    [Fact]
    public async Task GetPoints_Table_NoPointsAndAReason()
    {
        var root = await GetJsonAsync("/charts/safe-city-projects.points.json");

        Assert.Empty(root.GetProperty("points").EnumerateArray());
        Assert.Contains("table", root.GetProperty("reason").GetString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("layout=tall", "layout")]
    [InlineData("width=199", "width")]
    [InlineData("entities=ZZZ", "entities")]
    public async Task GetPoints_BadParameter_400NamingIt(string query, string parameter)
    {
        using var response = await _client.GetAsync(new Uri("/charts/top500-systems.points.json?" + query, UriKind.Relative));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        using var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.True(problem.RootElement.GetProperty("errors").TryGetProperty(parameter, out _));
    }

    [Fact]
    public async Task GetPoints_UnknownIndicator_404()
    {
        using var response = await _client.GetAsync(new Uri("/charts/no-such-chart.points.json", UriKind.Relative));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task GetPoints_IfNoneMatch_304AndETagDiffersFromThePng()
    {
        using var first = await _client.GetAsync(new Uri("/charts/top500-systems.points.json?layout=narrow", UriKind.Relative));
        using var png = await _client.GetAsync(new Uri("/charts/top500-systems.png?layout=narrow", UriKind.Relative));
        var request = new HttpRequestMessage(HttpMethod.Get, "/charts/top500-systems.points.json?layout=narrow");
        request.Headers.IfNoneMatch.Add(EntityTagHeaderValue.Parse(first.Headers.ETag!.Tag));
        using var again = await _client.SendAsync(request);

        Assert.Equal("public, max-age=300", first.Headers.CacheControl!.ToString());
        Assert.NotEqual(first.Headers.ETag, png.Headers.ETag);
        Assert.Equal(HttpStatusCode.NotModified, again.StatusCode);
    }

    [Theory]
    [InlineData("arms-tiv-delivered")]
    [InlineData("ai-publications")]
    [InlineData("external-debt-share-china-bilateral")]
    public async Task GetPoints_NarrowManySeries_PlotAtLeastHalfTheHeight(string indicator)
    {
        var narrow = await GetJsonAsync($"/charts/{indicator}.points.json?layout=narrow&scale=2");

        var plot = narrow.GetProperty("plot").EnumerateArray().Select(v => v.GetDouble()).ToArray();
        var height = narrow.GetProperty("height").GetDouble();
        Assert.True(narrow.GetProperty("series").GetArrayLength() >= 5);
        Assert.True((plot[3] - plot[1]) / height >= 0.5, $"plot {plot[1]}–{plot[3]} of {height} px");
    }

    [Fact]
    public async Task GetPoints_Narrow_DefaultSizeAndLargerTicks()
    {
        var narrow = await GetJsonAsync("/charts/top500-systems.points.json?layout=narrow");
        var wide = await GetJsonAsync("/charts/top500-systems.points.json?width=480&height=600");

        Assert.Equal((480, 720), (narrow.GetProperty("width").GetInt32(), narrow.GetProperty("height").GetInt32()));
        Assert.Equal("/charts/top500-systems.png?layout=narrow", narrow.GetProperty("image").GetString());
        // 16.4 px ticks on a 480 px image: 12 CSS px when a 390 px phone shows it 356 px wide.
        Assert.True(narrow.GetProperty("tickFontSize").GetDouble() * 356 / 480 >= 11, narrow.GetProperty("tickFontSize").ToString());
        Assert.True(wide.GetProperty("tickFontSize").GetDouble() * 356 / 480 < 11);
    }
}

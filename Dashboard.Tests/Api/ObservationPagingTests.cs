using System.Net;
using System.Text.Json;
using Dashboard.Tests.Support;

namespace Dashboard.Tests.Api;

/// <summary><c>/api/observations</c> on 7,200 rows: pages of <c>limit</c> (default 1,000, at most 5,000) linked by <c>cursor</c> and <c>Link: rel="next"</c>.</summary>
public sealed class ObservationPagingTests(LargeDataApp app) : IClassFixture<LargeDataApp>
{
    private const string Url = "/api/observations?indicator=" + LargeIndicatorData.IndicatorId;

    private async Task<(HttpResponseMessage Response, JsonElement Json)> GetAsync(string url)
    {
        using var client = app.CreateClient();
        var response = await client.GetAsync(url);
        return (response, JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.Clone());
    }

    [Fact]
    public async Task Observations_NoLimit_FirstPageOfDefaultSizeWithTotalCursorAndLinkNext()
    {
        var (response, json) = await GetAsync(Url);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(1000, json.GetProperty("count").GetInt32());
        Assert.Equal(1000, json.GetProperty("observations").GetArrayLength());
        Assert.Equal(app.Rows, json.GetProperty("total").GetInt32());
        var next = json.GetProperty("next").GetString()!;
        Assert.Equal($"<{next}>; rel=\"next\"", response.Headers.GetValues("Link").Single());
        Assert.StartsWith("/api/observations?indicator=bulk-series&cursor=", next, StringComparison.Ordinal);
        Assert.Equal(json.GetProperty("nextCursor").GetString(), Uri.UnescapeDataString(next[(next.IndexOf("cursor=", StringComparison.Ordinal) + 7)..]));
    }

    [Fact]
    public async Task Observations_FollowingNext_EveryRowOnceInKeyOrder()
    {
        var keys = new List<string>();
        var url = Url + "&limit=5000";
        var pages = 0;
        while (url is not null)
        {
            var (response, json) = await GetAsync(url);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            keys.AddRange(json.GetProperty("observations").EnumerateArray()
                .Select(o => o.GetProperty("entityCode").GetString() + "|" + o.GetProperty("period").GetString()));
            url = json.GetProperty("next").GetString();
            pages++;
        }

        Assert.Equal(2, pages);
        Assert.Equal(app.Rows, keys.Count);
        Assert.Equal(app.Rows, keys.Distinct(StringComparer.Ordinal).Count());
        Assert.Equal(keys.Order(StringComparer.Ordinal), keys);
    }

    [Fact]
    public async Task Observations_LastPage_NoNextAndNoLink()
    {
        var (first, json) = await GetAsync(Url + "&limit=5000");
        var (last, lastJson) = await GetAsync(json.GetProperty("next").GetString()!);

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal(app.Rows - 5000, lastJson.GetProperty("count").GetInt32());
        Assert.Equal(JsonValueKind.Null, lastJson.GetProperty("next").ValueKind);
        Assert.Equal(JsonValueKind.Null, lastJson.GetProperty("nextCursor").ValueKind);
        Assert.False(last.Headers.Contains("Link"));
    }

    [Theory]
    [InlineData("&limit=5001", "limit")]
    [InlineData("&limit=0", "limit")]
    [InlineData("&limit=ten", "limit")]
    [InlineData("&cursor=not-a-cursor!", "cursor")]
    [InlineData("&cursor=Zm9v", "cursor")]
    public async Task Observations_BadLimitOrCursor_400NamingIt(string query, string parameter)
    {
        var (response, json) = await GetAsync(Url + query);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.True(json.GetProperty("errors").TryGetProperty(parameter, out _), json.ToString());
    }

    [Theory]
    [InlineData("/api/observations?indicator=top500-systems")]
    [InlineData(Url + "&entities=CHN")]
    [InlineData(Url + "&from=2001")]
    [InlineData(Url + "&to=2030")]
    [InlineData(Url + "&counterpart=RUS")]
    public async Task Observations_CursorOfAnotherQuery_400NamingCursor(string otherQuery)
    {
        var (_, first) = await GetAsync(Url + "&limit=10");
        var cursor = first.GetProperty("nextCursor").GetString()!;

        var (response, json) = await GetAsync(otherQuery + "&cursor=" + Uri.EscapeDataString(cursor));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("another query", json.GetProperty("errors").GetProperty("cursor")[0].GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Observations_SameQueryOtherLimitOrParameterOrder_CursorAccepted()
    {
        var (_, first) = await GetAsync(Url + "&entities=CHN,RUS&limit=10");
        var cursor = first.GetProperty("nextCursor").GetString()!;

        var (response, json) = await GetAsync("/api/observations?entities=rus,CHN&limit=20&indicator=" + LargeIndicatorData.IndicatorId + "&cursor=" + Uri.EscapeDataString(cursor));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(20, json.GetProperty("count").GetInt32());
    }
}

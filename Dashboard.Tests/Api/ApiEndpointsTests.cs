using System.Net;
using System.Text.Json;
using Dashboard.Tests.Support;

namespace Dashboard.Tests.Api;

public sealed class ApiEndpointsTests : IDisposable
{
    private readonly AdminAppFactory _factory = new();
    private readonly HttpClient _client;

    public ApiEndpointsTests() => _client = _factory.CreateClient();

    public void Dispose()
    {
        _client.Dispose();
        _factory.Dispose();
    }

    private async Task<JsonElement> JsonAsync(string url)
    {
        var response = await _client.GetAsync(url);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
    }

    [Fact]
    public async Task Indicators_All_ListsDefinitionsWithCounts()
    {
        var json = await JsonAsync("/api/indicators");

        var top500 = json.EnumerateArray().Single(i => i.GetProperty("id").GetString() == "top500-systems");
        Assert.Equal("systems", top500.GetProperty("unit").GetString());
        Assert.Equal(4, top500.GetProperty("observationCount").GetInt64());
        Assert.Equal(500, top500.GetProperty("maxValue").GetDouble());
    }

    [Fact]
    public async Task Indicator_Known_ReturnsDefinitionAndCitedSources()
    {
        var json = await JsonAsync("/api/indicators/top500-systems");

        Assert.Equal("TOP500 systems", json.GetProperty("indicator").GetProperty("name").GetString());
        Assert.Equal(["paper", "zanini-2022"], json.GetProperty("sources").EnumerateArray().Select(s => s.GetProperty("id").GetString()).Order());
    }

    [Fact]
    public async Task Observations_Filtered_ReturnsMatchingRowsWithProvenance()
    {
        var json = await JsonAsync("/api/observations?indicator=top500-systems&entities=CHN,RUS&from=2019-11&to=2019-12");

        var rows = json.GetProperty("observations").EnumerateArray().ToList();
        Assert.Equal(["CHN", "RUS"], rows.Select(r => r.GetProperty("entityCode").GetString()));
        Assert.Equal([228.0, 3.0], rows.Select(r => r.GetProperty("value").GetDouble()));
        Assert.All(rows, r => Assert.Equal("§2.4", r.GetProperty("locator").GetString()));
        Assert.Equal(2, json.GetProperty("count").GetInt32());
    }

    [Fact]
    public async Task Observations_Counterpart_FiltersBySupplier()
    {
        var json = await JsonAsync("/api/observations?indicator=arms-import-share&counterpart=CHN&to=2014");

        var row = Assert.Single(json.GetProperty("observations").EnumerateArray());
        Assert.Equal("2010-2014", row.GetProperty("period").GetString());
    }

    [Theory]
    [InlineData("/api/observations", "indicator")]
    [InlineData("/api/observations?indicator=Top500", "indicator")]
    [InlineData("/api/observations?indicator=top500-systems&entities=k%40z", "entities")]
    [InlineData("/api/observations?indicator=top500-systems&entities=ZZZ", "entities")]
    [InlineData("/api/observations?indicator=top500-systems&counterpart=%3Cscript%3E", "counterpart")]
    [InlineData("/api/observations?indicator=top500-systems&from=2019-13", "from")]
    [InlineData("/api/observations?indicator=top500-systems&from=last%20year", "from")]
    [InlineData("/api/observations?indicator=top500-systems&from=2020&to=2019", "from")]
    [InlineData("/api/events?from=abc", "from")]
    [InlineData("/api/events?from=2020&to=2010", "to")]
    [InlineData("/api/events?dimension=cyber", "dimension")]
    [InlineData("/api/events?actor=c", "actor")]
    [InlineData("/api/indicators/NOT_A_SLUG", "id")]
    public async Task Api_InvalidParameter_Is400ProblemDetailsNamingIt(string url, string parameter)
    {
        var response = await _client.GetAsync(url);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        Assert.Equal(400, json.GetProperty("status").GetInt32());
        Assert.True(json.GetProperty("errors").TryGetProperty(parameter, out _), json.ToString());
    }

    [Fact]
    public async Task Observations_TooManyEntities_Is400()
    {
        var codes = string.Join(',', Enumerable.Range(0, 51).Select(i => "E" + i.ToString("D2", System.Globalization.CultureInfo.InvariantCulture)));

        var response = await _client.GetAsync("/api/observations?indicator=top500-systems&entities=" + codes);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Theory]
    [InlineData("/api/indicators/nope")]
    [InlineData("/api/observations?indicator=nope")]
    public async Task Api_UnknownIndicator_Is404ProblemDetails(string url)
    {
        var response = await _client.GetAsync(url);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task Events_YearRange_ReturnsEventsInDateOrder()
    {
        var json = await JsonAsync("/api/events?from=2017&to=2019");

        Assert.Equal(["New Generation AI Development Plan", "Decree No. 490"], json.EnumerateArray().Select(e => e.GetProperty("title").GetString()));
    }

    [Fact]
    public async Task SourcesAndDatasets_ListThemAll()
    {
        var sources = await JsonAsync("/api/sources");
        var datasets = await JsonAsync("/api/datasets");

        Assert.Equal(2, sources.GetArrayLength());
        var paper = Assert.Single(datasets.EnumerateArray());
        Assert.Equal("shipped", paper.GetProperty("origin").GetString());
        Assert.Equal(64, paper.GetProperty("contentHash").GetString()!.Length);
    }

    [Fact]
    public async Task Claims_ShippedData_ListsRecomputedClaimsWithWordStatuses()
    {
        using var shipped = new AdminAppFactory(dataFolder: Path.Combine(AppContext.BaseDirectory, "data"));
        using var client = shipped.CreateClient();

        var json = JsonDocument.Parse(await client.GetStringAsync("/api/claims")).RootElement;

        Assert.True(json.GetArrayLength() > 0);
        Assert.All(json.EnumerateArray(), c => Assert.Contains(c.GetProperty("status").GetString(), new[] { "matches", "close", "diverges", "not-checkable" }));
        Assert.All(json.EnumerateArray(), c => Assert.False(string.IsNullOrEmpty(c.GetProperty("claim").GetProperty("id").GetString())));
    }

    [Fact]
    public async Task OpenApi_Document_IsValidJsonDescribingEveryApiOperation()
    {
        var response = await _client.GetAsync("/openapi/v1.json");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        Assert.StartsWith("3.", json.GetProperty("openapi").GetString(), StringComparison.Ordinal);
        var paths = json.GetProperty("paths").EnumerateObject().Select(p => p.Name).ToList();
        foreach (var path in new[] { "/api/indicators", "/api/indicators/{id}", "/api/observations", "/api/sources", "/api/events", "/api/claims", "/api/datasets" })
        {
            Assert.Contains(path, paths);
        }

        Assert.DoesNotContain(paths, p => p.StartsWith("/admin", StringComparison.Ordinal) || p == "/healthz");
        var parameters = json.GetProperty("paths").GetProperty("/api/observations").GetProperty("get").GetProperty("parameters")
            .EnumerateArray().Select(p => p.GetProperty("name").GetString()).ToList();
        Assert.Equal(["indicator", "entities", "counterpart", "from", "to", "asof", "limit", "cursor"], parameters);
        Assert.True(json.GetProperty("paths").GetProperty("/api/observations").GetProperty("get").GetProperty("parameters")[0].GetProperty("required").GetBoolean());
    }

    /// <summary>
    /// The rules of Redocly's recommended set that a generated document can break, checked here so the document stays
    /// clean for client generators (the full linter: <c>npx @redocly/cli lint http://localhost:5080/openapi/v1.json</c>).
    /// </summary>
    [Fact]
    public async Task OpenApi_Document_EveryOperationNamedSummarisedSecuredWithA4xxAnswer()
    {
        var json = JsonDocument.Parse(await _client.GetStringAsync("/openapi/v1.json")).RootElement;

        Assert.Equal(JsonValueKind.Array, json.GetProperty("security").ValueKind);
        Assert.All(json.GetProperty("servers").EnumerateArray(), s => Assert.False(s.GetProperty("url").GetString()!.EndsWith('/')));
        Assert.True(json.GetProperty("info").GetProperty("license").TryGetProperty("url", out _));
        Assert.All(json.GetProperty("tags").EnumerateArray(), t => Assert.False(string.IsNullOrWhiteSpace(t.GetProperty("description").GetString())));
        var operations = json.GetProperty("paths").EnumerateObject()
            .SelectMany(p => p.Value.EnumerateObject().Select(o => (Name: o.Name.ToUpperInvariant() + " " + p.Name, Operation: o.Value)))
            .ToList();
        Assert.True(operations.Count >= 13, $"{operations.Count} operations");
        var ids = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (name, operation) in operations)
        {
            Assert.True(operation.TryGetProperty("operationId", out var id) && ids.Add(id.GetString()!), name + ": no unique operationId");
            Assert.True(operation.TryGetProperty("summary", out var summary) && summary.GetString()!.Length > 0, name + ": no summary");
            Assert.True(operation.GetProperty("responses").EnumerateObject().Any(r => r.Name.StartsWith('4')), name + ": no 4xx response");
        }
    }

    [Fact]
    public async Task ApiDocsPage_RendersOperationsAndParametersFromTheDocument()
    {
        var html = await _client.GetStringAsync("/api-docs");
        var doc = new AngleSharp.Html.Parser.HtmlParser().ParseDocument(html);

        var headings = doc.QuerySelectorAll("section.api-operation h2").Select(h => h.TextContent).ToList();
        Assert.Contains("GET /api/observations", headings);
        Assert.Contains("GET /api/indicators/{id}", headings);
        var observations = doc.QuerySelector("#get-api-observations")!;
        Assert.Contains("counterpart", observations.QuerySelectorAll("td code").Select(c => c.TextContent));
        Assert.Contains("Entity codes separated by commas", observations.TextContent, StringComparison.Ordinal);
    }
}

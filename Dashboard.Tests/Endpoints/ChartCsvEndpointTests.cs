using System.Globalization;
using System.Net;
using System.Text;
using CsvHelper;
using Dashboard.Tests.Charts;
using Dashboard.Tests.Support;

namespace Dashboard.Tests.Endpoints;

/// <summary>The chart endpoints against a test data folder with a negative value, a formula-like note and every kind.</summary>
public sealed class ChartCsvEndpointTests : IDisposable
{
    private readonly ChartTestData _data = new();
    private readonly DashboardFactory _factory;
    private readonly HttpClient _client;

    public ChartCsvEndpointTests()
    {
        _factory = new DashboardFactory(_data.Path, new Dictionary<string, string?> { ["Charts:PaperSourceId"] = "paper" });
        _client = _factory.CreateClient();
    }

    public void Dispose()
    {
        _client.Dispose();
        _factory.Dispose();
        _data.Dispose();
    }

    [Fact]
    public async Task GetCsv_FormulaNoteAndNegativeValue_NoteNeutralisedValueNumeric()
    {
        using var response = await _client.GetAsync(new Uri("/charts/ai-growth.csv", UriKind.Relative));
        var bytes = await response.Content.ReadAsByteArrayAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal([0xEF, 0xBB, 0xBF], bytes[..3]);
        var text = Encoding.UTF8.GetString(bytes);
        Assert.Contains(",-5,", text, StringComparison.Ordinal);
        Assert.Contains("'=cmd()", text, StringComparison.Ordinal);
        using var reader = new CsvReader(new StreamReader(new MemoryStream(bytes), Encoding.UTF8), CultureInfo.InvariantCulture);
        var rows = reader.GetRecords<dynamic>().Cast<IDictionary<string, object>>().ToList();
        var first = rows.Single(r => (string)r["period"] == "2019");
        Assert.Equal(-5, double.Parse((string)first["value"], NumberStyles.Float, CultureInfo.InvariantCulture));
        Assert.Equal("'=cmd()", first["note"]);
        Assert.Equal("'@SUM(A1)", rows.Single(r => (string)r["period"] == "2020")["note"]);
    }

    [Fact]
    public async Task GetCsv_FilteredLikeTheChart_SameRows()
    {
        using var response = await _client.GetAsync(new Uri("/charts/top500-monthly.csv?entities=RUS&from=2019-11", UriKind.Relative));
        using var reader = new CsvReader(new StreamReader(await response.Content.ReadAsStreamAsync(), Encoding.UTF8), CultureInfo.InvariantCulture);
        var rows = reader.GetRecords<dynamic>().Cast<IDictionary<string, object>>().ToList();

        Assert.Equal(["2019-11", "2020-06"], rows.Select(r => (string)r["period"]));
        Assert.All(rows, r => Assert.Equal("RUS", r["entity"]));
        Assert.Equal(["stated", "derived"], rows.Select(r => (string)r["basis"]));
    }

    [Theory]
    [InlineData("arms-import-share")]
    [InlineData("top500-monthly")]
    [InlineData("ai-growth")]
    [InlineData("one-period")]
    [InlineData("supplier-shares")]
    [InlineData("empty-line")]
    [InlineData("events-tl")]
    [InlineData("projects-tbl")]
    [InlineData("tiv")]
    public async Task Get_EveryShape_PngSvgCsv200(string indicator)
    {
        foreach (var theme in new[] { "light", "dark", "projector" })
        {
            using var png = await _client.GetAsync(new Uri($"/charts/{indicator}.png?theme={theme}&scale=2&width=800&height=450", UriKind.Relative));
            Assert.Equal(HttpStatusCode.OK, png.StatusCode);
            var bytes = await png.Content.ReadAsByteArrayAsync();
            ImageAssert.PngSize(bytes, 1600, 900);
            var folder = Directory.CreateDirectory(Path.Combine(AppContext.BaseDirectory, "chart-samples"));
            await File.WriteAllBytesAsync(Path.Combine(folder.FullName, $"endpoint-{indicator}-{theme}.png"), bytes);
            using var svg = await _client.GetAsync(new Uri($"/charts/{indicator}.svg?theme={theme}", UriKind.Relative));
            Assert.Equal(HttpStatusCode.OK, svg.StatusCode);
            ImageAssert.Svg(await svg.Content.ReadAsStringAsync());
        }

        using var csv = await _client.GetAsync(new Uri($"/charts/{indicator}.csv", UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, csv.StatusCode);
    }
}

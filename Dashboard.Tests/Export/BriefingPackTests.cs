using System.Globalization;
using System.IO.Compression;
using System.Net;
using System.Text;
using System.Xml.Linq;
using Dashboard.Data;
using Dashboard.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace Dashboard.Tests.Export;

public sealed class BriefingPackTests(ExportDataFactory app) : IClassFixture<ExportDataFactory>
{
    private async Task<(HttpResponseMessage Response, byte[] Body)> GetAsync(string url)
    {
        using var client = app.CreateClient();
        var response = await client.GetAsync(new Uri(url, UriKind.Relative));
        return (response, await response.Content.ReadAsByteArrayAsync());
    }

    [Fact]
    public async Task PackZip_TwoCharts_ContainsTheListedFilesAllValid()
    {
        var (response, body) = await GetAsync("/export/pack.zip?charts=top500-systems,trade-balance&preset=document&scale=2&theme=dark");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/zip", response.Content.Headers.ContentType?.MediaType);
        var date = DateTime.UtcNow.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        Assert.Equal($"geoai-briefing-pack-charts-{date}-2400x1600.zip", response.Content.Headers.ContentDisposition?.FileNameStar ?? response.Content.Headers.ContentDisposition?.FileName);
        using var zip = new ZipArchive(new MemoryStream(body), ZipArchiveMode.Read);
        Assert.Equal(
            [
                "top500-systems-2019-2020-2400x1600-dark.png", "top500-systems-2019-2020-2400x1600-dark.svg", "top500-systems-2019-2020.csv",
                "trade-balance-2019-2021-2400x1600-dark.png", "trade-balance-2019-2021-2400x1600-dark.svg", "trade-balance-2019-2021.csv",
                "CITATIONS.md",
            ],
            zip.Entries.Select(e => e.FullName));

        foreach (var entry in zip.Entries)
        {
            using var stream = entry.Open();
            using var copy = new MemoryStream();
            await stream.CopyToAsync(copy);
            var bytes = copy.ToArray();
            switch (Path.GetExtension(entry.FullName))
            {
                case ".png":
                    var png = PngInfo.Read(bytes);
                    Assert.Equal((2400, 1600), (png.Width, png.Height));
                    Assert.StartsWith("http://localhost/charts/", png.Text("Permalink"), StringComparison.Ordinal);
                    break;
                case ".svg":
                    Assert.Equal("svg", XDocument.Parse(Encoding.UTF8.GetString(bytes)).Root!.Name.LocalName);
                    break;
                case ".csv":
                    Assert.Equal([0xEF, 0xBB, 0xBF], bytes[..3]);
                    break;
                default:
                    var md = Encoding.UTF8.GetString(bytes);
                    Assert.Contains("## 1. TOP500 systems", md, StringComparison.Ordinal);
                    Assert.Contains("## 2. Arms trade balance", md, StringComparison.Ordinal);
                    Assert.Contains("<http://localhost/indicators/top500-systems>", md, StringComparison.Ordinal);
                    Assert.Contains("Zanini, M. (2022). China and Central Asia. Accessed 2023-01-15.", md, StringComparison.Ordinal);
                    Assert.Contains("`trade-balance-2019-2021.csv`", md, StringComparison.Ordinal);
                    Assert.Contains($"data version `{app.Services.GetRequiredService<Database>().GetDataVersion()}`", md, StringComparison.Ordinal);
                    Assert.Contains($"Generated {date} (UTC)", md, StringComparison.Ordinal);
                    break;
            }
        }
    }

    [Fact]
    public async Task PackZip_SameChartTwice_SecondCopyGetsASuffix()
    {
        var (response, body) = await GetAsync("/export/pack.zip?charts=trade-balance&charts=trade-balance&preset=square");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var zip = new ZipArchive(new MemoryStream(body), ZipArchiveMode.Read);
        Assert.Contains("trade-balance-2019-2021-1080x1080.png", zip.Entries.Select(e => e.FullName));
        Assert.Contains("trade-balance-2019-2021-1080x1080-2.png", zip.Entries.Select(e => e.FullName));
        Assert.Equal(7, zip.Entries.Count);
    }

    [Theory]
    [InlineData("/export/pack.zip", HttpStatusCode.BadRequest, "charts")]
    [InlineData("/export/pack.zip?charts=top500-systems&preset=poster", HttpStatusCode.BadRequest, "preset")]
    [InlineData("/export/pack.zip?charts=top500-systems&scale=5", HttpStatusCode.BadRequest, "scale")]
    [InlineData("/export/pack.zip?charts=top500-systems&preset=custom&width=3840&height=2160&scale=3", HttpStatusCode.BadRequest, "over the cap")]
    [InlineData("/export/pack.zip?charts=top500-systems&theme=neon", HttpStatusCode.BadRequest, "theme")]
    [InlineData("/export/pack.zip?charts=../etc/passwd", HttpStatusCode.BadRequest, "not a chart id")]
    [InlineData("/export/pack.zip?deck=lecture", HttpStatusCode.BadRequest, "deck")]
    [InlineData("/export/pack.zip?charts=no-such-chart", HttpStatusCode.NotFound, "no-such-chart")]
    public async Task PackZip_BadParameter_ClientErrorNamingIt(string url, HttpStatusCode status, string message)
    {
        var (response, body) = await GetAsync(url);

        Assert.Equal(status, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains(message, Encoding.UTF8.GetString(body), StringComparison.Ordinal);
    }

    [Fact]
    public async Task PackZip_TooManyCharts_BadRequest()
    {
        var url = "/export/pack.zip?charts=" + string.Join(',', Enumerable.Repeat("trade-balance", 21));

        var (response, body) = await GetAsync(url);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("At most 20", Encoding.UTF8.GetString(body), StringComparison.Ordinal);
    }

    [Fact]
    public async Task PackZip_OverItsOwnLimit_429WhileChartsStillServe()
    {
        using var limited = new DashboardFactory(null, new Dictionary<string, string?> { ["RateLimit:Export:PermitLimit"] = "2" });
        using var client = limited.CreateClient();

        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 3; i++)
        {
            statuses.Add((await client.GetAsync(new Uri("/export/pack.zip?charts=ai-industry-growth&preset=document", UriKind.Relative))).StatusCode);
        }

        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.TooManyRequests], statuses);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(new Uri("/charts/ai-industry-growth.svg", UriKind.Relative))).StatusCode);
    }
}

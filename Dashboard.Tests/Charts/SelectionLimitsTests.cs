using System.Globalization;
using System.Net;
using System.Text.Json;
using Dashboard.Tests.Support;
using Dashboard.Web.Cli;

namespace Dashboard.Tests.Charts;

/// <summary>
/// One selection type, one parser, one set of limits: the same bad <c>entities</c> value gets the same status class,
/// limit and message from the chart endpoint, Compare, the API, the briefing pack, present mode and the CLI.
/// </summary>
public sealed class SelectionLimitsTests(ShippedDataFactory app) : IClassFixture<ShippedDataFactory>
{
    public static TheoryData<string, string> BadEntities() => new()
    {
        { string.Join(',', Enumerable.Range(0, 51).Select(i => "E" + i.ToString(CultureInfo.InvariantCulture))), "At most 50 entities can be shown at once; got 51." },
        { "CHN,C$N", "'C$N' is not an entity code (upper-case letters, digits and '-', e.g. CHN or CA5)." },
        { "CHN,ZZZ", "Unknown entity code(s): ZZZ." },
    };

    [Theory]
    [MemberData(nameof(BadEntities))]
    public async Task Entities_SameBadValueEverywhere_SameMessage(string entities, string message)
    {
        var value = Uri.EscapeDataString(entities);
        var client = app.CreateClient();

        foreach (var url in new[]
        {
            $"/charts/top500-systems.png?entities={value}",
            $"/api/observations?indicator=top500-systems&entities={value}",
            $"/export/pack.zip?charts=top500-systems&entities={value}",
        })
        {
            var response = await client.GetAsync(new Uri(url, UriKind.Relative));
            Assert.True(response.StatusCode == HttpStatusCode.BadRequest, url);
            using var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
            Assert.Equal(message, problem.RootElement.GetProperty("errors").GetProperty("entities")[0].GetString());
        }

        var (compare, page) = await app.GetPageAsync($"/compare?indicator=top500-systems&entities={value}");
        Assert.Equal(HttpStatusCode.BadRequest, compare.StatusCode);
        Assert.Contains("entities: " + message, page.QuerySelector("#errors")!.TextContent, StringComparison.Ordinal);

        var present = await client.GetAsync(new Uri($"/present?charts=top500-systems&entities={value}", UriKind.Relative));
        Assert.Equal(HttpStatusCode.BadRequest, present.StatusCode);
        Assert.Contains("entities: " + message, await present.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        var work = Path.Combine(Path.GetTempPath(), "geoai-limits-" + Guid.NewGuid().ToString("N"));
        try
        {
            using var stdout = new StringWriter();
            using var stderr = new StringWriter();
            var code = CliDispatcher.TryRun(["export", "--charts", "top500-systems", "--entities", entities, "--out", Path.Combine(work, "out"),
                "--data", HtmlPages.DataFolder, "--db", Path.Combine(work, "store.db")], stdout, stderr);
            Assert.Equal(2, code);
            Assert.Contains("--entities: " + message, stderr.ToString(), StringComparison.Ordinal);
            Assert.False(Directory.Exists(Path.Combine(work, "out")));
        }
        finally
        {
            if (Directory.Exists(work))
            {
                Directory.Delete(work, recursive: true);
            }
        }
    }

    [Fact]
    public async Task Charts_MoreThanTheLimit_SameMessageFromPackPresentAndCli()
    {
        var ids = string.Join(',', Enumerable.Repeat("top500-systems", 21));
        const string message = "At most 20 charts fit in one deck or pack; got 21.";
        var client = app.CreateClient();

        var pack = await client.GetAsync(new Uri("/export/pack.zip?charts=" + ids, UriKind.Relative));
        Assert.Equal(HttpStatusCode.BadRequest, pack.StatusCode);
        Assert.Contains(message, await pack.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        var present = await client.GetAsync(new Uri("/present?charts=" + ids, UriKind.Relative));
        Assert.Equal(HttpStatusCode.BadRequest, present.StatusCode);
        Assert.Contains(message, await present.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        using var stdout = new StringWriter();
        using var stderr = new StringWriter();
        Assert.Equal(2, CliDispatcher.TryRun(["export", "--charts", ids, "--data", HtmlPages.DataFolder, "--db", Path.Combine(Path.GetTempPath(), "unused-" + Guid.NewGuid().ToString("N") + ".db")], stdout, stderr));
        Assert.Contains(message, stderr.ToString(), StringComparison.Ordinal);
    }
}

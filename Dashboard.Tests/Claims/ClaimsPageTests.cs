using AngleSharp.Html.Parser;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Dashboard.Tests.Claims;

public sealed class ClaimsPageTests : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "geoai-claims-page-" + Guid.NewGuid().ToString("N"));
    private readonly WebApplicationFactory<Program> _factory;

    public ClaimsPageTests()
    {
        _factory = new WebApplicationFactory<Program>().WithWebHostBuilder(b => b.UseSetting("Data:DatabasePath", Path.Combine(_folder, "store.db")));
    }

    public void Dispose()
    {
        _factory.Dispose();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        if (Directory.Exists(_folder))
        {
            Directory.Delete(_folder, recursive: true);
        }
    }

    [Fact]
    public async Task Get_Claims_EveryClaimWithStatusBadgeAndRecomputedValue()
    {
        using var client = _factory.CreateClient();

        var response = await client.GetAsync(new Uri("/claims", UriKind.Relative));

        response.EnsureSuccessStatusCode();
        var doc = new HtmlParser().ParseDocument(await response.Content.ReadAsStringAsync());
        var rows = doc.QuerySelectorAll("tr[data-claim]");
        Assert.True(rows.Length >= 20, $"{rows.Length} claims");
        var chn = doc.QuerySelector("tr[data-claim='top500-2019-11-chn']")!;
        Assert.Equal("matches", chn.QuerySelector(".badge")!.TextContent);
        Assert.Contains("228 systems", chn.TextContent, StringComparison.Ordinal);
        var window = doc.QuerySelector("tr[data-claim='arms-share-chn-2017-2021']")!;
        Assert.Equal("diverges", window.QuerySelector(".badge")!.TextContent);
        Assert.Contains("6.59 %", window.TextContent, StringComparison.Ordinal);
        Assert.Contains("as of data generated 3 Jan 2025", window.TextContent, StringComparison.Ordinal);
        Assert.Equal("not checkable", doc.QuerySelector("tr[data-claim='china-ai-industry-2020'] .badge")!.TextContent);
    }

    [Fact]
    public async Task Get_AnyPage_NavigationLinksToClaims()
    {
        using var client = _factory.CreateClient();

        var html = await client.GetStringAsync(new Uri("/", UriKind.Relative));

        var doc = new HtmlParser().ParseDocument(html);
        Assert.Contains(doc.QuerySelectorAll("nav a"), a => a.GetAttribute("href") == "/claims" && a.TextContent == "Claims");
    }
}

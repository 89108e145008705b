using AngleSharp.Html.Parser;
using Dashboard.Tests.Support;

namespace Dashboard.Tests.Claims;

public sealed class ClaimsPageTests : IDisposable
{
    private readonly DashboardFactory _factory = new();

    public void Dispose() => _factory.Dispose();

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
    public async Task Get_Claims_BasisReadingWithReasonAndStatusThenContextRows()
    {
        using var client = _factory.CreateClient();

        var doc = new HtmlParser().ParseDocument(await client.GetStringAsync(new Uri("/claims", UriKind.Relative)));

        var basis = doc.QuerySelector("tr[data-claim='arms-share-chn-2015-2019']")!;
        Assert.Equal("basis", basis.GetAttribute("data-reading"));
        Assert.Null(basis.GetAttribute("data-reading-of"));
        Assert.Contains("2015–2019", basis.QuerySelector("td.reading")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("diverges", basis.QuerySelector(".badge")!.TextContent);
        Assert.Contains("14.36 %", basis.TextContent, StringComparison.Ordinal);
        Assert.Contains("Jardine & Lemon", basis.QuerySelector(".basis-reason")!.TextContent, StringComparison.Ordinal);

        // Context rows follow their claim, each with its own value and status, and are not counted as claims.
        var context = doc.QuerySelectorAll("tr[data-reading-of='arms-share-chn-2015-2019']");
        Assert.Equal(["arms-share-chn-2016-2020", "arms-share-chn-2017-2021"], context.Select(r => r.GetAttribute("data-claim")));
        Assert.Same(context[0], basis.NextElementSibling);
        Assert.Equal("close", context[0].QuerySelector(".badge")!.TextContent);
        Assert.Contains("context", context[0].QuerySelector("td.reading")!.TextContent, StringComparison.Ordinal);
        var claimRows = doc.QuerySelectorAll("tr[data-claim]:not([data-reading-of])").Length;
        Assert.Contains($"{claimRows} claims:", doc.QuerySelector(".claim-summary")!.TextContent, StringComparison.Ordinal);

        var top500 = doc.QuerySelectorAll("tr[data-reading-of='top500-2019-11-chn']").Select(r => r.TextContent).ToList();
        Assert.Contains(top500, t => t.Contains("Nov 2022", StringComparison.Ordinal) && t.Contains("162 systems", StringComparison.Ordinal));
        Assert.Contains(top500, t => t.Contains("Jun 2023", StringComparison.Ordinal) && t.Contains("134 systems", StringComparison.Ordinal));
        Assert.Contains("The series supports the figure in: 2015 (37.98 %, close)",
            doc.QuerySelector("tr[data-claim='debt-share-kgz'] .claim-support")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("> 1 × Russia's TIV", doc.QuerySelector("tr[data-claim='arms-surpass-rus-uzb-2015-2019']")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("rank 1", doc.QuerySelector("tr[data-claim='arms-largest-rus-2016-2020']")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task GetApi_Claims_ClaimsWithBasisReasonAndNestedContextReadings()
    {
        using var client = _factory.CreateClient();

        var json = System.Text.Json.JsonDocument.Parse(await client.GetStringAsync(new Uri("/api/claims", UriKind.Relative))).RootElement;

        var claims = json.EnumerateArray().ToList();
        Assert.DoesNotContain(claims, c => c.GetProperty("claim").GetProperty("id").GetString() == "arms-share-chn-2016-2020");
        var arms = Assert.Single(claims, c => c.GetProperty("claim").GetProperty("id").GetString() == "arms-share-chn-2015-2019");
        Assert.Equal("diverges", arms.GetProperty("status").GetString());
        Assert.Contains("May 2020", arms.GetProperty("claim").GetProperty("basisReason").GetString(), StringComparison.Ordinal);
        var context = arms.GetProperty("context").EnumerateArray().ToList();
        Assert.Equal(["arms-share-chn-2016-2020", "arms-share-chn-2017-2021"], context.Select(c => c.GetProperty("claim").GetProperty("id").GetString()));
        Assert.Equal(["close", "diverges"], context.Select(c => c.GetProperty("status").GetString()));
        Assert.Equal(17.05, Math.Round(context[0].GetProperty("recomputed").GetDouble(), 2));
        Assert.Equal("arms-share-chn-2015-2019", context[0].GetProperty("claim").GetProperty("readingOf").GetString());
        var kgz = Assert.Single(claims, c => c.GetProperty("claim").GetProperty("id").GetString() == "debt-share-kgz");
        Assert.Equal("2015", kgz.GetProperty("support")[0].GetProperty("period").GetString());
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

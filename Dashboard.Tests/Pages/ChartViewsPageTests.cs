using System.Net;
using Dashboard.Tests.Support;

namespace Dashboard.Tests.Pages;

/// <summary>"Chart / Map / Table" on the indicator and compare pages (issue 12): plain links, the map view's image, table and period form.</summary>
public sealed class ChartViewsPageTests(ShippedDataFactory factory) : IClassFixture<ShippedDataFactory>
{
    private const string Debt = "external-debt-share-china-bilateral";

    [Fact]
    public async Task IndicatorPage_CountryIndicator_LinksChartMapAndTable()
    {
        var (response, doc) = await factory.GetPageAsync($"/indicators/{Debt}");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var links = doc.QuerySelectorAll("nav.chart-views a").ToList();
        Assert.Equal(["Chart", "Map", "Table"], links.Select(a => a.TextContent.Trim()));
        Assert.Equal($"/indicators/{Debt}", links[0].GetAttribute("href"));
        Assert.Equal("page", links[0].GetAttribute("aria-current"));
        Assert.Equal($"/indicators/{Debt}?kind=map", links[1].GetAttribute("href"));
        Assert.Equal("#data", links[2].GetAttribute("href"));
        Assert.DoesNotContain("kind=map", doc.QuerySelector("figure.chart img")!.GetAttribute("src"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task IndicatorPage_MapTo2019_ShowsTheMapItsRowsAndThePeriodChooser()
    {
        var (response, doc) = await factory.GetPageAsync($"/indicators/{Debt}?kind=map&to=2019");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Map", doc.QuerySelector("nav.chart-views a[aria-current=page]")!.TextContent.Trim());
        var img = doc.QuerySelector("figure.chart img")!;
        Assert.Contains("kind=map", img.GetAttribute("src"), StringComparison.Ordinal);
        Assert.Contains("to=2019", img.GetAttribute("src"), StringComparison.Ordinal);
        Assert.StartsWith("Map of ", img.GetAttribute("alt"), StringComparison.Ordinal);
        Assert.Contains("Kyrgyzstan 47.9", img.GetAttribute("alt"), StringComparison.Ordinal);

        // The table holds exactly the mapped rows: the five states in 2019.
        var rows = doc.QuerySelectorAll("table#data tbody tr[data-entity]").ToList();
        Assert.Equal(5, rows.Count);
        var periodSelect = doc.QuerySelector("form.map-period select[name=to]")!;
        Assert.Equal("2019", periodSelect.QuerySelector("option[selected]")!.GetAttribute("value"));
        Assert.True(periodSelect.QuerySelectorAll("option").Length > 10);
        Assert.Equal("map", doc.QuerySelector("form.map-period input[name=kind]")!.GetAttribute("value"));
    }

    [Fact]
    public async Task IndicatorPage_GroupOnlyIndicator_NoMapLinkButTheReason()
    {
        var (_, doc) = await factory.GetPageAsync("/indicators/arms-import-share");

        Assert.Equal(["Chart", "Table"], doc.QuerySelectorAll("nav.chart-views a").Select(a => a.TextContent.Trim()));
        Assert.Contains("groups of countries", doc.QuerySelector("nav.chart-views .unavailable")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task IndicatorPage_NoRowForTheFive_NoMapLinkThoughTheUrlDrawsOne()
    {
        var (_, doc) = await factory.GetPageAsync("/indicators/china-ai-industry-size");
        using var client = factory.CreateClient();

        var image = await client.GetAsync(new Uri("/charts/china-ai-industry-size.png?kind=map", UriKind.Relative));

        Assert.Equal(["Chart", "Table"], doc.QuerySelectorAll("nav.chart-views a").Select(a => a.TextContent.Trim()));
        Assert.Contains("None of the five Central Asian states has a row", doc.QuerySelector("nav.chart-views .unavailable")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, image.StatusCode);
    }

    [Theory]
    [InlineData("/indicators/arms-import-share?kind=map", "groups of countries")]
    [InlineData("/indicators/ai-strategy-events?kind=map", "timeline")]
    [InlineData("/indicators/top500-systems?kind=globe", "'kind' must be map")]
    [InlineData("/compare?indicator=arms-import-share&kind=map", "groups of countries")]
    public async Task Pages_MapThatCannotBe_400NamingKind(string url, string expected)
    {
        var (response, doc) = await factory.GetPageAsync(url);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var alert = doc.QuerySelector("[role=alert]")!.TextContent;
        Assert.Contains("kind:", alert, StringComparison.Ordinal);
        Assert.Contains(expected, alert, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ComparePage_Selection_MapLinkKeepsItAndTheFormKeepsTheMap()
    {
        var (_, chart) = await factory.GetPageAsync("/compare?indicator=arms-tiv-delivered&entities=KAZ&from=2010");
        var mapHref = chart.QuerySelectorAll("nav.chart-views a").Single(a => a.TextContent.Trim() == "Map").GetAttribute("href")!;
        Assert.Equal("/compare?indicator=arms-tiv-delivered&entities=KAZ&from=2010&kind=map", mapHref);

        var (response, map) = await factory.GetPageAsync(mapHref);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("kind=map", map.QuerySelector("figure.chart img")!.GetAttribute("src"), StringComparison.Ordinal);
        Assert.Equal("map", map.QuerySelector("form#compare-form input[type=hidden][name=kind]")!.GetAttribute("value"));
        Assert.Equal("/compare?indicator=arms-tiv-delivered&entities=KAZ&from=2010",
            map.QuerySelectorAll("nav.chart-views a").Single(a => a.TextContent.Trim() == "Chart").GetAttribute("href"));
        Assert.Equal("map", map.QuerySelector("form.export-form input[name=kind]")!.GetAttribute("value"));
    }
}

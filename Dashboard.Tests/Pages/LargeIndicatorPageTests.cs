using System.Net;
using Dashboard.Tests.Support;
using Dashboard.Web.Charts;
using Dashboard.Web.Charts.Selection;
using Microsoft.Extensions.DependencyInjection;

namespace Dashboard.Tests.Pages;

/// <summary>
/// The indicator page and Compare on an indicator with 7,200 rows: a table page of at most 500 rows (Pages:RowsPerPage),
/// links to the others, every row of the chart on exactly one page, bad page numbers a 400 naming the parameter.
/// </summary>
public sealed class LargeIndicatorPageTests(LargeDataApp app) : IClassFixture<LargeDataApp>
{
    private const string Id = LargeIndicatorData.IndicatorId;

    [Fact]
    public async Task IndicatorPage_LargeIndicator_OnePageOfRowsWithPagerAndCappedNotice()
    {
        var (response, page) = await app.Factory.GetPageAsync($"/indicators/{Id}", app.CreateClient());
        var html = page.DocumentElement.OuterHtml;

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(500, page.QuerySelectorAll("#data tbody tr").Length);
        Assert.Contains("rows 1–500 of 2,880 observations", page.QuerySelector("#data caption")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("2,880 of the 7,200 observations", page.QuerySelector("#capped")!.TextContent, StringComparison.Ordinal);
        Assert.Equal($"/indicators/{Id}?page=2#data", page.QuerySelector("nav.pager a[rel=next]")!.GetAttribute("href"));
        Assert.Contains("Page 1 of 6", page.QuerySelector("nav.pager")!.TextContent, StringComparison.Ordinal);
        Assert.True(html.Length < 1_000_000, $"{html.Length} characters of HTML");
    }

    [Fact]
    public async Task IndicatorPage_AllPages_HoldExactlyTheChartsRowsOnce()
    {
        var spec = (await app.Factory.Services.GetRequiredService<ChartSpecFactory>().CreateAsync(ChartSelection.Of(Id)))!;
        var client = app.CreateClient();
        var shown = new List<string>();
        for (var n = 1; n <= 6; n++)
        {
            var (response, page) = await app.Factory.GetPageAsync($"/indicators/{Id}?page={n}", client);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            shown.AddRange(page.QuerySelectorAll("#data tbody tr").Select(r => r.GetAttribute("data-entity") + "|" + r.GetAttribute("data-period")));
        }

        Assert.Equal(spec.Observations.Select(o => o.EntityCode + "|" + o.Period), shown);
    }

    [Theory]
    [InlineData("7")]
    [InlineData("0")]
    [InlineData("two")]
    public async Task IndicatorPage_NoSuchTablePage_400NamingPage(string number)
    {
        var (response, page) = await app.Factory.GetPageAsync($"/indicators/{Id}?page={number}", app.CreateClient());

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.StartsWith("page:", page.QuerySelector("[role=alert] p")!.TextContent.Trim(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Compare_LargeIndicatorSecondPage_StaysOnThePermalinkWithPageTwo()
    {
        var (response, page) = await app.Factory.GetPageAsync($"/compare?indicator={Id}&page=2", app.CreateClient());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(500, page.QuerySelectorAll("#data tbody tr").Length);
        Assert.Contains("rows 501–1,000 of 2,880", page.QuerySelector("#data caption")!.TextContent, StringComparison.Ordinal);
        Assert.Equal($"/compare?indicator={Id}&page=3#data", page.QuerySelector("nav.pager a[rel=next]")!.GetAttribute("href"));
        Assert.Equal($"/compare?indicator={Id}", page.QuerySelector("#permalink")!.GetAttribute("href"));

        // The from/to lists and the "with data" marks come from the store, not from the capped chart.
        Assert.Equal(LargeDataApp.Months, page.QuerySelectorAll("#from option").Length - 1);
        var last = LargeIndicatorData.GeneratedCode(LargeDataApp.Entities - 2);
        Assert.DoesNotContain("(no data)", page.QuerySelector($"input[value={last}]")!.ParentElement!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Compare_NoSuchTablePage_400NamingPage()
    {
        var (response, page) = await app.Factory.GetPageAsync($"/compare?indicator={Id}&page=9", app.CreateClient());

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("page: there are only 6 pages", page.QuerySelector("#errors")!.TextContent, StringComparison.Ordinal);
    }
}

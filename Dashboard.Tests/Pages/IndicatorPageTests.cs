using System.Net;
using Dashboard.Tests.Support;

namespace Dashboard.Tests.Pages;

public sealed class IndicatorPageTests(ShippedDataFactory factory) : IClassFixture<ShippedDataFactory>
{
    public static TheoryData<string> IndicatorIds()
    {
        var data = new TheoryData<string>();
        foreach (var id in OverviewPageTests.ReadObservationCounts().Keys.Order(StringComparer.Ordinal))
        {
            data.Add(id);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(IndicatorIds))]
    public async Task Get_EveryIndicatorOfData_HasPageWithChartDownloadsAndSources(string id)
    {
        var (response, doc) = await factory.GetPageAsync($"/indicators/{id}");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.False(string.IsNullOrWhiteSpace(doc.QuerySelector("h1")?.TextContent));
        var img = doc.QuerySelector("figure.chart img");
        Assert.NotNull(img);
        Assert.Equal(VersionedUrl.Of(factory, $"/charts/{id}.png"), img.GetAttribute("src"));
        Assert.False(string.IsNullOrWhiteSpace(img.GetAttribute("alt")));
        var downloads = doc.QuerySelectorAll(".downloads a").Select(a => a.GetAttribute("href")).ToList();
        Assert.Contains(VersionedUrl.Of(factory, $"/charts/{id}.png"), downloads);
        Assert.Contains(VersionedUrl.Of(factory, $"/charts/{id}.svg"), downloads);
        Assert.Contains(VersionedUrl.Of(factory, $"/charts/{id}.csv"), downloads);
        Assert.NotNull(doc.QuerySelector("#data"));
    }

    [Fact]
    public async Task Get_SlopeIndicator_TableShowsEveryObservationWithProvenance()
    {
        var (_, doc) = await factory.GetPageAsync("/indicators/arms-import-share");

        var rows = doc.QuerySelectorAll("table#data tbody tr");
        Assert.Equal(2, rows.Length);
        var last = rows[1].QuerySelectorAll("td").Select(td => td.TextContent.Trim()).ToList();
        Assert.Equal("Central Asia (5 states)", last[0]);
        Assert.Equal("China", last[1]);
        Assert.Equal("2015–2019", last[2]);
        Assert.Equal("18 %", last[3]);
        Assert.Equal("stated", last[4]);
        Assert.Equal("Kalkan Küçüksolak & Fırat 2023", rows[1].QuerySelector("td.source-cell a")!.TextContent);
        Assert.Equal("§2.1 Military Dynamics; Zanini 2022, p. 2", rows[1].QuerySelector("td.source-cell .locator")!.TextContent);
        Assert.Contains("Period as stated: “in the last five years”", last[6], StringComparison.Ordinal);
        Assert.Contains("Ambiguous", last[6], StringComparison.Ordinal);
    }

    [Fact]
    public async Task Get_Indicator_ListsFullCitationOfItsSources()
    {
        var (_, doc) = await factory.GetPageAsync("/indicators/public-debt-share-china");

        var citations = doc.QuerySelectorAll("ol.bibliography .citation").Select(c => c.TextContent).ToList();
        Assert.Contains(citations, c => c.StartsWith("Kalkan Küçüksolak, Ö. & Fırat, T. (2023). The Geopolitics of Artificial Intelligence", StringComparison.Ordinal));
        Assert.Contains("Unit", doc.QuerySelector("dl.facts")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("%", doc.QuerySelector("dl.facts dd")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Get_TimelineIndicator_ShowsEventsWithDatesAsPreciseAsTheSource()
    {
        var (_, doc) = await factory.GetPageAsync("/indicators/ai-strategy-events");

        var times = doc.QuerySelectorAll("#data ol.timeline time").Select(t => t.TextContent).ToList();
        Assert.Contains("10 Oct 2019", times);
        Assert.Contains("Jun 2009", times);
        Assert.Contains("2003", times);
    }

    [Fact]
    public async Task Get_TableIndicator_ShowsProjectsWithCamerasCostLoanAndLender()
    {
        var (_, doc) = await factory.GetPageAsync("/indicators/safe-city-projects");

        var dushanbe = doc.QuerySelector("table#data tr[data-project='dushanbe-safe-city']");
        Assert.NotNull(dushanbe);
        var cells = dushanbe.QuerySelectorAll("th, td").Select(c => c.TextContent.Trim()).ToList();
        Assert.Equal(["Safe City Dushanbe", "Dushanbe", "Tajikistan", "–", "Huawei", "1,200", "22", "20.91", "China"], cells.Take(9));
        Assert.Equal(4, doc.QuerySelectorAll("table#data tbody tr[data-project]").Length);
        Assert.Contains("1,200 cameras", dushanbe.NextElementSibling!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Get_UnknownIndicator_Returns404Page()
    {
        var (response, doc) = await factory.GetPageAsync("/indicators/no-such-indicator");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("Page not found", doc.QuerySelector("h1")?.TextContent);
        Assert.NotNull(doc.QuerySelector("nav[aria-label='Main']"));
    }

    [Fact]
    public async Task Get_HostileIndicatorId_IsEncodedNot500()
    {
        var client = factory.CreateClient();

        var response = await client.GetAsync(new Uri("/indicators/%3Cscript%3Ealert(1)%3C%2Fscript%3E", UriKind.Relative));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.DoesNotContain("<script>alert(1)", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }
}

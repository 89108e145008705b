using System.Net;
using Dashboard.Tests.Support;

namespace Dashboard.Tests.Pages;

public sealed class SourcesPageTests(ShippedDataFactory factory) : IClassFixture<ShippedDataFactory>
{
    [Fact]
    public async Task Get_Sources_ListsEverySourceOfDataWithItsDetails()
    {
        var (response, doc) = await factory.GetPageAsync("/sources");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var expected = File.ReadAllLines(Path.Combine(HtmlPages.DataFolder, "sources.csv")).Skip(1)
            .Where(l => l.Length > 0).Select(l => l[..l.IndexOf(',', StringComparison.Ordinal)]).ToList();
        var listed = doc.QuerySelectorAll("ol.bibliography > li").Select(li => li.Id).ToList();
        Assert.Equal(expected.Order(StringComparer.Ordinal), listed.Order(StringComparer.Ordinal));

        var paper = doc.QuerySelector("li#kalkan-firat-2023")!;
        Assert.Contains("Güvenlik Bilimleri Dergisi", paper.QuerySelector(".citation")!.TextContent, StringComparison.Ordinal);
        var link = paper.QuerySelector("a[href='https://doi.org/10.28956/gbd.1249381']")!;
        Assert.Contains("noopener", link.GetAttribute("rel"), StringComparison.Ordinal);
        Assert.Contains("Jandarma ve Sahil Güvenlik Akademisi", paper.TextContent, StringComparison.Ordinal);
        Assert.Contains("12(1) May 2023", paper.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Get_Sources_EachEntryLinksTheIndicatorsThatUseIt()
    {
        var (_, doc) = await factory.GetPageAsync("/sources");

        var paperUses = doc.QuerySelectorAll("li#kalkan-firat-2023 .uses a").Select(a => a.GetAttribute("href")).ToList();
        Assert.Contains("/indicators/arms-import-share", paperUses);
        Assert.Contains("/indicators/ai-strategy-events", paperUses);
        Assert.Contains("/indicators/safe-city-projects", paperUses);

        // Zanini 2022 is cited by the paper's rows in their locators, not as their source.
        var zanini = doc.QuerySelector("li#zanini-2022")!.TextContent;
        Assert.Contains("Cited through the paper by", zanini, StringComparison.Ordinal);
        Assert.Contains("/indicators/arms-import-share", doc.QuerySelectorAll("li#zanini-2022 .uses a").Select(a => a.GetAttribute("href")));
    }

    [Fact]
    public async Task Get_Sources_ExternalLinksUseNoopener()
    {
        var (_, doc) = await factory.GetPageAsync("/sources");

        var external = doc.QuerySelectorAll("a[href^='http']");
        Assert.NotEmpty(external);
        Assert.All(external, a => Assert.Contains("noopener", a.GetAttribute("rel"), StringComparison.Ordinal));
    }
}

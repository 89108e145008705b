using System.Globalization;
using System.Net;
using CsvHelper;
using Dashboard.Tests.Support;

namespace Dashboard.Tests.Pages;

public sealed class TimelinePageTests(ShippedDataFactory factory) : IClassFixture<ShippedDataFactory>
{
    [Fact]
    public async Task Get_NoFilter_ShowsEveryEventInDateOrderWithSourceAndLocator()
    {
        var (response, doc) = await factory.GetPageAsync("/timeline");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var items = doc.QuerySelectorAll("ol.timeline li");
        using var reader = new StreamReader(Path.Combine(HtmlPages.DataFolder, "events.csv"));
        using var csv = new CsvReader(reader, CultureInfo.InvariantCulture);
        var expected = csv.GetRecords<dynamic>().Count();
        Assert.Equal(expected, items.Length);
        var dates = items.Select(li => li.GetAttribute("data-date")!).ToList();
        Assert.Equal(dates.OrderBy(SortKey), dates);
        Assert.All(items, li => Assert.Contains("Source:", li.QuerySelector(".event-meta")!.TextContent, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Get_ActorAndDimension_ShowsOnlyMatchingEventsAndKeepsFormState()
    {
        var (response, doc) = await factory.GetPageAsync("/timeline?actor=RUS&dimension=military");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var items = doc.QuerySelectorAll("ol.timeline li");
        Assert.NotEmpty(items);
        Assert.All(items, li =>
        {
            Assert.Equal("RUS", li.GetAttribute("data-actor"));
            Assert.Equal("military", li.GetAttribute("data-dimension"));
        });
        Assert.Equal("RUS", doc.QuerySelector("select#actor option[selected]")!.GetAttribute("value"));
        Assert.Equal("military", doc.QuerySelector("select#dimension option[selected]")!.GetAttribute("value"));
        Assert.Contains("Aug 2022", items.Select(li => li.QuerySelector("time")!.TextContent));
    }

    [Theory]
    [InlineData("actor=XYZ", "actor: 'XYZ' is not an actor")]
    [InlineData("dimension=cultural", "dimension: 'cultural' is not a dimension")]
    public async Task Get_InvalidFilter_Returns400WithMessage(string query, string message)
    {
        var (response, doc) = await factory.GetPageAsync("/timeline?" + query);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains(message, doc.QuerySelector(".error-box")!.TextContent, StringComparison.Ordinal);
    }

    private static int SortKey(string date) =>
        int.Parse((date.Replace("-", "", StringComparison.Ordinal) + "0000")[..8], CultureInfo.InvariantCulture);
}

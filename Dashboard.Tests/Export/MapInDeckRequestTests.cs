using System.Net;
using Dashboard.Tests.Support;

namespace Dashboard.Tests.Export;

/// <summary>A chart list with <c>kind=map</c> names an indicator that has no map: packs, decks and present mode refuse it as the chart URL does.</summary>
public sealed class MapInDeckRequestTests(ShippedDataFactory factory) : IClassFixture<ShippedDataFactory>
{
    [Theory]
    [InlineData("/export/pack.zip?charts=external-debt-share-china-bilateral,ai-strategy-events&kind=map", "'ai-strategy-events': This indicator is a timeline")]
    [InlineData("/export/deck.pptx?charts=arms-import-share&kind=map", "'arms-import-share': This indicator's rows are for groups")]
    [InlineData("/present?charts=safe-city-projects&kind=map", "'safe-city-projects': This indicator is a table of projects")]
    [InlineData("/present?deck=paper&kind=map", "'kind' applies to a list of charts")]
    public async Task ChartList_MapOfIndicatorWithoutOne_400NamingKind(string url, string message)
    {
        using var client = factory.CreateClient();

        var response = await client.GetAsync(new Uri(url, UriKind.Relative));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        // Problem JSON escapes quotes as \u0027; the message is the same.
        var body = (await response.Content.ReadAsStringAsync()).Replace("\\u0027", "'", StringComparison.Ordinal);
        Assert.Contains("kind", body, StringComparison.Ordinal);
        Assert.Contains(message, body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task PackZip_MapOfACountryIndicator_200()
    {
        using var client = factory.CreateClient();

        var response = await client.GetAsync(new Uri("/export/pack.zip?charts=external-debt-share-china-bilateral&kind=map&to=2019", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var zip = new System.IO.Compression.ZipArchive(await response.Content.ReadAsStreamAsync());
        Assert.Contains(zip.Entries, e => e.FullName.StartsWith("external-debt-share-china-bilateral-map-2019", StringComparison.Ordinal) && e.FullName.EndsWith(".png", StringComparison.Ordinal));
    }
}

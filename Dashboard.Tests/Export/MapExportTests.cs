using System.Globalization;
using System.IO.Compression;
using System.Net;
using System.Text;
using AngleSharp.Html.Parser;
using CsvHelper;
using Dashboard.Tests.Charts;
using Dashboard.Tests.Decks;
using Dashboard.Tests.Support;
using Dashboard.Web.Accessibility;
using Dashboard.Web.Charts;
using Dashboard.Web.Charts.Selection;
using Dashboard.Web.Decks;
using Dashboard.Web.Export;
using Microsoft.Extensions.DependencyInjection;

namespace Dashboard.Tests.Export;

/// <summary>
/// A map (<c>kind=map</c>) in every export on the shipped data: the briefing pack holds its PNG, SVG and CSV of the
/// mapped rows, a native-style PowerPoint deck shows it as a picture (PowerPoint cannot draw a choropleth) and
/// validates, present mode shows it without a predict step.
/// </summary>
public sealed class MapExportTests(ShippedDataFactory app) : IClassFixture<ShippedDataFactory>
{
    private const string Debt = "external-debt-share-china-bilateral";

    private async Task<(HttpResponseMessage Response, byte[] Body)> GetAsync(string url)
    {
        using var client = app.CreateClient();
        var response = await client.GetAsync(new Uri(url, UriKind.Relative));
        var body = await response.Content.ReadAsByteArrayAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{url}: {(int)response.StatusCode} {Encoding.UTF8.GetString(body)}");
        return (response, body);
    }

    private static byte[] Entry(ZipArchive zip, string name)
    {
        using var stream = zip.GetEntry(name)!.Open();
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    }

    [Fact]
    public async Task PackZip_MapOfDebt2019_PngSvgAndCsvOfTheMappedRows()
    {
        var (_, body) = await GetAsync($"/export/pack.zip?charts={Debt}&kind=map&to=2019&preset=document");

        using var zip = new ZipArchive(new MemoryStream(body), ZipArchiveMode.Read);
        var names = zip.Entries.Select(e => e.FullName).ToList();
        Assert.Equal(4, names.Count);
        var png = names.Single(n => n.EndsWith(".png", StringComparison.Ordinal));
        var svg = names.Single(n => n.EndsWith(".svg", StringComparison.Ordinal));
        var csv = names.Single(n => n.EndsWith(".csv", StringComparison.Ordinal));
        Assert.Contains("CITATIONS.md", names);
        Assert.All([png, svg, csv], n => Assert.StartsWith(Debt + "-map", n, StringComparison.Ordinal));

        var info = PngInfo.Read(Entry(zip, png));
        Assert.Equal((1200, 800), (info.Width, info.Height));
        Assert.Contains("kind=map", info.Text("Permalink"), StringComparison.Ordinal);

        var titles = ImageAssert.Svg(Encoding.UTF8.GetString(Entry(zip, svg))).Descendants()
            .Where(e => e.Name.LocalName == "title").Select(e => e.Value).ToList();
        Assert.Contains("Kyrgyzstan: 47.9 % (2019)", titles);
        Assert.Contains("Tajikistan: 39.7 % (2019)", titles);

        using var reader = new CsvReader(new StreamReader(new MemoryStream(Entry(zip, csv)), Encoding.UTF8), CultureInfo.InvariantCulture);
        var rows = reader.GetRecords<dynamic>().Cast<IDictionary<string, object>>().ToList();
        Assert.Equal(["KAZ", "KGZ", "TJK", "TKM", "UZB"], rows.Select(r => (string)r["entity"]).Order(StringComparer.Ordinal));
        Assert.All(rows, r => Assert.Equal("2019", (string)r["period"]));

        var citations = Encoding.UTF8.GetString(Entry(zip, "CITATIONS.md"));
        Assert.Contains(csv, citations, StringComparison.Ordinal);
        Assert.Contains("kind=map", citations, StringComparison.Ordinal);
    }

    [Fact]
    public async Task DeckPptx_NativeSlidesWithAMapBesideAChart_MapIsAPictureChartIsNativeAndTheDeckValidates()
    {
        // One list, two kinds: ":map" maps the debt; the TOP500 chart stays a chart.
        var (_, body) = await GetAsync($"/export/deck.pptx?charts={Debt}:map,top500-systems&to=2019&slides=native");

        using var deck = DeckFileReader.OpenValid(body);
        var slides = DeckReader.Slides(deck);
        var factory = app.Services.GetRequiredService<ChartResolver>();
        var spec = (await factory.SpecAsync(new ChartSelection { Indicator = Debt, Kind = ChartKind.Map, To = Dashboard.Data.Model.Period.Parse("2019") }))!;
        Assert.Equal(ChartKind.Map, spec.Kind);
        Assert.NotNull(spec.Map);
        Assert.False(PptxVisuals.CanDraw(spec.Kind));
        Assert.Empty(slides[1].ChartParts);
        var picture = DeckFileReader.Picture(slides[1])!.Value;
        Assert.Equal(ChartAltText.For(spec), picture.AltText);
        Assert.StartsWith("Map of ", picture.AltText, StringComparison.Ordinal);
        Assert.Contains("kind=map", picture.Png.Text("Permalink"), StringComparison.Ordinal);
        var notes = DeckReader.Notes(slides[1]);
        Assert.Equal(PptxChartSlides.FallbackNote, notes[0]);

        // Natural Earth, with its licence, in the notes and on the Sources slide.
        Assert.Contains(notes, n => n.StartsWith("Boundaries: Natural Earth", StringComparison.Ordinal) && n.Contains("Public domain", StringComparison.Ordinal));
        var sources = string.Concat(slides.SkipWhile(s => DeckReader.Title(s) != "Sources").Select(s => s.Slide.InnerText));
        Assert.Contains("Map boundaries: Natural Earth", sources, StringComparison.Ordinal);
        Assert.Single(slides[2].ChartParts);
        Assert.Equal("TOP500 supercomputers by country", DeckReader.Title(slides[2]));

        Assert.Contains("Kyrgyzstan 47.9", picture.AltText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task DeckPptx_MapWithNoDataInThePeriod_400NamingTheChart()
    {
        using var client = app.CreateClient();
        var response = await client.GetAsync(new Uri("/export/deck.pptx?charts=public-debt-share-china:map&to=2019", UriKind.Relative));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var body = await response.Content.ReadAsStringAsync();
        Assert.Contains("public-debt-share-china\\u0027 as a map has no data to show", body, StringComparison.Ordinal);
        Assert.Contains("\"charts\"", body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Present_ChartsAsMap_SlideShowsTheMapWithoutPredictStep()
    {
        var (_, html) = await GetAsync($"/present?charts={Debt}&kind=map&to=2019");

        var doc = await new HtmlParser().ParseDocumentAsync(Encoding.UTF8.GetString(html));
        var slide = Assert.Single(doc.QuerySelectorAll("section.slide"));
        var full = slide.GetAttribute("data-full")!;
        Assert.StartsWith($"/charts/{Debt}.png?", full, StringComparison.Ordinal);
        Assert.Contains("kind=map", full, StringComparison.Ordinal);
        Assert.True(string.IsNullOrEmpty(slide.GetAttribute("data-predict")), "a map has no predict step");
        Assert.Equal(full, slide.QuerySelector("img.slide-image")!.GetAttribute("src"));
        Assert.Contains("Boundaries: Natural Earth", slide.QuerySelector(".slide-source")?.TextContent ?? "", StringComparison.Ordinal);
        Assert.Contains("kind=map", doc.QuerySelector("a.nav-pptx")!.GetAttribute("href"), StringComparison.Ordinal);

        var (image, bytes) = await GetAsync(full);
        Assert.Equal("image/png", image.Content.Headers.ContentType!.MediaType);
        ImageAssert.PngSize(bytes, 1920, 1080);
    }

    [Theory]
    [InlineData("/export/pack.zip?charts=ai-strategy-events&kind=map", "'ai-strategy-events': This indicator is a timeline")]
    [InlineData("/export/pack.zip?charts=external-debt-share-china-bilateral,arms-import-share&kind=map", "'arms-import-share': This indicator's rows are for groups")]
    [InlineData("/export/deck.pptx?charts=safe-city-projects&kind=map", "'safe-city-projects': This indicator is a table of projects")]
    [InlineData("/export/pack.zip?deck=paper&kind=map", "'kind' applies to a list of charts")]
    [InlineData("/present?deck=paper&kind=map", "'kind' applies to a list of charts")]
    public async Task Export_KindMapWithoutAMap_400NamingKind(string url, string reason)
    {
        using var client = app.CreateClient();
        using var response = await client.GetAsync(new Uri(url, UriKind.Relative));

        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.BadRequest, $"{url}: {(int)response.StatusCode} {body[..Math.Min(300, body.Length)]}");
        Assert.Contains("kind", body, StringComparison.Ordinal);
        // Problem JSON escapes the quote (\u0027), the present page's HTML as an entity.
        Assert.Contains(reason, WebUtility.HtmlDecode(body.Replace("\\u0027", "'", StringComparison.Ordinal)), StringComparison.Ordinal);
    }
}

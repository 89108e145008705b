using System.Globalization;
using System.Net;
using System.Text.Json;
using Dashboard.Data.Model;
using Dashboard.Tests.Decks;
using Dashboard.Tests.Support;
using Dashboard.Web.Accessibility;
using Dashboard.Web.Charts;
using Dashboard.Web.Charts.Model;
using Dashboard.Web.Charts.Selection;
using Dashboard.Web.Decks;
using Dashboard.Web.Export;
using Dashboard.Web.Text;
using DocumentFormat.OpenXml.Packaging;
using Microsoft.Extensions.DependencyInjection;
using P = DocumentFormat.OpenXml.Presentation;

namespace Dashboard.Tests.Export;

/// <summary><c>/export/deck.pptx</c> on the shipped data: every deck validated and read back against the charts' specs.</summary>
public sealed class DeckEndpointTests(ShippedDataFactory app) : IClassFixture<ShippedDataFactory>
{
    private static readonly string Today = DateTime.UtcNow.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private async Task<(HttpResponseMessage Response, byte[] Body)> GetAsync(string url)
    {
        using var client = app.CreateClient();
        var response = await client.GetAsync(new Uri(url, UriKind.Relative));
        return (response, await response.Content.ReadAsByteArrayAsync());
    }

    /// <summary>GETs a deck: 200, the PowerPoint content type, the file name when given, and no validator error.</summary>
    private async Task<PresentationDocument> GetDeckAsync(string url, string? fileName = null)
    {
        var (response, body) = await GetAsync(url);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(PptxDeckWriter.ContentType, response.Content.Headers.ContentType?.MediaType);
        if (fileName is not null)
        {
            Assert.Equal(fileName, FileName(response));
        }

        return DeckFileReader.OpenValid(body);
    }

    /// <summary>The specs of the paper deck's charts, as the app builds them.</summary>
    private async Task<List<ChartSpec>> PaperSpecsAsync()
    {
        var factory = app.Services.GetRequiredService<ChartResolver>();
        var specs = new List<ChartSpec>();
        foreach (var slide in DeckCatalog.Paper.Slides)
        {
            specs.Add((await factory.SpecAsync(slide.Chart.Normalized()))!);
        }

        return specs;
    }

    private static string FileName(HttpResponseMessage response) =>
        response.Content.Headers.ContentDisposition?.FileNameStar ?? response.Content.Headers.ContentDisposition?.FileName ?? "";

    [Fact]
    public async Task DeckPptx_PaperPictures_TitlesAltTextPicturesNotesAndSources()
    {
        using var deck = await GetDeckAsync("/export/deck.pptx?deck=paper", $"geoai-deck-paper-{Today}-16x9.pptx");
        var specs = await PaperSpecsAsync();
        var slides = DeckReader.Slides(deck);
        var sources = slides.Skip(1 + specs.Count).ToList();
        Assert.NotEmpty(sources);
        Assert.All(sources, s => Assert.StartsWith("Sources", DeckReader.Title(s), StringComparison.Ordinal));
        Assert.Equal(DeckCatalog.Paper.Title, DeckReader.Title(slides[0]));
        Assert.Equal(specs.Select(s => s.Title), slides.Skip(1).Take(specs.Count).Select(DeckReader.Title));

        for (var i = 0; i < specs.Count; i++)
        {
            var (spec, slide) = (specs[i], slides[i + 1]);
            var (alt, png) = DeckFileReader.Picture(slide)!.Value;
            Assert.Equal(ChartAltText.For(spec), alt);
            Assert.Equal((3552, 1570), (png.Width, png.Height));
            Assert.Equal(spec.Title, png.Text("Title"));
            Assert.Contains(spec.Footer.Text, slide.Slide.InnerText, StringComparison.Ordinal);
            Assert.Empty(slide.ChartParts);

            var notes = DeckReader.Notes(slide);
            Assert.Equal("Question: " + DeckCatalog.Paper.Slides[i].Heading, notes[0]);
            Assert.Contains(spec.Subtitle, notes);
            Assert.NotEmpty(spec.Sources);
            Assert.All(spec.Sources, s => Assert.Contains("Source: " + SourceReference.Plain(s), notes));
            Assert.Contains(notes, n => n.StartsWith("Licence: ", StringComparison.Ordinal));
            Assert.Contains("Permalink: http://localhost" + DeckCatalog.Paper.Slides[i].Chart.PageUrl(spec.Kind), notes);
            Assert.Equal("Data version " + spec.DataVersion, notes[^1]);
        }

        // Every reference once, with its link.
        var listed = string.Concat(sources.Select(s => s.Slide.InnerText));
        foreach (var source in specs.SelectMany(s => s.Sources).DistinctBy(s => s.Id))
        {
            var full = SourceReference.Full(source);
            Assert.Equal(1, Occurrences(listed, full));
            Assert.True(source.Url is null || sources.Any(s => s.HyperlinkRelationships.Any(h => h.Uri.OriginalString == source.Url)), source.Url);
        }
    }

    [Fact]
    public async Task DeckPptx_PaperNative_WorkbooksHoldTheSpecRowsAndOtherKindsStayPictures()
    {
        using var deck = await GetDeckAsync("/export/deck.pptx?deck=paper&slides=native", $"geoai-deck-paper-{Today}-16x9-native.pptx");
        var specs = await PaperSpecsAsync();
        var slides = DeckReader.Slides(deck);
        for (var i = 0; i < specs.Count; i++)
        {
            var (spec, slide) = (specs[i], slides[i + 1]);
            if (spec.Kind is ChartKind.Timeline or ChartKind.Table)
            {
                Assert.Empty(slide.ChartParts);
                Assert.Equal(ChartAltText.For(spec), DeckFileReader.Picture(slide)!.Value.AltText);
                Assert.Equal(PptxSlides.FallbackNote, DeckReader.Notes(slide)[0]);
                continue;
            }

            Assert.Null(DeckFileReader.Picture(slide));
            Assert.Equal(ChartAltText.For(spec), DeckFileReader.ChartAltText(slide));
            Assert.DoesNotContain(PptxSlides.FallbackNote, DeckReader.Notes(slide));
            var table = DeckFileReader.Table(slide.ChartParts.Single());

            // Every row the chart shows is one cell, under its series and its period or bar; nothing else is there.
            Assert.Equal(spec.Series.Where(s => s.Points.Count > 0).Select(s => s.Name), table.Series);
            var expected = spec.Series.SelectMany(s => s.Points.Select(p => (s.Name, Category: spec.Kind is ChartKind.Line or ChartKind.Slope ? p.PeriodLabel : Label(spec, p.Category), p.Value)))
                .ToDictionary(x => (x.Name, x.Category), x => x.Value);
            Assert.Equal(expected.OrderBy(kv => kv.Key), table.Values.OrderBy(kv => kv.Key));
        }

        // The shipped TOP500 counts, straight from the rows: China, the United States and Russia per list.
        var top500 = specs.FindIndex(s => s.IndicatorId == "top500-systems");
        var rows = DeckFileReader.Table(slides[top500 + 1].ChartParts.Single());
        Assert.Equal(["China", "Russia", "United States"], rows.Series);
        Assert.Equal(specs[top500].Periods.Select(p => p.Label), rows.Categories);
        var observations = specs[top500].Observations;
        Assert.Equal(["CHN", "RUS", "USA"], observations.Select(o => o.EntityCode).Distinct().Order());
        Assert.Equal(observations.Count, rows.Values.Count);
        Assert.All(observations, o => Assert.Equal(o.Value, rows.Values[(specs[top500].Name(o.EntityCode), Period.Parse(o.Period).Label)]));
        Assert.Equal(observations.Single(o => o.EntityCode == "CHN" && o.Period == "2017-11").Value, rows.Values[("China", "Nov 2017")]);
    }

    [Fact]
    public async Task DeckPptx_Steps_PredictSlideStopsAtThePredictPeriodBeforeEachRevealSlide()
    {
        using var deck = await GetDeckAsync("/export/deck.pptx?deck=paper&slides=native&steps=1");
        var specs = await PaperSpecsAsync();
        var titles = DeckReader.Slides(deck).Select(DeckReader.Title).ToList();
        var reveals = DeckCatalog.Paper.Slides.Count(s => s.Reveal);
        Assert.Equal(4, reveals);
        Assert.Equal(1 + specs.Count + reveals, titles.FindIndex(t => t == "Sources"));

        var top500 = specs.Single(s => s.IndicatorId == "top500-systems");
        var predict = titles.IndexOf(DeckFileBuilder.PredictTitle(top500, Period.Parse("2009-11")));
        Assert.True(predict > 0, string.Join(" | ", titles));
        Assert.Equal(top500.Title, titles[predict + 1]);
        var slides = DeckReader.Slides(deck);
        var table = DeckFileReader.Table(slides[predict].ChartParts.Single());
        Assert.Equal("Nov 2009", table.Categories[^1]);
        Assert.Equal(top500.Periods.TakeWhile(p => p.End <= Period.Parse("2009-11").End).Select(p => p.Label), table.Categories);
        Assert.Contains(DeckReader.Notes(slides[predict]), n => n.StartsWith("Predict step: the chart stops at Nov 2009", StringComparison.Ordinal));
    }

    [Fact]
    public async Task DeckPptx_RevealNone_StepsAddNoSlides()
    {
        using var deck = await GetDeckAsync("/export/deck.pptx?deck=paper&steps=1&reveal=none&theme=projector", $"geoai-deck-paper-{Today}-16x9-projector.pptx");
        Assert.Equal(1 + DeckCatalog.Paper.Slides.Count, DeckReader.Slides(deck).FindIndex(s => DeckReader.Title(s) == "Sources"));
    }

    [Fact]
    public async Task DeckPptx_Slide4x3Preset_StandardSlidesAndPicturesOfItsChartArea()
    {
        using var deck = await GetDeckAsync("/export/deck.pptx?charts=arms-import-share&preset=slide-4x3", $"geoai-deck-arms-import-share-2010-2019-{Today}-4x3.pptx");
        Assert.Equal(P.SlideSizeValues.Screen4x3, deck.PresentationPart!.Presentation.SlideSize!.Type!.Value);
        var (width, height) = PptxDeckWriter.PictureSize(DeckSlideSize.Standard4x3, 1600);
        var png = DeckFileReader.Picture(DeckReader.Slides(deck)[1])!.Value.Png;
        Assert.Equal((width * 2, height * 2), (png.Width, png.Height));
    }

    [Fact]
    public async Task DeckPptx_OneChartWithSelection_NamedForTheChartAndOnlyItsRows()
    {
        using var deck = await GetDeckAsync("/export/deck.pptx?charts=top500-systems&entities=CHN,RUS&from=2000&to=2019&slides=native", $"geoai-deck-china-russia-top500-systems-2000-2019-{Today}-16x9-native.pptx");
        var slides = DeckReader.Slides(deck);
        var table = DeckFileReader.Table(slides[1].ChartParts.Single());
        Assert.Equal(["China", "Russia"], table.Series);
        Assert.Equal("Jun 2000", table.Categories[0]);
        Assert.Equal("Nov 2019", table.Categories[^1]);
        Assert.Contains("Permalink: http://localhost/compare?indicator=top500-systems&entities=CHN,RUS&from=2000&to=2019", DeckReader.Notes(slides[1]));
    }

    [Theory]
    [InlineData("/export/deck.pptx?deck=paper&slides=png", "slides")]
    [InlineData("/export/deck.pptx?deck=paper&steps=yes", "steps")]
    [InlineData("/export/deck.pptx?deck=paper&preset=poster", "preset")]
    [InlineData("/export/deck.pptx?deck=paper&theme=neon", "theme")]
    [InlineData("/export/deck.pptx?deck=story", "deck")]
    [InlineData("/export/deck.pptx?deck=paper&charts=top500-systems", "deck")]
    [InlineData("/export/deck.pptx", "charts")]
    [InlineData("/export/deck.pptx?charts=Top500!", "charts")]
    [InlineData("/export/deck.pptx?charts=top500-systems&entities=XXX", "entities")]
    [InlineData("/export/deck.pptx?charts=top500-systems&from=20x0", "from")]
    [InlineData("/export/deck.pptx?deck=paper&asof=2026-01-01", "asof")]
    [InlineData("/export/deck.pptx?charts=top500-systems&asof=2026-13-45", "asof")]
    public async Task DeckPptx_BadParameter_400NamingIt(string url, string parameter)
    {
        var (response, body) = await GetAsync(url);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        using var problem = JsonDocument.Parse(body);
        Assert.Equal($"Invalid parameter '{parameter}'", problem.RootElement.GetProperty("title").GetString());
    }

    [Fact]
    public async Task DeckPptx_TooManyCharts_400()
    {
        var (response, _) = await GetAsync("/export/deck.pptx?charts=" + string.Join(',', Enumerable.Range(1, 21).Select(i => "c" + i.ToString(CultureInfo.InvariantCulture))));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task DeckPptx_UnknownChart_404AndNoDeck()
    {
        var (response, body) = await GetAsync("/export/deck.pptx?charts=top500-systems,no-such-chart");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("no-such-chart", System.Text.Encoding.UTF8.GetString(body), StringComparison.Ordinal);
    }

    private static string Label(ChartSpec spec, string category)
    {
        var i = spec.Categories.ToList().IndexOf(category);
        if (spec.Kind != ChartKind.StackedShare)
        {
            return category;
        }

        var label = spec.CategoryLabels.Count == spec.Categories.Count ? spec.CategoryLabels[i] : category;
        return spec.CategoryGroups.Count == spec.Categories.Count ? spec.CategoryGroups[i] + " · " + label : label;
    }

    private static int Occurrences(string text, string part)
    {
        var count = 0;
        for (var at = text.IndexOf(part, StringComparison.Ordinal); at >= 0; at = text.IndexOf(part, at + part.Length, StringComparison.Ordinal))
        {
            count++;
        }

        return count;
    }
}

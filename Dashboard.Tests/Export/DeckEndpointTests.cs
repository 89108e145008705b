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
        Assert.Equal(PptxWriter.ContentType, response.Content.Headers.ContentType?.MediaType);
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
        foreach (var slide in DeckCatalog.Paper.Items)
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
            if (spec.Kind == ChartKind.Table)
            {
                // A project table is a native table, whatever the slides' style.
                Assert.Null(DeckFileReader.Picture(slide));
                Assert.Equal(spec.Table!.Rows.Count + 1, slide.Slide.Descendants<DocumentFormat.OpenXml.Drawing.TableRow>().Count());
            }
            else
            {
                // Twice a 1920-wide slide's pixels across the content area; the PNG keeps its provenance chunks.
                var (alt, png) = DeckFileReader.Picture(slide)!.Value;
                Assert.Equal(ChartAltText.For(spec), alt);
                Assert.Equal(3552, png.Width);
                Assert.Equal(spec.Title, png.Text("Title"));
            }

            Assert.Contains(spec.Footer.Text, slide.Slide.InnerText, StringComparison.Ordinal);
            Assert.Empty(slide.ChartParts);

            var notes = DeckReader.Notes(slide);
            Assert.Equal("Question: " + DeckCatalog.Paper.Items[i].Heading, notes[0]);
            Assert.Contains(spec.Subtitle, notes);
            Assert.NotEmpty(spec.Sources);
            Assert.All(spec.Sources, s => Assert.Contains("Source: " + SourceReference.Plain(s), notes));
            Assert.Contains(notes, n => n.StartsWith("Licence: ", StringComparison.Ordinal));
            Assert.Contains("Permalink: http://localhost" + DeckCatalog.Paper.Items[i].Chart.PageUrl(spec.Kind), notes);
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
            if (spec.Kind is ChartKind.Timeline)
            {
                Assert.Empty(slide.ChartParts);
                Assert.Equal(ChartAltText.For(spec), DeckFileReader.Picture(slide)!.Value.AltText);
                Assert.Equal(PptxChartSlides.FallbackNote, DeckReader.Notes(slide)[0]);
                continue;
            }

            if (spec.Kind is ChartKind.Table)
            {
                // Project tables are native tables: every project a row, every cell as drawn on the dashboard.
                Assert.Empty(slide.ChartParts);
                Assert.Null(DeckFileReader.Picture(slide));
                var cells = slide.Slide.Descendants<DocumentFormat.OpenXml.Drawing.TableRow>().Select(r => r.Elements<DocumentFormat.OpenXml.Drawing.TableCell>().Select(c => c.InnerText).ToList()).ToList();
                Assert.Equal([spec.Table!.Columns, .. spec.Table.Rows.Select(r => r.Cells)], cells);
                Assert.DoesNotContain(PptxChartSlides.FallbackNote, DeckReader.Notes(slide));
                continue;
            }

            Assert.Null(DeckFileReader.Picture(slide));
            Assert.Equal(ChartAltText.For(spec), DeckFileReader.ChartAltText(slide));
            Assert.DoesNotContain(PptxChartSlides.FallbackNote, DeckReader.Notes(slide));
            var table = DeckFileReader.Table(slide.ChartParts.Single());

            // Every row the chart shows is one cell, under its series and its period or bar; nothing else is there. One
            // period of bars is one bar per series, named on the axis (the series' name is the category).
            var perSeries = spec.Kind == ChartKind.GroupedBar && spec.Categories.Count <= 1;
            Assert.Equal(perSeries ? [spec.Categories.Single()] : spec.Series.Where(s => s.Points.Count > 0).Select(s => s.Name), table.Series);
            var expected = spec.Series.SelectMany(s => s.Points.Select(p => (
                    Name: perSeries ? spec.Categories.Single() : s.Name,
                    Category: perSeries ? s.Name : spec.Kind is ChartKind.Line or ChartKind.Slope ? p.PeriodLabel : Label(spec, p.Category),
                    p.Value)))
                .ToDictionary(x => (x.Name, x.Category), x => x.Value);
            Assert.Equal(expected.OrderBy(kv => kv.Key), table.Values.OrderBy(kv => kv.Key));

            // The paper's figures: a ◆ in the workbook for each, on its series at its period or bar.
            var marks = spec.Marks.Select(m => (Key: perSeries ? (spec.Categories.Single(), m.SeriesName) : (m.SeriesName, spec.Kind is ChartKind.Line or ChartKind.Slope ? m.PeriodLabel : Label(spec, m.Category)), m.Value))
                .DistinctBy(m => m.Key).ToDictionary(m => m.Key, m => m.Value);
            Assert.Equal(marks.OrderBy(kv => kv.Key), table.Marks.OrderBy(kv => kv.Key));

            // Everything the dashboard's image says is text on the slide: subtitle, every caveat, the marks in words,
            // the source line; the marks' labels on the chart; the caveats again in the notes.
            var texts = TextBoxes(slide);
            Assert.Equal([spec.Subtitle], texts["Subtitle"]);
            Assert.NotEmpty(spec.Notes);
            Assert.All(spec.Notes, n => Assert.Contains(n, texts["Caveats"]));
            Assert.All(spec.Notes, n => Assert.Contains(n, DeckReader.Notes(slide)));
            Assert.Equal([spec.Footer.Text], texts["Source"]);
            var labels = slide.ChartParts.Single().ChartSpace.Descendants<DocumentFormat.OpenXml.Drawing.Charts.DataLabel>()
                .Where(d => d.GetFirstChild<DocumentFormat.OpenXml.Drawing.Charts.ChartText>() is not null).Select(d => d.InnerText).ToList();
            foreach (var mark in spec.Marks)
            {
                Assert.Contains($"{mark.SeriesName}, {mark.PeriodLabel}: paper {mark.Stated}", texts["Caveats"][0], StringComparison.Ordinal);
                Assert.Contains(mark.Label, labels);
            }
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
        var reveals = DeckCatalog.Paper.Items.Count(s => s.Reveal);
        Assert.Equal(4, reveals);
        Assert.Equal(1 + specs.Count + reveals, titles.FindIndex(t => t == "Sources"));

        var top500 = specs.Single(s => s.IndicatorId == "top500-systems");
        var predict = titles.IndexOf(PptxBuilder.PredictTitle(top500, Period.Parse("2009-11")));
        Assert.True(predict > 0, string.Join(" | ", titles));
        Assert.Equal(top500.Title, titles[predict + 1]);
        var slides = DeckReader.Slides(deck);
        // The predict slide is the whole chart (same periods, series and axis) with the values after its stop left empty.
        var table = DeckFileReader.Table(slides[predict].ChartParts.Single());
        var whole = DeckFileReader.Table(slides[predict + 1].ChartParts.Single());
        Assert.Equal(whole.Categories, table.Categories);
        Assert.Equal(whole.Series, table.Series);
        Assert.Equal("Nov 2009", table.Values.Keys.Select(k => k.Category).MaxBy(c => table.Categories.ToList().IndexOf(c)));
        Assert.Equal(whole.Values.Where(kv => whole.Categories.ToList().IndexOf(kv.Key.Category) <= whole.Categories.ToList().IndexOf("Nov 2009")).OrderBy(kv => kv.Key),
            table.Values.OrderBy(kv => kv.Key));
        Assert.Empty(table.Marks);
        Assert.Equal(Axis(slides[predict]), Axis(slides[predict + 1]));
        Assert.Contains(DeckReader.Notes(slides[predict]), n => n.StartsWith("Predict step: the chart stops at Nov 2009", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("native")]
    [InlineData("picture")]
    public async Task DeckPptx_StepsEveryPair_PredictAndRevealShareKindSeriesAxisAndBox(string slides)
    {
        using var deck = await GetDeckAsync($"/export/deck.pptx?deck=paper&slides={slides}&steps=1");
        var all = DeckReader.Slides(deck);
        var pairs = Enumerable.Range(0, all.Count - 1)
            .Where(i => DeckReader.Title(all[i])!.EndsWith(": what happens next?", StringComparison.Ordinal)).Select(i => (Predict: all[i], Reveal: all[i + 1])).ToList();

        // The paper deck's four reveals: arms imports, arms suppliers (five-year periods), TOP500, external debt.
        Assert.Equal(4, pairs.Count);
        foreach (var (predict, reveal) in pairs)
        {
            Assert.StartsWith(DeckReader.Title(reveal)! + " — up to ", DeckReader.Title(predict), StringComparison.Ordinal);
            var what = DeckReader.Title(reveal);
            if (slides == "picture")
            {
                // The same box and picture size, so nothing moves between the two slides.
                var (a, b) = (DeckReader.Bounds(predict), DeckReader.Bounds(reveal));
                Assert.Equal(b.Select(x => x.Box), a.Select(x => x.Box));
                Assert.Equal((DeckFileReader.Picture(reveal)!.Value.Png.Width, DeckFileReader.Picture(reveal)!.Value.Png.Height),
                    (DeckFileReader.Picture(predict)!.Value.Png.Width, DeckFileReader.Picture(predict)!.Value.Png.Height));
                continue;
            }

            var (p, r) = (predict.ChartParts.Single().ChartSpace, reveal.ChartParts.Single().ChartSpace);
            var plotted = (DocumentFormat.OpenXml.Drawing.Charts.PlotArea a) => a.ChildElements
                .Where(e => e.LocalName.EndsWith("Chart", StringComparison.Ordinal)).Select(e => e.LocalName).ToList();
            Assert.Equal(plotted(r.Descendants<DocumentFormat.OpenXml.Drawing.Charts.PlotArea>().Single()), plotted(p.Descendants<DocumentFormat.OpenXml.Drawing.Charts.PlotArea>().Single()));
            var (pt, rt) = (DeckFileReader.Table(predict.ChartParts.Single()), DeckFileReader.Table(reveal.ChartParts.Single()));
            Assert.Equal(rt.Series, pt.Series);
            Assert.Equal(rt.Categories, pt.Categories);
            Assert.True(pt.Values.Count < rt.Values.Count, $"{what}: the predict slide hides values");
            var axis = Axis(reveal);
            Assert.NotNull(axis.Max); // fixed, not left to the client: PowerPoint would rescale to the predict slide's data
            Assert.Equal(axis, Axis(predict));
            Assert.Equal(r.Descendants<DocumentFormat.OpenXml.Drawing.Charts.Legend>().Count(), p.Descendants<DocumentFormat.OpenXml.Drawing.Charts.Legend>().Count());
            Assert.Equal(DeckReader.Bounds(reveal).Select(x => x.Box), DeckReader.Bounds(predict).Select(x => x.Box));
        }
    }

    [Fact]
    public async Task DeckPptx_ProjectorAndDarkThemes_LargerNativeChartTextAndDarkSlides()
    {
        static List<int> Sizes(SlidePart slide) => slide.ChartParts.Single().ChartSpace.Descendants<DocumentFormat.OpenXml.Drawing.DefaultRunProperties>()
            .Where(r => r.FontSize is not null).Select(r => r.FontSize!.Value).ToList();
        static List<int> TextSizes(SlidePart slide) => slide.Slide.Descendants<DocumentFormat.OpenXml.Drawing.RunProperties>()
            .Where(r => r.FontSize is not null).Select(r => r.FontSize!.Value).ToList();

        using var light = await GetDeckAsync("/export/deck.pptx?charts=top500-systems&slides=native");
        using var projector = await GetDeckAsync("/export/deck.pptx?charts=top500-systems&slides=native&theme=projector");
        using var dark = await GetDeckAsync("/export/deck.pptx?charts=top500-systems&slides=native&theme=dark");
        var (l, p, d) = (DeckReader.Slides(light)[1], DeckReader.Slides(projector)[1], DeckReader.Slides(dark)[1]);

        // The projector theme enlarges the native chart's text (axes, labels, legend) and the slide's texts.
        Assert.Equal(Sizes(l).Count, Sizes(p).Count);
        Assert.All(Sizes(l).Zip(Sizes(p)), x => Assert.True(x.Second > x.First, $"{x.Second} > {x.First}"));
        Assert.True(TextSizes(p).Sum() > TextSizes(l).Sum());
        Assert.Empty(l.Slide.CommonSlideData!.Elements<P.Background>());

        // The dark theme paints every slide's background and writes the chart's text in the theme's light colour.
        var theme = Dashboard.Web.Charts.Styling.ChartTheme.Dark;
        static string Hex(ScottPlot.Color c) => FormattableString.Invariant($"{c.R:X2}{c.G:X2}{c.B:X2}");
        foreach (var slide in DeckReader.Slides(dark))
        {
            Assert.Equal(Hex(theme.Background), slide.Slide.CommonSlideData!.Elements<P.Background>().Single().Descendants<DocumentFormat.OpenXml.Drawing.RgbColorModelHex>().Single().Val!.Value);
        }

        Assert.Contains(d.ChartParts.Single().ChartSpace.Descendants<DocumentFormat.OpenXml.Drawing.RgbColorModelHex>(), c => c.Val!.Value == Hex(theme.Foreground));
    }

    [Fact]
    public async Task DeckPptx_RevealNoneWithSteps_400SayingWhy()
    {
        var (response, body) = await GetAsync("/export/deck.pptx?deck=paper&steps=1&reveal=none&theme=projector");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = JsonDocument.Parse(body).RootElement;
        Assert.Equal("Invalid parameter 'steps'", problem.GetProperty("title").GetString());
        Assert.Contains("none is: add 'reveal=all'", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task DeckPptx_ChartsWithStepsButNothingToReveal_400SayingWhy()
    {
        var (response, body) = await GetAsync("/export/deck.pptx?charts=safe-city-projects&reveal=all&steps=1");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("has an earlier period to stop at", JsonDocument.Parse(body).RootElement.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    /// <summary>The slide's text boxes (not placeholders) by name, each as its paragraphs.</summary>
    private static Dictionary<string, List<string>> TextBoxes(SlidePart slide) =>
        slide.Slide.Descendants<P.Shape>().Where(s => s.NonVisualShapeProperties!.NonVisualShapeDrawingProperties!.TextBox?.Value == true)
            .ToDictionary(s => s.NonVisualShapeProperties!.NonVisualDrawingProperties!.Name!.Value!,
                s => s.TextBody!.Elements<DocumentFormat.OpenXml.Drawing.Paragraph>().Select(p => p.InnerText).ToList());

    /// <summary>The value axis of a slide's native chart: minimum and maximum as written.</summary>
    private static (double? Min, double? Max) Axis(SlidePart slide)
    {
        var scaling = slide.ChartParts.Single().ChartSpace.Descendants<DocumentFormat.OpenXml.Drawing.Charts.ValueAxis>().Single().Scaling!;
        return (scaling.MinAxisValue?.Val?.Value, scaling.MaxAxisValue?.Val?.Value);
    }

    [Fact]
    public async Task DeckPptx_Slide4x3Preset_StandardSlidesAndPicturesOfItsChartArea()
    {
        using var deck = await GetDeckAsync("/export/deck.pptx?charts=arms-import-share&preset=slide-4x3", $"geoai-deck-arms-import-share-2010-2019-{Today}-4x3.pptx");
        Assert.Equal(P.SlideSizeValues.Screen4x3, deck.PresentationPart!.Presentation.SlideSize!.Type!.Value);
        // The picture is rendered at its box's shape, twice the pixels of a 1600-wide slide.
        var slide = DeckReader.Slides(deck)[1];
        var png = DeckFileReader.Picture(slide)!.Value.Png;
        var box = slide.Slide.Descendants<P.Picture>().Single().ShapeProperties!.Transform2D!.Extents!;
        Assert.Equal(2 * 1440, png.Width); // the content area is 9 of the slide's 10 inches: 1440 of 1600 pixels
        Assert.Equal((double)box.Cx!.Value / box.Cy!.Value, (double)png.Width / png.Height, 2);
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

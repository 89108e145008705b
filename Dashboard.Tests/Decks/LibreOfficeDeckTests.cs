using System.Text;
using System.Text.RegularExpressions;
using Dashboard.Web.Decks;
using DocumentFormat.OpenXml.Packaging;
using C = DocumentFormat.OpenXml.Drawing.Charts;

namespace Dashboard.Tests.Decks;

/// <summary>
/// Decks opened by a real client, LibreOffice: converted to PDF (one page per slide) and round-tripped to .pptx
/// (slides, titles and native chart values survive its import). Skipped, with the reason printed, where soffice is absent.
/// </summary>
public sealed partial class LibreOfficeDeckTests(LibreOfficeFixture libreOffice) : IClassFixture<LibreOfficeFixture>, IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("geoai-deck-").FullName;

    [SkippableTheory]
    [InlineData(PptxSlideSize.Widescreen16x9)]
    [InlineData(PptxSlideSize.Standard4x3)]
    public async Task ConvertToPdf_EveryKindDeck_OnePagePerSlideAtTheSlideSize(PptxSlideSize size)
    {
        Skip.If(libreOffice.SkipReason is not null, libreOffice.SkipReason);
        var doc = DeckSamples.EveryKind(size);
        var input = Path.Combine(folder, "deck.pptx");
        var bytes = PptxWriter.ToBytes(doc);
        await File.WriteAllBytesAsync(input, bytes);
        using var deck = PresentationDocument.Open(new MemoryStream(bytes), false);

        var pdf = Encoding.Latin1.GetString(await File.ReadAllBytesAsync(await libreOffice.ConvertAsync(input, "pdf", ".pdf", folder)));

        Assert.Equal(DeckReader.Slides(deck).Count, LibreOfficeFixture.PageCount(pdf));
        // Page boxes in points: 13.333 × 7.5 in or 10 × 7.5 in.
        var box = MediaBox().Match(pdf);
        Assert.True(box.Success, "The PDF has a MediaBox.");
        var (width, height) = (double.Parse(box.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture), double.Parse(box.Groups[2].Value, System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(size == PptxSlideSize.Widescreen16x9 ? 960 : 720, width, 1.0);
        Assert.Equal(540, height, 1.0);
    }

    [SkippableFact]
    public async Task RoundTripThroughImpress_NativeCharts_SlidesTitlesAndSeriesValuesSurvive()
    {
        Skip.If(libreOffice.SkipReason is not null, libreOffice.SkipReason);
        var doc = DeckSamples.EveryKind();
        var input = Path.Combine(folder, "native.pptx");
        await File.WriteAllBytesAsync(input, PptxWriter.ToBytes(doc));
        var outFolder = Directory.CreateDirectory(Path.Combine(folder, "out")).FullName;

        var output = await libreOffice.ConvertAsync(input, "pptx:Impress Office Open XML", ".pptx", outFolder);

        using var deck = PresentationDocument.Open(output, false);
        var slides = DeckReader.Slides(deck);
        Assert.Equal([doc.Title, .. doc.Slides.Select(s => s.Title), "Sources"], slides.Select(DeckReader.Title).Where(t => !t!.EndsWith("(continued)", StringComparison.Ordinal)));

        // What the README warns about: Impress keeps the charts' values but not their embedded workbooks.
        var charts = slides.SelectMany(s => s.ChartParts).ToList();
        Assert.Equal(doc.Slides.Count(s => s.Visual is PptxChart), charts.Count);
        Assert.All(charts, c => Assert.Null(c.EmbeddedPackagePart));
        for (var i = 0; i < doc.Slides.Count; i++)
        {
            if (doc.Slides[i].Visual is not PptxChart chart)
            {
                continue;
            }

            // What LibreOffice read from our chart, as it writes it back: every series by name with its values, gaps kept,
            // and the marks' series with theirs (LibreOffice may write the marks' line before the bars).
            var space = slides.Single(s => DeckReader.Title(s) == doc.Slides[i].Title).ChartParts.Single().ChartSpace;
            var series = space.Descendants<C.LineChartSeries>().Cast<DocumentFormat.OpenXml.OpenXmlCompositeElement>().Concat(space.Descendants<C.BarChartSeries>())
                .ToDictionary(s => s.GetFirstChild<C.SeriesText>()!.StringReference!.StringCache!.InnerText);
            var marks = chart.Marks.GroupBy(m => m.Series).Select(g => (Name: $"{chart.Series[g.Key].Name} ({chart.MarksName})", Values: chart.Categories.Select((_, c) => g.FirstOrDefault(m => m.Category == c)?.Value).ToList()));
            var expectedSeries = chart.Series.Select(s => (s.Name, Values: s.Values.ToList())).Concat(marks).ToList();
            Assert.Equal(expectedSeries.Select(s => s.Name).Order(StringComparer.Ordinal), series.Keys.Order(StringComparer.Ordinal));
            foreach (var (name, values) in expectedSeries)
            {
                var expected = values
                    .Select((v, c) => (Index: (uint)c, Value: v))
                    .Where(p => p.Value is not null)
                    .ToDictionary(p => p.Index, p => p.Value!.Value);
                var actual = DeckReader.Cache(series[name]).Points
                    .ToDictionary(p => p.Key, p => double.Parse(p.Value, System.Globalization.CultureInfo.InvariantCulture));
                Assert.Equal(expected, actual);
            }
        }
    }

    [SkippableTheory]
    [InlineData("built")]
    [InlineData("libreoffice")]
    public async Task ConvertToPdf_DeckOnATemplate_OnePagePerSlideAtTheTemplatesSize(string which)
    {
        Skip.If(libreOffice.SkipReason is not null, libreOffice.SkipReason);
        var template = PptxTemplate.Open(which == "built" ? TemplateSamples.Built() : TemplateSamples.LibreOffice()).Template!;
        var bytes = PptxWriter.ToBytes(DeckSamples.EveryKind() with { Template = template });
        var input = Path.Combine(folder, "templated.pptx");
        await File.WriteAllBytesAsync(input, bytes);
        int slides;
        using (var deck = PresentationDocument.Open(new MemoryStream(bytes), false))
        {
            slides = DeckReader.Slides(deck).Count;
        }

        var pdf = Encoding.Latin1.GetString(await File.ReadAllBytesAsync(await libreOffice.ConvertAsync(input, "pdf", ".pdf", folder)));

        // One page per slide (the template's own sample slide is not one of them), at the template's slide size in points.
        Assert.Equal(slides, LibreOfficeFixture.PageCount(pdf));
        var box = MediaBox().Match(pdf);
        Assert.True(box.Success, "The PDF has a MediaBox.");
        Assert.Equal(template.Area.SlideWidth / 12700.0, double.Parse(box.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture), 1.0);
        Assert.Equal(template.Area.SlideHeight / 12700.0, double.Parse(box.Groups[2].Value, System.Globalization.CultureInfo.InvariantCulture), 1.0);
    }

    [SkippableFact]
    public async Task RoundTripThroughImpress_DeckOnLibreOfficeTemplate_SlidesKeepTheTemplatesLayouts()
    {
        Skip.If(libreOffice.SkipReason is not null, libreOffice.SkipReason);
        var doc = DeckSamples.EveryKind() with { Template = PptxTemplate.Open(TemplateSamples.LibreOffice()).Template! };
        var input = Path.Combine(folder, "brand.pptx");
        await File.WriteAllBytesAsync(input, PptxWriter.ToBytes(doc));
        var outFolder = Directory.CreateDirectory(Path.Combine(folder, "out")).FullName;

        var output = await libreOffice.ConvertAsync(input, "pptx:Impress Office Open XML", ".pptx", outFolder);

        // LibreOffice read our slides on the template's master: the titles are there, and the master's cream background.
        using var deck = PresentationDocument.Open(output, false);
        var slides = DeckReader.Slides(deck);
        Assert.Equal([doc.Title, .. doc.Slides.Select(s => s.Title), "Sources"], slides.Select(DeckReader.Title).Where(t => !t!.EndsWith("(continued)", StringComparison.Ordinal)));
        Assert.Contains("f4f1ea", deck.PresentationPart!.SlideMasterParts.First().SlideMaster.OuterXml, StringComparison.OrdinalIgnoreCase);
    }

    public void Dispose() => Directory.Delete(folder, recursive: true);

    [GeneratedRegex(@"/MediaBox\s*\[\s*0\s+0\s+([\d.]+)\s+([\d.]+)\s*\]")]
    private static partial Regex MediaBox();
}

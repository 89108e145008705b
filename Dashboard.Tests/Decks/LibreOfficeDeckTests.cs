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
        await File.WriteAllBytesAsync(input, PptxWriter.ToBytes(doc));

        var pdf = Encoding.Latin1.GetString(await File.ReadAllBytesAsync(await libreOffice.ConvertAsync(input, "pdf", ".pdf", folder)));

        Assert.Equal(1 + doc.Slides.Count + 1, LibreOfficeFixture.PageCount(pdf));
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
        Assert.Equal([doc.Title, .. doc.Slides.Select(s => s.Title), "Sources"], slides.Select(DeckReader.Title));
        for (var i = 0; i < doc.Slides.Count; i++)
        {
            if (doc.Slides[i].Visual is not PptxChart chart)
            {
                continue;
            }

            // What LibreOffice read from our chart, as it writes it back: every series by name with its values, gaps kept.
            var space = slides[i + 1].ChartParts.Single().ChartSpace;
            var series = space.Descendants<C.LineChartSeries>().Cast<DocumentFormat.OpenXml.OpenXmlCompositeElement>().Concat(space.Descendants<C.BarChartSeries>()).ToList();
            Assert.Equal(chart.Series.Select(s => s.Name), series.Select(s => s.GetFirstChild<C.SeriesText>()!.StringReference!.StringCache!.InnerText));
            for (var s = 0; s < chart.Series.Count; s++)
            {
                var expected = chart.Series[s].Values
                    .Select((v, c) => (Index: (uint)c, Value: v))
                    .Where(p => p.Value is not null)
                    .ToDictionary(p => p.Index, p => p.Value!.Value);
                var actual = DeckReader.Cache(series[s]).Points
                    .ToDictionary(p => p.Key, p => double.Parse(p.Value, System.Globalization.CultureInfo.InvariantCulture));
                Assert.Equal(expected, actual);
            }
        }
    }

    public void Dispose() => Directory.Delete(folder, recursive: true);

    [GeneratedRegex(@"/MediaBox\s*\[\s*0\s+0\s+([\d.]+)\s+([\d.]+)\s*\]")]
    private static partial Regex MediaBox();
}

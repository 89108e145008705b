using System.Text;
using Dashboard.Tests.Decks;
using Dashboard.Tests.Support;
using Dashboard.Web.Charts;
using Dashboard.Web.Charts.Styling;
using Dashboard.Web.Decks;
using Dashboard.Web.Export;
using Microsoft.Extensions.DependencyInjection;

namespace Dashboard.Tests.Export;

/// <summary>
/// The paper's deck, built by <see cref="PptxBuilder"/> on the shipped data, opened by a real client: LibreOffice
/// converts it to PDF, one page per slide (title, one per chart, a predict slide per reveal when asked, Sources).
/// Skipped, with the reason printed, where soffice is absent.
/// </summary>
public sealed class PaperDeckPdfTests(ShippedDataFactory app, LibreOfficeFixture libreOffice)
    : IClassFixture<ShippedDataFactory>, IClassFixture<LibreOfficeFixture>, IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("geoai-paper-deck-").FullName;

    [SkippableTheory]
    [InlineData(PptxChartStyle.Picture, false, null)]
    [InlineData(PptxChartStyle.Native, false, null)]
    [InlineData(PptxChartStyle.Native, true, null)]
    [InlineData(PptxChartStyle.Picture, true, "libreoffice")]
    [InlineData(PptxChartStyle.Native, true, "built")]
    public async Task ConvertToPdf_PaperDeck_OnePagePerSlide(PptxChartStyle style, bool steps, string? template)
    {
        Skip.If(libreOffice.SkipReason is not null, libreOffice.SkipReason);
        var settings = new PptxSettings(style, ChartTheme.Light, PptxSlideSize.Widescreen16x9, steps)
        {
            Template = template is null ? null : PptxTemplate.Open(template == "built" ? TemplateSamples.Built() : TemplateSamples.LibreOffice()).Template,
        };
        var built = await Exports.DeckAsync(app.Services, DeckCatalog.Paper, settings);
        var input = Path.Combine(folder, built.Name);
        await File.WriteAllBytesAsync(input, built.Bytes);
        int sources, continued, overlaps;
        using (var deck = DeckFileReader.OpenValid(built.Bytes))
        {
            var slides = DeckReader.Slides(deck);
            sources = slides.Count(s => DeckReader.Title(s)!.StartsWith("Sources", StringComparison.Ordinal));
            continued = slides.Count(s => DeckReader.Title(s)!.EndsWith("(continued)", StringComparison.Ordinal) && !DeckReader.Title(s)!.StartsWith("Sources", StringComparison.Ordinal));
            var size = deck.PresentationPart!.Presentation.SlideSize!;
            overlaps = slides.Sum(s => DeckReader.Overlaps(s, size.Cx!.Value, size.Cy!.Value).Count);
        }

        var pdf = Encoding.Latin1.GetString(await File.ReadAllBytesAsync(await libreOffice.ConvertAsync(input, "pdf", ".pdf", folder)));

        var charts = DeckCatalog.Paper.Items.Count;
        var predicts = steps ? DeckCatalog.Paper.Items.Count(s => s.Reveal) : 0;
        Assert.Equal(7, charts);
        Assert.InRange(sources, 1, 2);
        Assert.Equal(1 + charts + predicts + continued + sources, LibreOfficeFixture.PageCount(pdf));
        Assert.Equal(0, overlaps);
    }

    public void Dispose() => Directory.Delete(folder, recursive: true);
}

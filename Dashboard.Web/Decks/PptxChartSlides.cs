using System.Runtime.InteropServices;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;

namespace Dashboard.Web.Decks;

/// <summary>
/// A chart slide on the content layout: the title in its title placeholder; in the content area the subtitle, the
/// visual in the content placeholder (a picture fitted to its box, a native chart, or a native table that continues on
/// further slides when it is long), the caveats and the source line (<see cref="PptxSlideArea.Layout"/>); the footers;
/// the speaker notes.
/// </summary>
internal static class PptxChartSlides
{
    public const string FallbackNote =
        "Shown as a picture: PowerPoint cannot draw this kind of chart natively, so it is not an editable chart.";

    /// <summary>The slide (or slides, for a long table); <paramref name="number"/> is the first one's slide number.</summary>
    public static IReadOnlyList<SlidePart> Add(PptxDeckParts deck, PptxSlide chart, int number)
    {
        var look = deck.Doc.Look;
        var layout = chart.Layout ?? deck.Layouts.Area.Layout(chart.Subtitle, chart.Caveats, chart.SourceLine, look);
        var pages = chart.Visual is PptxTable rows ? PptxTables.Pages(rows, layout.Visual.Width, layout.Visual.Height, look) : [[]];
        var slides = new List<SlidePart>(pages.Count);
        for (var page = 0; page < pages.Count; page++)
        {
            var slide = deck.Presentation.AddNewPart<SlidePart>();
            slide.AddPart(deck.Layouts.Content);
            var title = page == 0 ? chart.Title : chart.Title + " (continued)";
            var shapes = new List<OpenXmlElement>
            {
                PptxShapes.Placeholder(2U, "Title 1", deck.Layouts.Title.Shape(), [PptxText.Paragraph(title, null, look.TextHex)]),
            };
            if (layout.Subtitle is { } subtitleBox)
            {
                shapes.Add(PptxShapes.TextBox(3U, "Subtitle", subtitleBox, [PptxText.Paragraph(chart.Subtitle, layout.SubtitleSize, look.MutedHex)]));
            }

            var placeholder = deck.Layouts.Body.Shape();
            shapes.Add(chart.Visual switch
            {
                PptxPicture picture => Picture(slide, chart, picture, placeholder, layout.Visual),
                PptxChart native => PptxShapes.ChartFrame(4U, "Chart", chart.AltText, PptxChartSpace.AddTo(slide, native, chart.SourceLine, ChartLook(look, layout.Visual)), placeholder, layout.Visual),
                PptxTable table => PptxTables.Frame(4U, table, pages[page], chart.AltText, placeholder, layout.Visual, look),
                _ => throw new ArgumentException($"Chart slide '{chart.Title}' has no picture, chart or table."),
            });
            if (layout.Caveats is { } caveatsBox)
            {
                shapes.Add(PptxShapes.TextBox(5U, "Caveats", caveatsBox, chart.Caveats.Select(c => PptxText.Paragraph(c, layout.CaveatSize, look.MutedHex))));
            }

            if (layout.Source is { } sourceBox)
            {
                shapes.Add(PptxShapes.TextBox(6U, "Source", sourceBox, [PptxText.Paragraph(chart.SourceLine, layout.SourceSize, look.MutedHex ?? "595959")]));
            }

            shapes.AddRange(PptxDecor.Footers(deck, number + page, 7U));
            PptxDecor.Save(slide, look, shapes);
            var notes = chart.PictureFallback ? chart.Notes.Prepend(deck.Doc.Words.PictureFallback) : chart.Notes;
            PptxNotes.Add(slide, deck.NotesMaster, notes);
            slides.Add(slide);
        }

        return slides;
    }

    /// <summary>A chart's text keeps to its box: smaller (to 70 %) in a box less than 3.2 in high.</summary>
    private static PptxLook ChartLook(PptxLook look, PptxBox box) =>
        look with { TextScale = look.TextScale * Math.Clamp(box.Height / (3.2 * 914400), 0.7, 1.0) };

    /// <summary>The picture, as large as fits its box at its own aspect ratio, centred.</summary>
    private static DocumentFormat.OpenXml.Presentation.Picture Picture(SlidePart slide, PptxSlide chart, PptxPicture picture, DocumentFormat.OpenXml.Presentation.PlaceholderShape placeholder, PptxBox box)
    {
        var image = slide.AddImagePart(ImagePartType.Png);
        var bytes = MemoryMarshal.TryGetArray(picture.Png, out var segment) ? segment : new ArraySegment<byte>(picture.Png.ToArray());
        using (var stream = new MemoryStream(bytes.Array!, bytes.Offset, bytes.Count, writable: false))
        {
            image.FeedData(stream);
        }

        var width = box.Width;
        var height = width * picture.PixelHeight / picture.PixelWidth;
        if (height > box.Height)
        {
            height = box.Height;
            width = height * picture.PixelWidth / picture.PixelHeight;
        }

        var fitted = new PptxBox(box.X + ((box.Width - width) / 2), box.Y + ((box.Height - height) / 2), width, height);
        return PptxShapes.Picture(4U, "Chart", chart.AltText, slide.GetIdOfPart(image), placeholder, fitted);
    }
}

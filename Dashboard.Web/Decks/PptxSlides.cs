using System.Globalization;
using System.Runtime.InteropServices;
using DocumentFormat.OpenXml.Packaging;
using A = DocumentFormat.OpenXml.Drawing;
using P = DocumentFormat.OpenXml.Presentation;

namespace Dashboard.Web.Decks;

/// <summary>The three kinds of slide in a deck: title slide, chart slide, "Sources" slide.</summary>
internal static class PptxSlides
{
    public const string FallbackNote =
        "Shown as a picture: PowerPoint cannot draw this kind of chart natively, so it is not an editable chart.";

    private const string SourceGrey = "595959";

    public static SlidePart Cover(PresentationPart presentation, DeckDocument doc, PptxTemplate template)
    {
        var slide = presentation.AddNewPart<SlidePart>();
        slide.AddPart(template.TitleLayout);
        var lines = new List<string>();
        if (PptxText.Clean(doc.Subtitle).Length > 0)
        {
            lines.Add(doc.Subtitle!);
        }

        if (doc.Date is { } date)
        {
            lines.Add(date.ToString("d MMMM yyyy", CultureInfo.InvariantCulture));
        }

        if (PptxText.Clean(doc.DataVersion).Length > 0)
        {
            lines.Add($"Data version {doc.DataVersion}");
        }

        Save(slide,
            PptxShapes.Placeholder(2U, "Title 1", P.PlaceholderValues.CenteredTitle, null, [PptxText.Paragraph(doc.Title)]),
            PptxShapes.Placeholder(3U, "Subtitle 2", P.PlaceholderValues.SubTitle, 1U, lines.Select(l => PptxText.Paragraph(l))));
        return slide;
    }

    public static SlidePart Chart(PresentationPart presentation, DeckChartSlide chart, DeckGeometry geometry, PptxTemplate template)
    {
        var slide = presentation.AddNewPart<SlidePart>();
        slide.AddPart(template.TitleOnlyLayout);
        var title = PptxShapes.Placeholder(2U, "Title 1", P.PlaceholderValues.Title, null, [PptxText.Paragraph(chart.Title)]);
        DocumentFormat.OpenXml.OpenXmlElement visual = chart.Visual switch
        {
            DeckPicture picture => Picture(slide, chart, picture, geometry),
            DeckNativeChart native => PptxShapes.ChartFrame(3U, "Chart 2", chart.AltText, PptxChartSpace.AddTo(slide, native, chart.SourceLine),
                (DeckGeometry.MarginX, DeckGeometry.ContentY, geometry.InnerWidth, geometry.ContentHeight)),
            _ => throw new ArgumentException($"Chart slide '{chart.Title}' has no picture and no chart."),
        };
        if (PptxText.Clean(chart.SourceLine).Length > 0)
        {
            var source = PptxShapes.TextBox(4U, "Source 3", (DeckGeometry.MarginX, geometry.SourceY, geometry.InnerWidth, DeckGeometry.SourceHeight),
                PptxText.Paragraph(chart.SourceLine, 1200, SourceGrey));
            Save(slide, title, visual, source);
        }
        else
        {
            Save(slide, title, visual);
        }

        var notes = chart.PictureFallback ? chart.Notes.Prepend(FallbackNote) : chart.Notes;
        PptxNotes.Add(slide, template.NotesMaster, notes);
        return slide;
    }

    /// <summary>
    /// Adds the closing "Sources" slide(s): every reference once, in the order given; long lists continue on further
    /// slides rather than overflow. Returns the slides added.
    /// </summary>
    public static IReadOnlyList<SlidePart> Sources(PresentationPart presentation, IReadOnlyList<DeckReference> references, DeckGeometry geometry, PptxTemplate template)
    {
        var unique = references
            .Select(r => r with { Citation = PptxText.Clean(r.Citation), Url = PptxText.Clean(r.Url) is { Length: > 0 } u ? u : null })
            .Where(r => r.Citation.Length > 0 || r.Url is not null)
            .Distinct()
            .ToList();
        var pages = Paginate(unique, geometry);
        var slides = new List<SlidePart>();
        for (var i = 0; i < pages.Count; i++)
        {
            var slide = presentation.AddNewPart<SlidePart>();
            slide.AddPart(template.TitleAndContentLayout);
            var paragraphs = pages[i].Count == 0
                ? [PptxText.Paragraph("No sources were given for these charts.", 1400)]
                : pages[i].Select(r => Reference(slide, r)).ToList();
            Save(slide,
                PptxShapes.Placeholder(2U, "Title 1", P.PlaceholderValues.Title, null, [PptxText.Paragraph(i == 0 ? "Sources" : "Sources (continued)")]),
                PptxShapes.Placeholder(3U, "Content Placeholder 2", null, 1U, paragraphs));
            slides.Add(slide);
        }

        return slides;
    }

    private static P.Picture Picture(SlidePart slide, DeckChartSlide chart, DeckPicture picture, DeckGeometry geometry)
    {
        var image = slide.AddImagePart(ImagePartType.Png);
        var bytes = MemoryMarshal.TryGetArray(picture.Png, out var segment) ? segment : new ArraySegment<byte>(picture.Png.ToArray());
        using (var stream = new MemoryStream(bytes.Array!, bytes.Offset, bytes.Count, writable: false))
        {
            image.FeedData(stream);
        }

        return PptxShapes.Picture(3U, "Chart 2", chart.AltText, slide.GetIdOfPart(image), geometry.FitContent(picture.PixelWidth, picture.PixelHeight));
    }

    private static A.Paragraph Reference(SlidePart slide, DeckReference reference)
    {
        var paragraph = new A.Paragraph();
        if (reference.Citation.Length > 0)
        {
            paragraph.Append(PptxText.Run(reference.Url is null ? reference.Citation : reference.Citation + " ", 1400));
        }

        if (reference.Url is { } url)
        {
            var run = PptxText.Run(url, 1400);
            if (Uri.TryCreate(url, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp))
            {
                var link = slide.AddHyperlinkRelationship(uri, isExternal: true);
                run.RunProperties!.Append(new A.HyperlinkOnClick { Id = link.Id });
            }

            paragraph.Append(run);
        }

        paragraph.Append(new A.EndParagraphRunProperties { Language = PptxText.Language, Dirty = false });
        return paragraph;
    }

    /// <summary>
    /// Splits references into pages that fit the body placeholder at 14 pt, estimating wrapped lines from an average
    /// character width (half an em); always at least one page.
    /// </summary>
    private static List<List<DeckReference>> Paginate(List<DeckReference> references, DeckGeometry geometry)
    {
        const double pointsPerEmu = 72.0 / 914400, lineHeight = 15.2, paragraphGap = 10, averageCharWidth = 7;
        var usable = (geometry.BodyHeight * pointsPerEmu) - 20;
        var charsPerLine = Math.Max(20, (int)(((geometry.InnerWidth * pointsPerEmu) - 40) / averageCharWidth));
        var pages = new List<List<DeckReference>> { new() };
        var used = 0.0;
        foreach (var reference in references)
        {
            var length = reference.Citation.Length + (reference.Url?.Length ?? 0) + 1;
            var height = paragraphGap + (lineHeight * Math.Ceiling((double)length / charsPerLine));
            if (used + height > usable && pages[^1].Count > 0)
            {
                pages.Add([]);
                used = 0;
            }

            pages[^1].Add(reference);
            used += height;
        }

        return pages;
    }

    private static void Save(SlidePart slide, params DocumentFormat.OpenXml.OpenXmlElement[] shapes) =>
        slide.Slide = new P.Slide(
            new P.CommonSlideData(PptxShapes.Tree(shapes)),
            new P.ColorMapOverride(new A.MasterColorMapping())).WithNamespaces("p", PptxText.PresentationNamespace);
}

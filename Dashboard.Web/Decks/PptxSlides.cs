using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using A = DocumentFormat.OpenXml.Drawing;
using P = DocumentFormat.OpenXml.Presentation;

namespace Dashboard.Web.Decks;

/// <summary>The title slide and the closing "Sources" slides; chart slides are <see cref="PptxChartSlides"/>'.</summary>
internal static class PptxSlides
{
    public static SlidePart Cover(PptxDeckParts deck)
    {
        var doc = deck.Doc;
        var slide = deck.Presentation.AddNewPart<SlidePart>();
        slide.AddPart(deck.Layouts.Cover);
        var lines = new List<string>();
        if (PptxText.Clean(doc.Subtitle).Length > 0)
        {
            lines.Add(doc.Subtitle!);
        }

        if (doc.Date is { } date)
        {
            lines.Add(doc.Words.Date ?? date.ToString("d MMMM yyyy", CultureInfo.InvariantCulture));
        }

        if (PptxText.Clean(doc.DataVersion).Length > 0)
        {
            lines.Add(string.Format(CultureInfo.InvariantCulture, doc.Words.DataVersion, doc.DataVersion));
        }

        var placeholders = Placeholders(deck.Layouts.Cover);
        var title = placeholders.FirstOrDefault(p => p.IsTitle) ?? deck.Layouts.Title;
        var shapes = new List<OpenXmlElement>
        {
            PptxShapes.Placeholder(2U, "Title 1", title.Shape(), [PptxText.Paragraph(doc.Title, null, doc.Look.TextHex)]),
        };
        var subtitle = placeholders.FirstOrDefault(p => p.Type == P.PlaceholderValues.SubTitle)
            ?? (deck.Layouts.Cover == deck.Layouts.Content ? deck.Layouts.Body : null);
        if (subtitle is not null)
        {
            shapes.Add(PptxShapes.Placeholder(3U, "Subtitle 2", subtitle.Shape(), lines.Select(l => PptxText.Paragraph(l, null, doc.Look.MutedHex))));
        }

        PptxDecor.Save(slide, doc.Look, shapes);
        return slide;
    }

    /// <summary>
    /// The closing "Sources" slide(s): every reference once, in the order given; long lists continue on further slides
    /// rather than overflow. <paramref name="number"/> is the first one's slide number.
    /// </summary>
    public static IReadOnlyList<SlidePart> Sources(PptxDeckParts deck, int number)
    {
        var unique = deck.Doc.References
            .Select(r => r with { Citation = PptxText.Clean(r.Citation), Url = PptxText.Clean(r.Url) is { Length: > 0 } u ? u : null })
            .Where(r => r.Citation.Length > 0 || r.Url is not null)
            .Distinct()
            .ToList();
        var body = deck.Layouts.Area.Content;
        var pages = Paginate(unique, body);
        var slides = new List<SlidePart>();
        var look = deck.Doc.Look;
        for (var i = 0; i < pages.Count; i++)
        {
            var slide = deck.Presentation.AddNewPart<SlidePart>();
            slide.AddPart(deck.Layouts.Content);
            var paragraphs = pages[i].Count == 0
                ? [PptxText.Paragraph(deck.Doc.Words.NoSources, look.Size(1400), look.TextHex)]
                : pages[i].Select(r => Reference(slide, r, look)).ToList();
            PptxDecor.Save(slide, look, [
                PptxShapes.Placeholder(2U, "Title 1", deck.Layouts.Title.Shape(), [PptxText.Paragraph(i == 0 ? deck.Doc.Words.Sources : deck.Doc.Words.SourcesContinued, null, look.TextHex)]),
                PptxShapes.Placeholder(3U, "Content Placeholder 2", deck.Layouts.Body.Shape(), paragraphs, body),
                .. PptxDecor.Footers(deck, number + i, 4U)]);
            slides.Add(slide);
        }

        return slides;
    }

    private static List<PptxPlaceholder> Placeholders(SlideLayoutPart layout) =>
        layout.SlideLayout?.CommonSlideData?.ShapeTree?.Elements<P.Shape>()
            .Select(s => s.NonVisualShapeProperties?.ApplicationNonVisualDrawingProperties?.PlaceholderShape)
            .OfType<P.PlaceholderShape>()
            .Select(ph => new PptxPlaceholder(ph.Type?.Value, ph.Index?.Value, ph.Size?.Value, default, OnLayout: true))
            .ToList() ?? [];

    private static A.Paragraph Reference(SlidePart slide, PptxReference reference, PptxLook look)
    {
        var paragraph = new A.Paragraph();
        var size = look.Size(1400);
        if (reference.Citation.Length > 0)
        {
            paragraph.Append(PptxText.Run(reference.Url is null ? reference.Citation : reference.Citation + " ", size, look.TextHex));
        }

        if (reference.Url is { } url)
        {
            var run = PptxText.Run(url, size, look.TextHex);
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
    /// Splits references into pages that fit the content area at 14 pt, estimating wrapped lines from an average
    /// character width (half an em); always at least one page.
    /// </summary>
    private static List<List<PptxReference>> Paginate(List<PptxReference> references, PptxBox body)
    {
        const double pointsPerEmu = 72.0 / 914400, lineHeight = 15.2, paragraphGap = 10, averageCharWidth = 7;
        var usable = (body.Height * pointsPerEmu) - 20;
        var charsPerLine = Math.Max(20, (int)(((body.Width * pointsPerEmu) - 40) / averageCharWidth));
        var pages = new List<List<PptxReference>> { new() };
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
}

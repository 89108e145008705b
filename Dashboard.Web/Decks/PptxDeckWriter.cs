using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using A = DocumentFormat.OpenXml.Drawing;
using P = DocumentFormat.OpenXml.Presentation;

namespace Dashboard.Web.Decks;

/// <summary>
/// Writes a <see cref="DeckDocument"/> as a PowerPoint file (.pptx): a title slide, one slide per chart (title in the
/// title placeholder, picture or native chart with alt text, source line, speaker notes) and a closing "Sources"
/// slide. Master, layouts, theme and notes master are written once per deck and shared by every slide.
/// Pure: no database, no clock; throws <see cref="ArgumentException"/> (naming slide and field) before writing
/// anything when the document is inconsistent.
/// </summary>
public static class PptxDeckWriter
{
    /// <summary>Content type of a .pptx file, for HTTP responses.</summary>
    public const string ContentType = "application/vnd.openxmlformats-officedocument.presentationml.presentation";

    public const string FileExtension = ".pptx";

    private const uint FirstSlideId = 256U;
    private const uint MasterId = 2147483648U;

    /// <summary>Writes the deck to <paramref name="output"/> (any writable stream; it is left open).</summary>
    public static void Write(DeckDocument doc, Stream output)
    {
        ArgumentNullException.ThrowIfNull(output);
        DeckValidation.Check(doc);
        if (output is { CanSeek: true, CanRead: true } && output.Length == 0)
        {
            WritePackage(doc, output);
            return;
        }

        // The package writer needs a readable, seekable stream: buffer, then copy (e.g. to an HTTP response).
        using var buffer = new MemoryStream();
        WritePackage(doc, buffer);
        buffer.Position = 0;
        buffer.CopyTo(output);
    }

    /// <summary>
    /// Builds the deck in memory, then copies it asynchronously (ASP.NET Core response bodies refuse synchronous writes).
    /// </summary>
    public static async Task WriteAsync(DeckDocument doc, Stream output, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(output);
        DeckValidation.Check(doc);
        using var buffer = new MemoryStream();
        WritePackage(doc, buffer);
        buffer.Position = 0;
        await buffer.CopyToAsync(output, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// The 1× pixel size a chart picture should be rendered at to fill a chart slide's chart area (between title and
    /// source line) exactly, for a slide <paramref name="slideWidthPixels"/> wide (e.g. 1920 for a 16:9 preset); render
    /// it at scale 2 for projectors. Pictures of another shape are fitted inside the area, keeping their aspect ratio.
    /// </summary>
    public static (int Width, int Height) PictureSize(DeckSlideSize size, int slideWidthPixels)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(slideWidthPixels);
        var geometry = DeckGeometry.For(size);
        var width = (int)Math.Round((double)slideWidthPixels * geometry.InnerWidth / geometry.Width);
        var height = (int)Math.Round((double)slideWidthPixels * geometry.ContentHeight / geometry.Width);
        return (width, height);
    }

    /// <summary>The deck as bytes.</summary>
    public static byte[] ToBytes(DeckDocument doc)
    {
        DeckValidation.Check(doc);
        using var buffer = new MemoryStream();
        WritePackage(doc, buffer);
        return buffer.ToArray();
    }

    private static void WritePackage(DeckDocument doc, Stream stream)
    {
        var geometry = DeckGeometry.For(doc.SlideSize);
        using var document = PresentationDocument.Create(stream, PresentationDocumentType.Presentation);
        var presentation = document.AddPresentationPart();
        var template = PptxTemplate.AddTo(presentation, doc.SlideSize, out var masterRelationship, out var notesMasterRelationship);
        presentation.AddNewPart<PresentationPropertiesPart>().PresentationProperties = new P.PresentationProperties();
        presentation.AddNewPart<TableStylesPart>().TableStyleList =
            new A.TableStyleList { Default = "{5C22544A-7EE6-4342-B048-85BDC9FD1C3A}" };

        var slides = new List<SlidePart> { PptxSlides.Cover(presentation, doc, template) };
        slides.AddRange(doc.Slides.Select(s => PptxSlides.Chart(presentation, s, geometry, template)));
        slides.AddRange(PptxSlides.Sources(presentation, doc.References, geometry, template));

        var slideIds = new P.SlideIdList();
        slideIds.Append(slides.Select((s, i) => new P.SlideId { Id = FirstSlideId + (uint)i, RelationshipId = presentation.GetIdOfPart(s) }));
        var size = new P.SlideSize { Cx = (int)geometry.Width, Cy = (int)geometry.Height };
        if (doc.SlideSize == DeckSlideSize.Standard4x3)
        {
            size.Type = P.SlideSizeValues.Screen4x3;
        }

        presentation.Presentation = new P.Presentation(
            new P.SlideMasterIdList(new P.SlideMasterId { Id = MasterId, RelationshipId = masterRelationship }),
            new P.NotesMasterIdList(new P.NotesMasterId { Id = notesMasterRelationship }),
            slideIds,
            size,
            new P.NotesSize { Cx = DeckGeometry.NotesWidth, Cy = DeckGeometry.NotesHeight })
        {
            SaveSubsetFonts = true,
        };

        PptxCoreProperties.AddTo(document, doc);
    }
}

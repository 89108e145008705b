using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using A = DocumentFormat.OpenXml.Drawing;
using P = DocumentFormat.OpenXml.Presentation;

namespace Dashboard.Web.Decks;

/// <summary>
/// Writes a <see cref="PptxDocument"/> as a PowerPoint file (.pptx): a title slide, one slide per chart (title, and in
/// the content placeholder the picture, native chart or table, with subtitle, caveats and source line; date, footer
/// and slide number; speaker notes) and closing "Sources" slides. Without a template the built-in masters are written
/// once per deck; with one (<see cref="PptxDocument.Template"/>) the package starts as a copy of the template, its
/// slides dropped, and every slide uses its layouts. Pure: no database, no clock; throws
/// <see cref="ArgumentException"/> (naming slide and field) before writing anything when the document is inconsistent.
/// </summary>
public static class PptxWriter
{
    /// <summary>Content type of a .pptx file, for HTTP responses.</summary>
    public const string ContentType = "application/vnd.openxmlformats-officedocument.presentationml.presentation";

    public const string FileExtension = ".pptx";

    private const uint FirstSlideId = 256U;
    private const uint MasterId = 2147483648U;

    /// <summary>The deck as bytes.</summary>
    public static byte[] ToBytes(PptxDocument doc)
    {
        PptxValidation.Check(doc);
        using var buffer = new MemoryStream();
        WritePackage(doc, buffer);
        return buffer.ToArray();
    }

    /// <summary>Writes the deck to <paramref name="output"/> (any writable stream; it is left open). Nothing is written when the document is inconsistent.</summary>
    public static void Write(PptxDocument doc, Stream output)
    {
        ArgumentNullException.ThrowIfNull(output);
        output.Write(ToBytes(doc));
    }

    /// <summary>
    /// Builds the deck in memory, then copies it to <paramref name="output"/> (ASP.NET Core response bodies refuse
    /// synchronous writes; the package writer needs a seekable stream).
    /// </summary>
    public static async Task WriteAsync(PptxDocument doc, Stream output, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(output);
        var bytes = ToBytes(doc);
        await output.WriteAsync(bytes, cancellationToken).ConfigureAwait(false);
    }

    private static void WritePackage(PptxDocument doc, MemoryStream stream)
    {
        using var document = doc.Template is { } template ? FromTemplate(template, stream) : New(doc.SlideSize, stream);
        var presentation = document.PresentationPart!;
        var layouts = PptxLayouts.Choose(presentation, out var problem)
            ?? throw new ArgumentException($"The deck's template cannot be used: {problem}.", nameof(doc));
        var notesMaster = presentation.NotesMasterPart ?? AddNotesMaster(presentation, layouts.Area);
        var deck = new PptxDeckParts(doc, presentation, layouts, notesMaster);

        var slides = new List<SlidePart> { PptxSlides.Cover(deck) };
        foreach (var slide in doc.Slides)
        {
            slides.AddRange(PptxChartSlides.Add(deck, slide, slides.Count + 1));
        }

        slides.AddRange(PptxSlides.Sources(deck, slides.Count + 1));
        var slideIds = new P.SlideIdList();
        slideIds.Append(slides.Select((s, i) => new P.SlideId { Id = FirstSlideId + (uint)i, RelationshipId = presentation.GetIdOfPart(s) }));
        var root = presentation.Presentation;
        root.SlideIdList?.Remove();
        var before = (OpenXmlElement?)root.SlideSize ?? root.NotesSize;
        root.InsertBefore(slideIds, before);
        PptxCoreProperties.AddTo(document, doc);
    }

    private static PresentationDocument New(PptxSlideSize size, MemoryStream stream)
    {
        var document = PresentationDocument.Create(stream, PresentationDocumentType.Presentation);
        var presentation = document.AddPresentationPart();
        var master = PptxMasters.AddMaster(presentation, size);
        var notesMaster = PptxMasters.AddNotesMaster(presentation, size);
        presentation.AddNewPart<PresentationPropertiesPart>().PresentationProperties = new P.PresentationProperties();
        presentation.AddNewPart<TableStylesPart>().TableStyleList =
            new A.TableStyleList { Default = "{5C22544A-7EE6-4342-B048-85BDC9FD1C3A}" };
        var geometry = PptxGeometry.For(size);
        var slideSize = new P.SlideSize { Cx = (int)geometry.Width, Cy = (int)geometry.Height };
        if (size == PptxSlideSize.Standard4x3)
        {
            slideSize.Type = P.SlideSizeValues.Screen4x3;
        }

        presentation.Presentation = new P.Presentation(
            new P.SlideMasterIdList(new P.SlideMasterId { Id = MasterId, RelationshipId = master }),
            new P.NotesMasterIdList(new P.NotesMasterId { Id = presentation.GetIdOfPart(notesMaster) }),
            slideSize,
            new P.NotesSize { Cx = PptxGeometry.NotesWidth, Cy = PptxGeometry.NotesHeight })
        {
            SaveSubsetFonts = true,
        };
        return document;
    }

    /// <summary>
    /// A copy of the template as a presentation: its slides (and what only they used), sections, custom shows, document
    /// properties and thumbnail dropped; masters, layouts, themes and the notes master kept.
    /// </summary>
    private static PresentationDocument FromTemplate(PptxTemplate template, MemoryStream stream)
    {
        stream.Write(template.Bytes);
        stream.Position = 0;
        var document = PresentationDocument.Open(stream, true);
        if (document.DocumentType != PresentationDocumentType.Presentation)
        {
            document.ChangeDocumentType(PresentationDocumentType.Presentation);
        }

        var presentation = document.PresentationPart!;
        foreach (var slide in presentation.SlideParts.ToList())
        {
            presentation.DeletePart(slide);
        }

        var root = presentation.Presentation;
        root.SlideIdList?.Remove();
        root.CustomShowList?.Remove();
        foreach (var extension in root.PresentationExtensionList?.Elements<P.PresentationExtension>().ToList() ?? [])
        {
            // Sections list slide ids that are gone now.
            if (extension.Descendants().Any(e => e.LocalName == "sectionLst"))
            {
                extension.Remove();
            }
        }

        foreach (var stale in new OpenXmlPart?[] { document.CoreFilePropertiesPart, document.ExtendedFilePropertiesPart, document.ThumbnailPart })
        {
            if (stale is not null)
            {
                document.DeletePart(stale);
            }
        }

        return document;
    }

    private static NotesMasterPart AddNotesMaster(PresentationPart presentation, PptxSlideArea area)
    {
        var notesMaster = PptxMasters.AddNotesMaster(presentation, area.SlideWidth * 3 < area.SlideHeight * 4 + 1 ? PptxSlideSize.Standard4x3 : PptxSlideSize.Widescreen16x9);
        var root = presentation.Presentation;
        root.NotesMasterIdList?.Remove();
        root.InsertAfter(new P.NotesMasterIdList(new P.NotesMasterId { Id = presentation.GetIdOfPart(notesMaster) }), root.SlideMasterIdList);
        return notesMaster;
    }
}

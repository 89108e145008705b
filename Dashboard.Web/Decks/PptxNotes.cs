using DocumentFormat.OpenXml.Packaging;
using A = DocumentFormat.OpenXml.Drawing;
using P = DocumentFormat.OpenXml.Presentation;

namespace Dashboard.Web.Decks;

/// <summary>Speaker notes: a notes page (slide image + notes body placeholders) linked to its slide and the notes master.</summary>
internal static class PptxNotes
{
    public static void Add(SlidePart slide, NotesMasterPart notesMaster, IEnumerable<string> paragraphs)
    {
        var notes = slide.AddNewPart<NotesSlidePart>();
        notes.AddPart(notesMaster);
        notes.AddPart(slide);

        var image = new P.Shape(
            new P.NonVisualShapeProperties(
                new P.NonVisualDrawingProperties { Id = 2U, Name = "Slide Image Placeholder 1" },
                new P.NonVisualShapeDrawingProperties(new A.ShapeLocks { NoGrouping = true, NoRotation = true, NoChangeAspect = true }),
                new P.ApplicationNonVisualDrawingProperties(new P.PlaceholderShape { Type = P.PlaceholderValues.SlideImage })),
            new P.ShapeProperties());
        var body = PptxShapes.Placeholder(3U, "Notes Placeholder 2", new P.PlaceholderShape { Type = P.PlaceholderValues.Body, Index = 1U }, paragraphs.Select(p => PptxText.Paragraph(p)));

        notes.NotesSlide = new P.NotesSlide(
            new P.CommonSlideData(PptxShapes.Tree(image, body)),
            new P.ColorMapOverride(new A.MasterColorMapping())).WithNamespaces("p", PptxText.PresentationNamespace);
    }
}

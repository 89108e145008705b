using DocumentFormat.OpenXml.Packaging;

namespace Dashboard.Web.Decks;

/// <summary>What every slide of one deck is written with: the document, its package's presentation, the chosen layouts and the notes master.</summary>
internal sealed record PptxDeckParts(PptxDocument Doc, PresentationPart Presentation, PptxLayouts Layouts, NotesMasterPart NotesMaster);

using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;
using C = DocumentFormat.OpenXml.Drawing.Charts;
using P = DocumentFormat.OpenXml.Presentation;
using S = DocumentFormat.OpenXml.Spreadsheet;

namespace Dashboard.Tests.Decks;

/// <summary>Reads a written deck back with the Open XML SDK: what the tests compare with the input.</summary>
public static class DeckReader
{
    /// <summary>Validator errors (Office 2007 and Microsoft 365 schemas), one readable line each.</summary>
    public static List<string> Errors(OpenXmlPackage package)
    {
        var errors = new List<string>();
        foreach (var version in new[] { DocumentFormat.OpenXml.FileFormatVersions.Office2007, DocumentFormat.OpenXml.FileFormatVersions.Microsoft365 })
        {
            errors.AddRange(new OpenXmlValidator(version).Validate(package)
                .Select(e => $"[{version}] {e.Part?.Uri} {e.Path?.XPath}: {e.Description}"));
        }

        return errors;
    }

    public static List<SlidePart> Slides(PresentationDocument deck)
    {
        var presentation = deck.PresentationPart!;
        return presentation.Presentation.SlideIdList!.Elements<P.SlideId>()
            .Select(id => (SlidePart)presentation.GetPartById(id.RelationshipId!.Value!))
            .ToList();
    }

    /// <summary>The text of the slide's title placeholder (title or centred title), or null when it has none.</summary>
    public static string? Title(SlidePart slide) => slide.Slide.Descendants<P.Shape>()
        .FirstOrDefault(s => s.NonVisualShapeProperties?.ApplicationNonVisualDrawingProperties?.PlaceholderShape?.Type?.Value is { } t
            && (t == P.PlaceholderValues.Title || t == P.PlaceholderValues.CenteredTitle))
        ?.TextBody?.InnerText;

    /// <summary>The paragraphs of the notes body placeholder.</summary>
    public static List<string> Notes(SlidePart slide) => slide.NotesSlidePart is { } notes
        ? notes.NotesSlide.Descendants<P.Shape>()
            .Where(s => s.NonVisualShapeProperties?.ApplicationNonVisualDrawingProperties?.PlaceholderShape?.Type?.Value == P.PlaceholderValues.Body)
            .SelectMany(s => s.TextBody!.Elements<DocumentFormat.OpenXml.Drawing.Paragraph>())
            .Select(p => p.InnerText)
            .ToList()
        : [];

    /// <summary>Cell text by reference ("B3") from the chart's embedded workbook; empty cells are absent.</summary>
    public static Dictionary<string, string> WorkbookCells(ChartPart chart)
    {
        using var copy = new MemoryStream();
        using (var stream = chart.EmbeddedPackagePart!.GetStream())
        {
            stream.CopyTo(copy);
        }

        copy.Position = 0;
        using var workbook = SpreadsheetDocument.Open(copy, false);
        Assert.Empty(Errors(workbook));
        var sheet = workbook.WorkbookPart!.WorksheetParts.Single();
        return sheet.Worksheet.Descendants<S.Cell>().ToDictionary(
            c => c.CellReference!.Value!,
            c => c.DataType?.Value == S.CellValues.InlineString ? c.InlineString!.InnerText : c.CellValue!.Text);
    }

    /// <summary>A series' cached values by index (gaps absent) and its formula.</summary>
    public static (string Formula, Dictionary<uint, string> Points) Cache(DocumentFormat.OpenXml.OpenXmlElement series)
    {
        var reference = series.Descendants<C.Values>().Single().NumberReference!;
        return (reference.Formula!.Text, reference.NumberingCache!.Elements<C.NumericPoint>()
            .ToDictionary(p => p.Index!.Value, p => p.NumericValue!.Text));
    }
}

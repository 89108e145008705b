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

    /// <summary>
    /// Where every shape of a slide sits, in EMU, read from the XML: its own transform, else (a placeholder) its
    /// layout's placeholder of the same index or kind, else the master's of that kind — PowerPoint's inheritance.
    /// Shapes whose position cannot be found are reported with a null box.
    /// </summary>
    public static List<(string Name, (long X, long Y, long Width, long Height)? Box)> Bounds(SlidePart slide)
    {
        var layout = slide.SlideLayoutPart!;
        var master = layout.SlideMasterPart!;
        var result = new List<(string, (long, long, long, long)?)>();
        foreach (var shape in slide.Slide.CommonSlideData!.ShapeTree!.Elements().Where(e => e is P.Shape or P.Picture or P.GraphicFrame))
        {
            var name = shape.Descendants<P.NonVisualDrawingProperties>().First().Name?.Value ?? "";
            var box = Own(shape);
            if (box is null && shape.Descendants<P.PlaceholderShape>().FirstOrDefault() is { } ph)
            {
                var inLayout = Placeholders(layout.SlideLayout.CommonSlideData!.ShapeTree!)
                    .FirstOrDefault(l => ph.Index is not null && l.Ph.Index?.Value == ph.Index.Value && Kind(l.Ph.Type?.Value) == Kind(ph.Type?.Value))
                    ?? Placeholders(layout.SlideLayout.CommonSlideData!.ShapeTree!).FirstOrDefault(l => Kind(l.Ph.Type?.Value) == Kind(ph.Type?.Value) && (ph.Index is null || l.Ph.Index is null));
                box = inLayout?.Box;
                var kind = Master(inLayout?.Ph.Type?.Value ?? ph.Type?.Value);
                box ??= Placeholders(master.SlideMaster.CommonSlideData!.ShapeTree!).FirstOrDefault(m => Master(m.Ph.Type?.Value) == kind)?.Box;
            }

            result.Add((name, box));
        }

        return result;
    }

    private sealed record Placeholder(P.PlaceholderShape Ph, (long X, long Y, long Width, long Height)? Box);

    private static List<Placeholder> Placeholders(P.ShapeTree tree) => tree.Elements<P.Shape>()
        .Where(s => s.Descendants<P.PlaceholderShape>().Any())
        .Select(s => new Placeholder(s.Descendants<P.PlaceholderShape>().First(), Own(s)))
        .ToList();

    private static readonly (P.PlaceholderValues Type, string Name)[] Names =
    [
        (P.PlaceholderValues.Title, "title"), (P.PlaceholderValues.CenteredTitle, "ctrTitle"), (P.PlaceholderValues.SubTitle, "subTitle"),
        (P.PlaceholderValues.Body, "body"), (P.PlaceholderValues.DateAndTime, "dt"), (P.PlaceholderValues.Footer, "ftr"),
        (P.PlaceholderValues.SlideNumber, "sldNum"), (P.PlaceholderValues.Header, "hdr"),
    ];

    /// <summary>The kind of a placeholder as the XML writes it; no type is a content placeholder ("obj").</summary>
    private static string Kind(P.PlaceholderValues? type) =>
        type is { } t ? Names.Where(n => n.Type == t).Select(n => n.Name).FirstOrDefault("obj") : "obj";

    private static string Master(P.PlaceholderValues? type) => Kind(type) switch
    {
        "title" or "ctrTitle" => "title",
        "dt" or "ftr" or "sldNum" or "hdr" => Kind(type),
        _ => "body",
    };

    private static (long X, long Y, long Width, long Height)? Own(DocumentFormat.OpenXml.OpenXmlElement shape)
    {
        var (offset, extents) = shape switch
        {
            P.GraphicFrame frame => (frame.Transform?.Offset, frame.Transform?.Extents),
            _ => (shape.Descendants<DocumentFormat.OpenXml.Drawing.Transform2D>().FirstOrDefault()?.Offset, shape.Descendants<DocumentFormat.OpenXml.Drawing.Transform2D>().FirstOrDefault()?.Extents),
        };
        return offset?.X is null || offset.Y is null || extents?.Cx is null || extents.Cy is null
            ? null
            : (offset.X.Value, offset.Y.Value, extents.Cx.Value, extents.Cy.Value);
    }

    /// <summary>
    /// Every pair of shapes on the slide that overlap (sharing area; touching edges do not count) and every shape outside
    /// the slide or without a position, as readable lines.
    /// </summary>
    public static List<string> Overlaps(SlidePart slide, long slideWidth, long slideHeight)
    {
        var problems = new List<string>();
        var shapes = Bounds(slide);
        foreach (var (name, box) in shapes)
        {
            if (box is not { } b)
            {
                problems.Add($"'{name}' has no position in the slide, its layout or its master");
            }
            else if (b.X < 0 || b.Y < 0 || b.X + b.Width > slideWidth || b.Y + b.Height > slideHeight)
            {
                problems.Add($"'{name}' {b} is not inside the slide ({slideWidth} × {slideHeight})");
            }
        }

        var placed = shapes.Where(s => s.Box is not null).Select(s => (s.Name, Box: s.Box!.Value)).ToList();
        for (var i = 0; i < placed.Count; i++)
        {
            for (var j = i + 1; j < placed.Count; j++)
            {
                var (a, b) = (placed[i].Box, placed[j].Box);
                if (a.X < b.X + b.Width && b.X < a.X + a.Width && a.Y < b.Y + b.Height && b.Y < a.Y + a.Height)
                {
                    problems.Add($"'{placed[i].Name}' {a} overlaps '{placed[j].Name}' {b}");
                }
            }
        }

        return problems;
    }

    /// <summary>A series' cached values by index (gaps absent) and its formula.</summary>
    public static (string Formula, Dictionary<uint, string> Points) Cache(DocumentFormat.OpenXml.OpenXmlElement series)
    {
        var reference = series.Descendants<C.Values>().Single().NumberReference!;
        return (reference.Formula!.Text, reference.NumberingCache!.Elements<C.NumericPoint>()
            .ToDictionary(p => p.Index!.Value, p => p.NumericValue!.Text));
    }
}

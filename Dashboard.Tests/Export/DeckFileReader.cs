using System.Globalization;
using System.Text.RegularExpressions;
using Dashboard.Tests.Decks;
using Dashboard.Tests.Support;
using DocumentFormat.OpenXml.Packaging;
using P = DocumentFormat.OpenXml.Presentation;

namespace Dashboard.Tests.Export;

/// <summary>What the deck tests read back from a produced .pptx: slides, pictures and the native charts' workbook tables.</summary>
public static partial class DeckFileReader
{
    /// <summary>Opens a deck and asserts the Open XML validator finds nothing (Office 2007 and Microsoft 365 schemas).</summary>
    public static PresentationDocument OpenValid(byte[] bytes)
    {
        var deck = PresentationDocument.Open(new MemoryStream(bytes), false);
        Assert.Empty(DeckReader.Errors(deck));
        return deck;
    }

    /// <summary>The slide's picture: its alt text and what the PNG says about itself.</summary>
    public static (string AltText, PngInfo Png)? Picture(SlidePart slide)
    {
        if (slide.Slide.Descendants<P.Picture>().SingleOrDefault() is not { } picture)
        {
            return null;
        }

        var image = (ImagePart)slide.GetPartById(picture.BlipFill!.Blip!.Embed!.Value!);
        using var stream = image.GetStream();
        using var bytes = new MemoryStream();
        stream.CopyTo(bytes);
        return (picture.NonVisualPictureProperties!.NonVisualDrawingProperties!.Description!.Value!, PngInfo.Read(bytes.ToArray()));
    }

    /// <summary>The alt text of the slide's native chart frame.</summary>
    public static string ChartAltText(SlidePart slide) =>
        slide.Slide.Descendants<P.GraphicFrame>().Single().NonVisualGraphicFrameProperties!.NonVisualDrawingProperties!.Description!.Value!;

    /// <summary>
    /// The table of a native chart's embedded workbook: series names (row 1 from column B), categories (column A from
    /// row 2 until the first empty row) and every value cell by (series, category); the columns of the paper's marks
    /// ("China (paper)", or "paper" on a one-series chart) apart, by the series they mark.
    /// </summary>
    public static WorkbookTable Table(ChartPart chart)
    {
        var cells = DeckReader.WorkbookCells(chart);
        var columns = new List<string>();
        for (var c = 0; cells.TryGetValue(Column(c) + "1", out var name); c++)
        {
            columns.Add(name);
        }

        var suffix = $" ({Dashboard.Web.Export.PptxVisuals.MarksName})";
        var series = columns.Where(n => !n.EndsWith(suffix, StringComparison.Ordinal) && n != Dashboard.Web.Export.PptxVisuals.MarksName).ToList();

        var categories = new List<string>();
        for (var r = 2; cells.TryGetValue("A" + r.ToString(CultureInfo.InvariantCulture), out var category); r++)
        {
            categories.Add(category);
        }

        var values = new Dictionary<(string Series, string Category), double>();
        var marks = new Dictionary<(string Series, string Category), double>();
        foreach (var (reference, text) in cells)
        {
            var match = CellReference().Match(reference);
            var (column, row) = (match.Groups[1].Value, int.Parse(match.Groups[2].Value, CultureInfo.InvariantCulture));
            if (column != "A" && row >= 2 && row - 2 < categories.Count)
            {
                var name = columns[Enumerable.Range(0, columns.Count).Single(i => Column(i) == column)];
                var value = double.Parse(text, CultureInfo.InvariantCulture);
                if (series.Contains(name))
                {
                    values.Add((name, categories[row - 2]), value);
                }
                else
                {
                    marks.Add((name == Dashboard.Web.Export.PptxVisuals.MarksName ? series.Single() : name[..^suffix.Length], categories[row - 2]), value);
                }
            }
        }

        return new WorkbookTable(series, categories, values) { Marks = marks };
    }

    private static string Column(int series) => ((char)('B' + series)).ToString();

    [GeneratedRegex(@"^([A-Z]+)(\d+)$")]
    private static partial Regex CellReference();
}

/// <summary>A native chart's data as its workbook holds it.</summary>
public sealed record WorkbookTable(IReadOnlyList<string> Series, IReadOnlyList<string> Categories, IReadOnlyDictionary<(string Series, string Category), double> Values)
{
    /// <summary>The paper's figures by the series they mark and their category.</summary>
    public IReadOnlyDictionary<(string Series, string Category), double> Marks { get; init; } = new Dictionary<(string, string), double>();
}

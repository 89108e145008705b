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
    /// row 2 until the first empty row) and every value cell by (series, category).
    /// </summary>
    public static WorkbookTable Table(ChartPart chart)
    {
        var cells = DeckReader.WorkbookCells(chart);
        var series = new List<string>();
        for (var c = 0; cells.TryGetValue(Column(c) + "1", out var name); c++)
        {
            series.Add(name);
        }

        var categories = new List<string>();
        for (var r = 2; cells.TryGetValue("A" + r.ToString(CultureInfo.InvariantCulture), out var category); r++)
        {
            categories.Add(category);
        }

        var values = new Dictionary<(string Series, string Category), double>();
        foreach (var (reference, text) in cells)
        {
            var match = CellReference().Match(reference);
            var (column, row) = (match.Groups[1].Value, int.Parse(match.Groups[2].Value, CultureInfo.InvariantCulture));
            if (column != "A" && row >= 2 && row - 2 < categories.Count)
            {
                var s = series[Enumerable.Range(0, series.Count).Single(i => Column(i) == column)];
                values.Add((s, categories[row - 2]), double.Parse(text, CultureInfo.InvariantCulture));
            }
        }

        return new WorkbookTable(series, categories, values);
    }

    private static string Column(int series) => ((char)('B' + series)).ToString();

    [GeneratedRegex(@"^([A-Z]+)(\d+)$")]
    private static partial Regex CellReference();
}

/// <summary>A native chart's data as its workbook holds it.</summary>
public sealed record WorkbookTable(IReadOnlyList<string> Series, IReadOnlyList<string> Categories, IReadOnlyDictionary<(string Series, string Category), double> Values);

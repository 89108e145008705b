using DocumentFormat.OpenXml;
using A = DocumentFormat.OpenXml.Drawing;
using P = DocumentFormat.OpenXml.Presentation;

namespace Dashboard.Web.Decks;

/// <summary>
/// A <see cref="PptxTable"/> as a native table: columns as wide as their text asks (within limits), a bold header row
/// repeated on every page, numbers right-aligned, thin rules between rows; rows that do not fit one content area go
/// to the next page.
/// </summary>
internal static class PptxTables
{
    private const int TextSize = 1200;
    private const long CellInsetY = 45720;

    /// <summary>The rows of each page: as many as fit <paramref name="height"/> under the header (at least one).</summary>
    public static List<List<IReadOnlyList<string>>> Pages(PptxTable table, long width, long height, PptxLook look)
    {
        var widths = Widths(table, width);
        var size = look.Size(TextSize);
        var pages = new List<List<IReadOnlyList<string>>> { new() };
        var used = RowHeight(table.Columns, widths, size);
        foreach (var row in table.Rows)
        {
            var h = RowHeight(row, widths, size);
            if (used + h > height && pages[^1].Count > 0)
            {
                pages.Add([]);
                used = RowHeight(table.Columns, widths, size);
            }

            pages[^1].Add(row);
            used += h;
        }

        return pages;
    }

    /// <summary>The frame of one page of the table, at the top of <paramref name="box"/> and as high as its rows.</summary>
    public static P.GraphicFrame Frame(uint id, PptxTable table, IReadOnlyList<IReadOnlyList<string>> rows, string description, P.PlaceholderShape placeholder, PptxBox box, PptxLook look)
    {
        var widths = Widths(table, box.Width);
        var size = look.Size(TextSize);
        var grid = new A.TableGrid(widths.Select(w => new A.GridColumn { Width = w }));
        var tbl = new A.Table(new A.TableProperties { FirstRow = true }, grid);
        var total = 0L;
        foreach (var (cells, header) in rows.Select(r => (r, false)).Prepend((table.Columns, true)))
        {
            var h = RowHeight(cells, widths, size);
            total += h;
            var tr = new A.TableRow { Height = h };
            for (var c = 0; c < widths.Count; c++)
            {
                var right = !header && c < table.NumericColumns.Count && table.NumericColumns[c];
                tr.Append(Cell(c < cells.Count ? cells[c] : "", size, header, right, look));
            }

            tbl.Append(tr);
        }

        return PptxShapes.TableFrame(id, "Table", description, placeholder, box with { Height = Math.Min(box.Height, total) }, tbl);
    }

    private static A.TableCell Cell(string text, int size, bool header, bool right, PptxLook look)
    {
        var run = PptxText.Run(PptxText.Clean(text), size, header ? look.TextHex : look.TextHex, bold: header);
        var paragraph = new A.Paragraph(new A.ParagraphProperties { Alignment = right ? A.TextAlignmentTypeValues.Right : A.TextAlignmentTypeValues.Left }, run);
        var rule = header ? look.TextHex ?? "595959" : look.GridHex ?? "D0D4D9";
        var properties = new A.TableCellProperties(
            Line<A.LeftBorderLineProperties>(null),
            Line<A.RightBorderLineProperties>(null),
            Line<A.TopBorderLineProperties>(null),
            Line<A.BottomBorderLineProperties>(rule),
            new A.NoFill())
        {
            TopMargin = (int)CellInsetY,
            BottomMargin = (int)CellInsetY,
        };
        return new A.TableCell(new A.TextBody(new A.BodyProperties(), new A.ListStyle(), paragraph), properties);
    }

    private static T Line<T>(string? hex)
        where T : A.LinePropertiesType, new()
    {
        var line = new T { Width = hex is null ? 0 : 9525 };
        line.Append(hex is null ? new A.NoFill() : new A.SolidFill(new A.RgbColorModelHex { Val = hex }));
        return line;
    }

    /// <summary>Column widths in EMU summing to <paramref name="width"/>: by the longest text of each column, between 6 and 40 characters.</summary>
    private static List<long> Widths(PptxTable table, long width)
    {
        var weights = table.Columns.Select((name, c) => (double)Math.Clamp(
            table.Rows.Select(r => c < r.Count ? PptxText.Clean(r[c]).Length : 0).Append(PptxText.Clean(name).Length).Max(), 6, 40)).ToList();
        var sum = weights.Sum();
        var widths = weights.Select(w => (long)(width * w / sum)).ToList();
        widths[^1] += width - widths.Sum();
        return widths;
    }

    /// <summary>Estimated row height: the most wrapped cell's lines at 1.2 line spacing, plus the cell's insets.</summary>
    private static long RowHeight(IReadOnlyList<string> cells, List<long> widths, int size)
    {
        var lines = 1;
        for (var c = 0; c < widths.Count && c < cells.Count; c++)
        {
            var perLine = Math.Max(3, (int)(((widths[c] / 12700.0) - 14.4) / (size / 100.0 * 0.56)));
            lines = Math.Max(lines, (int)Math.Ceiling(PptxText.Clean(cells[c]).Length / (double)perLine));
        }

        return (long)(lines * size / 100.0 * 1.2 * 12700) + (2 * CellInsetY) + 12700;
    }
}

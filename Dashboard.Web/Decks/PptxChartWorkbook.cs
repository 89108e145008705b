using System.Globalization;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace Dashboard.Web.Decks;

/// <summary>
/// The workbook embedded in a native chart (what PowerPoint's "Edit Data" opens): categories in column A from row 2,
/// series names in row 1 from column B, one series per column, a gap as an empty cell; the source line two rows under
/// the table. The chart's formulas (<see cref="CategoryRange"/>, <see cref="NameCell"/>, <see cref="ValueRange"/>)
/// point at these cells.
/// </summary>
internal static class PptxChartWorkbook
{
    public const string SheetName = "Sheet1";

    public static string CategoryRange(int categories) => $"{SheetName}!$A$2:$A${categories + 1}";

    public static string NameCell(int series) => $"{SheetName}!${Column(series)}$1";

    public static string ValueRange(int series, int categories) => $"{SheetName}!${Column(series)}$2:${Column(series)}${categories + 1}";

    /// <summary>How a value is written in cells and in the chart's cache (shortest round-trip form).</summary>
    public static string Format(double value) => value.ToString("R", CultureInfo.InvariantCulture);

    /// <summary>Column letters of series <paramref name="series"/> (0 → B, 24 → Z, 25 → AA).</summary>
    public static string Column(int series)
    {
        var n = series + 2; // 1-based column number; A holds the categories
        var letters = "";
        while (n > 0)
        {
            var r = (n - 1) % 26;
            letters = (char)('A' + r) + letters;
            n = (n - 1) / 26;
        }

        return letters;
    }

    /// <summary>Writes the workbook into an embedded package part of <paramref name="chart"/> and returns its relationship id.</summary>
    public static string AddTo(ChartPart chart, PptxChart data, IReadOnlyList<PptxMarkSeries> marks, string sourceLine)
    {
        var part = chart.AddEmbeddedPackagePart(EmbeddedPackagePartType.Xlsx);
        using var buffer = new MemoryStream();
        Write(buffer, data, marks, sourceLine);
        buffer.Position = 0;
        part.FeedData(buffer);
        return chart.GetIdOfPart(part);
    }

    private static void Write(Stream stream, PptxChart data, IReadOnlyList<PptxMarkSeries> marks, string sourceLine)
    {
        // The marks' columns follow the data series', as their series follow in the chart.
        var columns = data.Series.Select(s => (s.Name, s.Values)).Concat(marks.Select(m => (m.Name, m.Values))).ToList();
        using var document = SpreadsheetDocument.Create(stream, DocumentFormat.OpenXml.SpreadsheetDocumentType.Workbook);
        var workbook = document.AddWorkbookPart();
        var sheet = workbook.AddNewPart<WorksheetPart>();

        var rows = new SheetData();
        var header = new Row { RowIndex = 1U };
        for (var s = 0; s < columns.Count; s++)
        {
            header.Append(TextCell($"{Column(s)}1", columns[s].Name));
        }

        rows.Append(header);
        for (var c = 0; c < data.Categories.Count; c++)
        {
            var index = (uint)(c + 2);
            var row = new Row { RowIndex = index };
            row.Append(TextCell($"A{index}", data.Categories[c]));
            for (var s = 0; s < columns.Count; s++)
            {
                if (columns[s].Values[c] is { } value)
                {
                    row.Append(new Cell { CellReference = $"{Column(s)}{index}", CellValue = new CellValue(Format(value)) });
                }
            }

            rows.Append(row);
        }

        if (PptxText.Clean(sourceLine).Length > 0)
        {
            var index = (uint)(data.Categories.Count + 3);
            rows.Append(new Row(TextCell($"A{index}", sourceLine)) { RowIndex = index });
        }

        sheet.Worksheet = new Worksheet(
            new Columns(
                new Column { Min = 1U, Max = 1U, Width = 18D, CustomWidth = true },
                new Column { Min = 2U, Max = (uint)(columns.Count + 1), Width = 14D, CustomWidth = true }),
            rows);
        workbook.Workbook = new Workbook(new Sheets(new Sheet { Name = SheetName, SheetId = 1U, Id = workbook.GetIdOfPart(sheet) }));
    }

    private static Cell TextCell(string reference, string text) => new()
    {
        CellReference = reference,
        DataType = CellValues.InlineString,
        InlineString = new InlineString(new DocumentFormat.OpenXml.Spreadsheet.Text(PptxText.Clean(text))),
    };
}

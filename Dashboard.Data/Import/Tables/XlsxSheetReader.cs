using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace Dashboard.Data.Import.Tables;

/// <summary>Reads the cells of one sheet with the workbook's shared strings and date styles.</summary>
internal sealed class XlsxSheetReader(WorkbookPart workbook, string displayName, string sheet, long maxCharacters)
{
    private readonly List<string> _strings = SharedStrings(workbook, maxCharacters);
    private readonly XlsxNumberFormats.DateKind[] _dates = DateStyles(workbook);
    private readonly bool _date1904 = workbook.Workbook.WorkbookProperties?.Date1904?.Value == true;

    public string Sheet { get; } = sheet;

    public SortedDictionary<int, SortedDictionary<int, string>>? ReadRows(WorksheetPart part, out List<ImportError> problems)
    {
        problems = [];
        var rows = new SortedDictionary<int, SortedDictionary<int, string>>();
        using var reader = new OpenXmlPartReader(part, new OpenXmlPartReaderOptions { MaxCharactersInPart = maxCharacters });
        int rowNumber = 0, column = -1;
        SortedDictionary<int, string>? current = null;
        while (reader.Read())
        {
            if (reader.ElementType == typeof(Row) && reader.IsStartElement)
            {
                var r = reader.Attributes.FirstOrDefault(a => a.LocalName == "r").Value;
                rowNumber = int.TryParse(r, NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n > 0 ? n : rowNumber + 1;
                if (rowNumber > XlsxTableSource.MaxRows)
                {
                    return null;
                }

                current = rows.TryGetValue(rowNumber, out var existing) ? existing : rows[rowNumber] = [];
                column = -1;
            }
            else if (reader.ElementType == typeof(Cell) && reader.IsStartElement)
            {
                var cell = (Cell)reader.LoadCurrentElement()!;
                var (refRow, refColumn) = Position(cell.CellReference?.Value);
                column = refColumn ?? column + 1;
                var row = refRow ?? rowNumber;
                if (row != rowNumber || current is null)
                {
                    // A cell whose reference names another row than its <row> (or no <row> at all): place it by its reference.
                    current = rows.TryGetValue(row, out var other) ? other : rows[row] = [];
                    rowNumber = row;
                }

                if (Text(cell, row, column, problems) is { Length: > 0 } text)
                {
                    current[column] = text;
                }
            }
        }

        return rows;
    }

    private string? Text(Cell cell, int row, int column, List<ImportError> problems)
    {
        var value = cell.CellValue?.Text;
        var type = cell.DataType?.Value;
        if (string.IsNullOrEmpty(value) && cell.CellFormula is not null && type != CellValues.InlineString)
        {
            problems.Add(new ImportError(displayName, row, null, null,
                "is a formula without a stored result (open the file in Excel or LibreOffice and save it, so the results are stored)")
            {
                Cell = string.Create(CultureInfo.InvariantCulture, $"{XlsxTableSource.SheetRef(Sheet)}!{XlsxTableSource.ColumnName(column)}{row}"),
            });
            return null;
        }

        if (type == CellValues.InlineString)
        {
            return cell.InlineString is { } inline ? Join(inline) : value;
        }

        if (type == CellValues.SharedString)
        {
            return int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var index) && index < _strings.Count ? _strings[index] : null;
        }

        if (type == CellValues.Boolean)
        {
            return value == "1" ? "TRUE" : "FALSE";
        }

        if (type == CellValues.Date)
        {
            return value?.EndsWith("T00:00:00", StringComparison.Ordinal) == true ? value[..^9] : value;
        }

        if (type == CellValues.String || type == CellValues.Error || value is null)
        {
            return value;
        }

        // A number, as stored (invariant); a date when the cell's style shows one.
        var style = cell.StyleIndex?.Value ?? 0;
        if (style < _dates.Length && _dates[style] != XlsxNumberFormats.DateKind.None
            && double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var serial))
        {
            return XlsxNumberFormats.Format(serial, _dates[style], _date1904) ?? value;
        }

        return value;
    }

    private static (int? Row, int? Column) Position(string? reference)
    {
        if (string.IsNullOrEmpty(reference))
        {
            return (null, null);
        }

        var letters = 0;
        var column = 0;
        while (letters < reference.Length && char.IsAsciiLetter(reference[letters]))
        {
            column = column * 26 + (char.ToUpperInvariant(reference[letters]) - 'A' + 1);
            letters++;
        }

        int? row = int.TryParse(reference.AsSpan(letters), NumberStyles.None, CultureInfo.InvariantCulture, out var r) && r > 0 ? r : null;
        return (row, letters == 0 ? null : column - 1);
    }

    private static string Join(OpenXmlElement item)
    {
        // Plain text is one <t>; rich text is runs <r><t>…</t></r>; phonetic runs (<rPh>) are not part of the value.
        var text = item.GetFirstChild<Text>()?.Text;
        return text ?? string.Concat(item.Elements<Run>().Select(r => r.Text?.Text));
    }

    private static List<string> SharedStrings(WorkbookPart workbook, long maxCharacters)
    {
        var strings = new List<string>();
        if (workbook.SharedStringTablePart is not { } part)
        {
            return strings;
        }

        using var reader = new OpenXmlPartReader(part, new OpenXmlPartReaderOptions { MaxCharactersInPart = maxCharacters });
        while (reader.Read())
        {
            if (reader.ElementType == typeof(SharedStringItem) && reader.IsStartElement)
            {
                strings.Add(Join(reader.LoadCurrentElement()!));
            }
        }

        return strings;
    }

    private static XlsxNumberFormats.DateKind[] DateStyles(WorkbookPart workbook)
    {
        var stylesheet = workbook.WorkbookStylesPart?.Stylesheet;
        if (stylesheet?.CellFormats is not { } formats)
        {
            return [];
        }

        var custom = stylesheet.NumberingFormats?.Elements<NumberingFormat>()
            .Where(f => f.NumberFormatId?.Value is not null)
            .GroupBy(f => f.NumberFormatId!.Value)
            .ToDictionary(g => g.Key, g => g.First().FormatCode?.Value) ?? [];
        return formats.Elements<CellFormat>()
            .Select(f => f.NumberFormatId?.Value ?? 0)
            .Select(id => XlsxNumberFormats.KindOf(id, custom.GetValueOrDefault(id)))
            .ToArray();
    }
}

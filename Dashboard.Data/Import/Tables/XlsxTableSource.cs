using System.Globalization;
using System.IO.Packaging;
using System.Xml;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace Dashboard.Data.Import.Tables;

/// <summary>
/// One sheet of an Excel workbook (.xlsx) as a table: the first visible worksheet unless a sheet is named. Cells are
/// placed by their references (rows and cells may come in any order, or without references), omitted cells are empty,
/// shared and inline strings (rich text runs joined) are text, numbers are taken as stored — no locale round-trip —,
/// cells with a date format become ISO dates of that format's precision (2019, 2019-11, 2019-11-01), and formulas give
/// their cached result. Every part is read with a bound on its uncompressed size, so a zip bomb stops early.
/// </summary>
public sealed class XlsxTableSource : TableSource
{
    /// <summary>Most characters read from one part of the workbook (the sheet, the shared strings, the styles).</summary>
    public const long MaxCharactersPerPart = 256L * 1024 * 1024;

    /// <summary>Most rows read from a sheet (Excel's own limit is 1,048,576).</summary>
    public const int MaxRows = 1_048_576;

    private readonly SortedDictionary<int, SortedDictionary<int, string>> _rows;
    private readonly List<ImportError> _problems;
    private readonly string _sheetRef;

    private XlsxTableSource(string displayName, TableDialect dialect, SortedDictionary<int, SortedDictionary<int, string>> rows, List<ImportError> problems)
        : base(displayName, dialect)
    {
        _rows = rows;
        _problems = problems;
        _sheetRef = SheetRef(dialect.Sheet!);
    }

    /// <summary>Reads the chosen sheet, or adds why it cannot (not a workbook, no such sheet, too large) and returns null.</summary>
    /// <param name="stream">The workbook's bytes (seekable).</param>
    /// <param name="displayName">The file's name, for errors.</param>
    /// <param name="options">The sheet to read, if not the first.</param>
    /// <param name="errors">Where a problem goes.</param>
    /// <param name="maxCharactersPerPart">The bound on any part's unpacked size (tests lower it).</param>
    public static XlsxTableSource? Open(Stream stream, string displayName, DialectOptions options, ErrorList errors, long maxCharactersPerPart = MaxCharactersPerPart)
    {
        stream.Position = 0;
        try
        {
            using var document = SpreadsheetDocument.Open(stream, false, new OpenSettings { MaxCharactersInPart = maxCharactersPerPart });
            if (document.WorkbookPart is not { Workbook: { } workbook } workbookPart)
            {
                errors.Add(ImportError.At(displayName, 0, null, null, "is a ZIP file but not an Excel workbook (no workbook part): upload the .xlsx or a CSV"));
                return null;
            }

            var sheets = workbook.Sheets?.Elements<Sheet>().ToList() ?? [];
            var worksheets = sheets.Where(s => s.Id?.Value is { } id && workbookPart.TryGetPartById(id, out var p) && p is WorksheetPart).ToList();
            if (Choose(worksheets, options.Sheet, displayName, errors) is not { } chosen)
            {
                return null;
            }

            var (sheet, reason) = chosen;
            var part = (WorksheetPart)workbookPart.GetPartById(sheet.Id!.Value!);
            var cells = new XlsxSheetReader(workbookPart, displayName, sheet.Name?.Value ?? "Sheet1", maxCharactersPerPart);
            var rows = cells.ReadRows(part, out var problems);
            if (rows is null)
            {
                errors.Add(ImportError.At(displayName, 0, null, null, string.Create(CultureInfo.InvariantCulture, $"has more than {MaxRows:N0} rows in sheet '{cells.Sheet}'")));
                return null;
            }

            var dialect = new TableDialect { Sheet = cells.Sheet, SheetReason = reason };
            return new XlsxTableSource(displayName, dialect, rows, problems);
        }
        catch (Exception ex) when (ex is OpenXmlPackageException or InvalidDataException or XmlException or FileFormatException or IOException or InvalidOperationException)
        {
            var why = ex.Message.Contains("MaxCharactersInDocument", StringComparison.Ordinal) || ex.InnerException?.Message.Contains("MaxCharactersInDocument", StringComparison.Ordinal) == true
                ? string.Create(CultureInfo.InvariantCulture, $"a part of it unpacks to more than {maxCharactersPerPart:N0} characters")
                : ex.Message;
            errors.Add(ImportError.At(displayName, 0, null, null, $"is not a readable Excel workbook (.xlsx): {why}"));
            return null;
        }
    }

    public override string? CellName(int line, int index) =>
        index >= 0
            ? string.Create(CultureInfo.InvariantCulture, $"{_sheetRef}!{ColumnName(index)}{line}")
            : string.Create(CultureInfo.InvariantCulture, $"{_sheetRef}!{line}:{line}");

    /// <summary>A sheet's name as a cell reference writes it: quoted when it has more than letters, digits and '_'.</summary>
    public static string SheetRef(string sheet) =>
        sheet.All(c => char.IsLetterOrDigit(c) || c == '_') ? sheet : "'" + sheet.Replace("'", "''", StringComparison.Ordinal) + "'";

    /// <summary>A, B, …, Z, AA, … for a 0-based column index.</summary>
    public static string ColumnName(int index)
    {
        var name = string.Empty;
        for (var n = index + 1; n > 0; n = (n - 1) / 26)
        {
            name = (char)('A' + (n - 1) % 26) + name;
        }

        return name;
    }

    protected override IEnumerable<RawRecord> Read(ErrorList errors)
    {
        var problems = 0;
        foreach (var (row, cells) in _rows)
        {
            var broken = false;
            for (; problems < _problems.Count && _problems[problems].Line <= row; problems++)
            {
                errors.Add(_problems[problems]);
                broken |= _problems[problems].Line == row;
            }

            var fields = new string[cells.Count == 0 ? 0 : cells.Keys.Max() + 1];
            Array.Fill(fields, string.Empty);
            foreach (var (column, text) in cells)
            {
                fields[column] = text;
            }

            yield return new RawRecord(fields, row, broken);
        }

        for (; problems < _problems.Count; problems++)
        {
            errors.Add(_problems[problems]);
        }
    }

    private static (Sheet Sheet, string Reason)? Choose(List<Sheet> worksheets, string? wanted, string displayName, ErrorList errors)
    {
        var names = string.Join(", ", worksheets.Select(s => s.Name?.Value));
        if (worksheets.Count == 0)
        {
            errors.Add(ImportError.At(displayName, 0, null, null, "is a workbook without worksheets"));
            return null;
        }

        if (wanted is not null)
        {
            var byName = worksheets.FirstOrDefault(s => string.Equals(s.Name?.Value, wanted.Trim(), StringComparison.OrdinalIgnoreCase));
            if (byName is null && int.TryParse(wanted, NumberStyles.None, CultureInfo.InvariantCulture, out var number) && number >= 1 && number <= worksheets.Count)
            {
                byName = worksheets[number - 1];
            }

            if (byName is null)
            {
                errors.Add(ImportError.At(displayName, 0, "sheet", wanted, $"is not a sheet of this workbook (its sheets: {names})"));
                return null;
            }

            return (byName, "given");
        }

        var visible = worksheets.FirstOrDefault(s => s.State is null || s.State.Value == SheetStateValues.Visible) ?? worksheets[0];
        var reason = worksheets.Count == 1 ? "its only sheet"
            : string.Create(CultureInfo.InvariantCulture, $"first {(visible == worksheets[0] ? string.Empty : "visible ")}of {worksheets.Count}: {names}");
        return (visible, reason);
    }
}

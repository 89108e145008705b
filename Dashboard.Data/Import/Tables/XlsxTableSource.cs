using System.Globalization;
using System.IO.Compression;
using System.IO.Packaging;
using System.Xml;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace Dashboard.Data.Import.Tables;

/// <summary>
/// One sheet of an Excel workbook (.xlsx) as a table: the first visible worksheet unless a sheet is named. The sheet is
/// streamed from the ZIP each time it is read, one row at a time (see <see cref="XlsxSheetReader"/>), so memory does not
/// grow with its size. Before anything is unpacked, the sizes the ZIP directory declares are held against the
/// <see cref="XlsxBudget"/>; a first pass then counts the cells and bytes really unpacked and checks the rows are in
/// order (a sheet whose rows are not is sorted in memory, within a smaller budget). A workbook over budget is refused
/// with the figure, early.
/// </summary>
public sealed class XlsxTableSource : TableSource
{
    /// <summary>Most rows read from a sheet (Excel's own limit is 1,048,576).</summary>
    public const int MaxRows = 1_048_576;

    private readonly Stream _stream;
    private readonly string _entry;
    private readonly IReadOnlyList<string> _strings;
    private readonly XlsxStyles _styles;
    private readonly XlsxBudget _budget;
    private readonly string _sheetRef;
    private List<RawRecord>? _sorted;
    private List<ImportError>? _sortedProblems;

    private XlsxTableSource(Stream stream, string displayName, TableDialect dialect, string entry, IReadOnlyList<string> strings, XlsxStyles styles, XlsxBudget budget)
        : base(displayName, dialect)
    {
        _stream = stream;
        _entry = entry;
        _strings = strings;
        _styles = styles;
        _budget = budget;
        _sheetRef = SheetRef(dialect.Sheet!);
    }

    /// <summary>Cells with a value in the sheet (counted by the first pass).</summary>
    public long CellCount { get; private set; }

    /// <summary>Opens the chosen sheet, or adds why it cannot (not a workbook, no such sheet, over budget) and returns null.</summary>
    /// <param name="stream">The workbook's bytes (seekable; it must stay open while the table is read).</param>
    /// <param name="displayName">The file's name, for errors.</param>
    /// <param name="options">The sheet to read, if not the first.</param>
    /// <param name="errors">Where a problem goes.</param>
    /// <param name="budget">How much of the workbook may be read; null: <see cref="XlsxBudget.Default"/>.</param>
    public static XlsxTableSource? Open(Stream stream, string displayName, DialectOptions options, ErrorList errors, XlsxBudget? budget = null)
    {
        budget ??= XlsxBudget.Default;
        stream.Position = 0;
        string entry, sheetName, reason;
        string? stringsEntry;
        XlsxStyles styles;
        try
        {
            using var document = SpreadsheetDocument.Open(stream, false, new OpenSettings { MaxCharactersInPart = budget.MaxSharedPartBytes });
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

            var part = (WorksheetPart)workbookPart.GetPartById(chosen.Sheet.Id!.Value!);
            entry = part.Uri.OriginalString.TrimStart('/');
            stringsEntry = workbookPart.SharedStringTablePart?.Uri.OriginalString.TrimStart('/');
            sheetName = chosen.Sheet.Name?.Value ?? "Sheet1";
            reason = chosen.Reason;
            styles = XlsxStyles.Read(workbookPart);
        }
        catch (Exception ex) when (ex is OpenXmlPackageException or InvalidDataException or XmlException or FileFormatException or IOException or InvalidOperationException)
        {
            var why = ex.Message.Contains("MaxCharactersInDocument", StringComparison.Ordinal) || ex.InnerException?.Message.Contains("MaxCharactersInDocument", StringComparison.Ordinal) == true
                ? string.Create(CultureInfo.InvariantCulture, $"its workbook or styles part unpacks to more than {budget.MaxSharedPartBytes:N0} characters (Admin:XlsxBudget:MaxSharedPartBytes)")
                : ex.Message;
            errors.Add(ImportError.At(displayName, 0, null, null, $"is not a readable Excel workbook (.xlsx): {why}"));
            return null;
        }

        List<string> strings;
        try
        {
            using var zip = new ZipArchive(stream, ZipArchiveMode.Read, leaveOpen: true);
            if (Find(zip, entry) is not { } sheetEntry)
            {
                errors.Add(ImportError.At(displayName, 0, null, null, $"is not a readable Excel workbook (.xlsx): its sheet '{sheetName}' is missing from the ZIP"));
                return null;
            }

            // The ZIP directory says how large each part unpacks: a bomb is refused here, before a byte of it is unpacked.
            if (sheetEntry.Length > budget.MaxSheetBytes)
            {
                errors.Add(ImportError.At(displayName, 0, null, null, string.Create(CultureInfo.InvariantCulture,
                    $"sheet '{sheetName}' unpacks to {sheetEntry.Length:N0} bytes of XML (from {sheetEntry.CompressedLength:N0} in the file), more than an import reads ({budget.MaxSheetBytes:N0}, Admin:XlsxBudget:MaxSheetBytes): split the workbook or save the sheet as CSV")));
                return null;
            }

            var stringsPart = stringsEntry is null ? null : Find(zip, stringsEntry);
            if ((stringsPart is null ? [] : XlsxSharedStrings.Read(stringsPart, displayName, budget, errors)) is not { } read)
            {
                return null;
            }

            strings = read;
        }
        catch (Exception ex) when (ex is InvalidDataException or XmlException or IOException)
        {
            errors.Add(ImportError.At(displayName, 0, null, null, $"is not a readable Excel workbook (.xlsx): {ex.Message}"));
            return null;
        }

        var source = new XlsxTableSource(stream, displayName, new TableDialect { Sheet = sheetName, SheetReason = reason }, entry, strings, styles, budget);
        return source.FirstPass(errors) ? source : null;
    }

    /// <summary>The worksheets' names in workbook order (empty when the file cannot be opened as a workbook).</summary>
    public static IReadOnlyList<string> SheetNames(Stream stream, XlsxBudget? budget = null)
    {
        stream.Position = 0;
        try
        {
            using var document = SpreadsheetDocument.Open(stream, false, new OpenSettings { MaxCharactersInPart = (budget ?? XlsxBudget.Default).MaxSharedPartBytes });
            var workbookPart = document.WorkbookPart;
            return workbookPart?.Workbook?.Sheets?.Elements<Sheet>()
                .Where(s => s.Id?.Value is { } id && workbookPart.TryGetPartById(id, out var p) && p is WorksheetPart)
                .Select(s => s.Name?.Value ?? string.Empty).ToList() ?? [];
        }
        catch (Exception ex) when (ex is OpenXmlPackageException or InvalidDataException or XmlException or FileFormatException or IOException or InvalidOperationException)
        {
            return [];
        }
    }

    public override string? CellName(int line, int index) =>
        index >= 0
            ? string.Create(CultureInfo.InvariantCulture, $"{_sheetRef}!{ColumnName(index)}{line}")
            : string.Create(CultureInfo.InvariantCulture, $"{_sheetRef}!{line}:{line}");

    /// <summary>A sheet's name as a cell reference writes it: quoted when it has more than letters, digits and '_'.</summary>
    public static string SheetRef(string sheet) =>
        sheet.All(c => char.IsLetterOrDigit(c) || c == '_') ? sheet : "'" + sheet.Replace("'", "''", StringComparison.Ordinal) + "'";

    /// <summary>The sheet's name from its reference form.</summary>
    public static string Unquote(string sheetRef) =>
        sheetRef.Length > 1 && sheetRef[0] == '\'' ? sheetRef[1..^1].Replace("''", "'", StringComparison.Ordinal) : sheetRef;

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
        if (_sorted is not null)
        {
            foreach (var problem in _sortedProblems!)
            {
                errors.Add(problem);
            }

            foreach (var record in _sorted)
            {
                yield return record;
            }

            yield break;
        }

        using var zip = new ZipArchive(_stream, ZipArchiveMode.Read, leaveOpen: true);
        using var sheet = new XlsxSheetReader(Find(zip, _entry)!.Open(), _strings, _styles, DisplayName, Dialect.Sheet!, _budget);
        var problems = new List<ImportError>();
        while (sheet.TryRead(problems, out var record))
        {
            foreach (var problem in problems)
            {
                errors.Add(problem);
            }

            problems.Clear();
            yield return record;
        }

        foreach (var problem in problems)
        {
            errors.Add(problem);
        }

        if (sheet.Stopped is { } stopped)
        {
            errors.Add(stopped);
        }
    }

    /// <summary>Reads the sheet once: counts its cells and unpacked bytes against the budget and checks its rows are in order.</summary>
    private bool FirstPass(ErrorList errors)
    {
        _stream.Position = 0;
        using var zip = new ZipArchive(_stream, ZipArchiveMode.Read, leaveOpen: true);
        using var sheet = new XlsxSheetReader(Find(zip, _entry)!.Open(), _strings, _styles, DisplayName, Dialect.Sheet!, _budget);
        var problems = new List<ImportError>();
        var last = 0;
        var ordered = true;
        while (sheet.TryRead(problems, out var record))
        {
            ordered &= record.Line > last;
            last = Math.Max(last, record.Line);
        }

        CellCount = sheet.Cells;
        if (sheet.Stopped is { } stopped)
        {
            errors.Add(stopped);
            return false;
        }

        if (ordered)
        {
            return true;
        }

        if (sheet.Cells > _budget.MaxUnorderedCells)
        {
            errors.Add(ImportError.At(DisplayName, 0, null, null, string.Create(CultureInfo.InvariantCulture,
                $"sheet '{Dialect.Sheet}' stores its rows out of order and has {sheet.Cells:N0} cells, more than an import sorts in memory ({_budget.MaxUnorderedCells:N0}): open it in Excel or LibreOffice and save it again")));
            return false;
        }

        // Rows out of order (some tools write them so): sorted once, in memory, within the smaller budget.
        var rows = new SortedDictionary<int, List<RawRecord>>();
        _sortedProblems = [];
        using var again = new XlsxSheetReader(Find(zip, _entry)!.Open(), _strings, _styles, DisplayName, Dialect.Sheet!, _budget);
        while (again.TryRead(_sortedProblems, out var record))
        {
            if (!rows.TryGetValue(record.Line, out var list))
            {
                rows[record.Line] = list = [];
            }

            list.Add(record);
        }

        _sorted = rows.Select(r => Merge(r.Value)).ToList();
        return true;
    }

    /// <summary>Parts of one row written in several places, as one record (a later cell in the same column wins).</summary>
    private static RawRecord Merge(List<RawRecord> parts)
    {
        if (parts.Count == 1)
        {
            return parts[0];
        }

        var width = parts.Max(p => p.Fields.Length);
        var fields = new string[width];
        var kinds = new CellKind[width];
        Array.Fill(fields, string.Empty);
        foreach (var part in parts)
        {
            for (var i = 0; i < part.Fields.Length; i++)
            {
                if (part.Fields[i].Length > 0)
                {
                    fields[i] = part.Fields[i];
                    kinds[i] = part.Kinds?[i] ?? CellKind.None;
                }
            }
        }

        return new RawRecord(fields, parts[0].Line, parts.Any(p => p.Broken), kinds);
    }

    private static ZipArchiveEntry? Find(ZipArchive zip, string name) =>
        zip.GetEntry(name) ?? zip.Entries.FirstOrDefault(e => string.Equals(e.FullName, name, StringComparison.OrdinalIgnoreCase));

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

using System.Globalization;
using System.Text;
using System.Xml;

namespace Dashboard.Data.Import.Tables;

/// <summary>
/// Streams the rows of one sheet's XML (SpreadsheetML <c>sheetData</c>) with the workbook's shared strings and cell
/// styles, never holding more than one row: cells are placed by their references (or in order without them), omitted
/// cells are empty, shared and inline strings (rich text joined) are text, numbers are as stored, cells with a date
/// format become ISO dates of that format's precision, cells with a percent format become the number shown ("1.02%"),
/// formulas give their cached result. The bytes unpacked and the cells read are counted against an
/// <see cref="XlsxBudget"/> as they stream.
/// </summary>
internal sealed class XlsxSheetReader : IDisposable
{
    private readonly XmlReader _xml;
    private readonly CountingStream _counted;
    private readonly XlsxStyles _styles;
    private readonly IReadOnlyList<string> _strings;
    private readonly string _displayName;
    private readonly string _sheetRef;
    private readonly XlsxBudget _budget;
    private readonly List<(int Column, string Text, CellKind Kind)> _cells = [];
    private int _pendingRow = -1;
    private bool _done;

    public XlsxSheetReader(Stream sheetXml, IReadOnlyList<string> strings, XlsxStyles styles, string displayName, string sheet, XlsxBudget budget)
    {
        _counted = new CountingStream(sheetXml, budget.MaxSheetBytes);
        _xml = XmlReader.Create(_counted, new XmlReaderSettings
        {
            DtdProcessing = DtdProcessing.Prohibit,
            XmlResolver = null,
            IgnoreComments = true,
            IgnoreProcessingInstructions = true,
            IgnoreWhitespace = true,
        });
        _strings = strings;
        _styles = styles;
        _displayName = displayName;
        _sheetRef = XlsxTableSource.SheetRef(sheet);
        _budget = budget;
    }

    /// <summary>Cells with a value read so far.</summary>
    public long Cells { get; private set; }

    /// <summary>Why reading stopped early (the budget, broken XML); null while all is well.</summary>
    public ImportError? Stopped { get; private set; }

    /// <summary>Reads the next row with at least one cell; false at the end or when <see cref="Stopped"/> is set.</summary>
    public bool TryRead(List<ImportError> problems, out RawRecord record)
    {
        record = default;
        try
        {
            return Next(problems, out record);
        }
        catch (BudgetExceededException)
        {
            Stopped = ImportError.At(_displayName, 0, null, null, string.Create(CultureInfo.InvariantCulture,
                $"sheet '{XlsxTableSource.Unquote(_sheetRef)}' unpacks to more than {_budget.MaxSheetBytes:N0} bytes of XML, more than an import reads (Admin:XlsxBudget:MaxSheetBytes): split the workbook or save the sheet as CSV"));
        }
        catch (CellBudgetExceededException)
        {
            Stopped = ImportError.At(_displayName, 0, null, null, string.Create(CultureInfo.InvariantCulture,
                $"sheet '{XlsxTableSource.Unquote(_sheetRef)}' has more than {_budget.MaxCells:N0} cells with a value, more than an import reads (Admin:XlsxBudget:MaxCells): split the workbook or save the sheet as CSV"));
        }
        catch (XmlException ex)
        {
            Stopped = ImportError.At(_displayName, 0, null, null, "is not a readable Excel workbook (.xlsx): its sheet XML is broken (" + ex.Message + ")");
        }
        catch (InvalidDataException ex)
        {
            Stopped = ImportError.At(_displayName, 0, null, null, "is not a readable Excel workbook (.xlsx): " + ex.Message);
        }

        _done = true;
        return false;
    }

    public void Dispose()
    {
        _xml.Dispose();
        _counted.Dispose();
    }

    private bool Next(List<ImportError> problems, out RawRecord record)
    {
        record = default;
        var broken = false;
        var row = _pendingRow;
        var column = -1;
        while (!_done && _xml.Read())
        {
            if (_xml.NodeType == XmlNodeType.EndElement && _xml.LocalName == "row" && _cells.Count > 0)
            {
                _pendingRow = -1;
                record = Flush(row, broken);
                return true;
            }

            if (_xml.NodeType != XmlNodeType.Element)
            {
                continue;
            }

            if (_xml.LocalName == "row")
            {
                var r = int.TryParse(_xml.GetAttribute("r"), NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n > 0 ? n : row + 1;
                if (_cells.Count > 0)
                {
                    // The previous row had no end tag (or was empty): emit it first.
                    _pendingRow = r;
                    record = Flush(row, broken);
                    return true;
                }

                row = r;
                column = -1;
                if (row > XlsxTableSource.MaxRows)
                {
                    Stopped = ImportError.At(_displayName, 0, null, null, string.Create(CultureInfo.InvariantCulture, $"has more than {XlsxTableSource.MaxRows:N0} rows in sheet '{XlsxTableSource.Unquote(_sheetRef)}'"));
                    _done = true;
                    return false;
                }
            }
            else if (_xml.LocalName == "c")
            {
                var (refRow, refColumn) = Position(_xml.GetAttribute("r"));
                column = refColumn ?? column + 1;
                var cellRow = refRow ?? (row < 1 ? 1 : row);
                if (cellRow != row && _cells.Count > 0)
                {
                    // A cell naming another row than the one open: that row ends here.
                    _pendingRow = cellRow;
                    var done = Flush(row, broken);
                    row = cellRow;
                    ReadCell(row, column, problems, ref broken);
                    record = done;
                    return true;
                }

                row = cellRow;
                ReadCell(row, column, problems, ref broken);
            }
        }

        _done = true;
        if (_cells.Count > 0)
        {
            record = Flush(row, broken);
            return true;
        }

        return false;
    }

    private RawRecord Flush(int row, bool broken)
    {
        var width = 0;
        foreach (var c in _cells)
        {
            width = Math.Max(width, c.Column + 1);
        }

        var fields = new string[width];
        var kinds = new CellKind[width];
        Array.Fill(fields, string.Empty);
        foreach (var (column, text, kind) in _cells)
        {
            fields[column] = text;
            kinds[column] = kind;
        }

        _cells.Clear();
        return new RawRecord(fields, row, broken, kinds);
    }

    /// <summary>Reads the cell the reader is on (a &lt;c&gt; start tag) through its end.</summary>
    private void ReadCell(int row, int column, List<ImportError> problems, ref bool broken)
    {
        var type = _xml.GetAttribute("t");
        var style = uint.TryParse(_xml.GetAttribute("s"), NumberStyles.None, CultureInfo.InvariantCulture, out var s) ? s : 0;
        string? value = null;
        StringBuilder? inline = null;
        var formula = false;
        if (!_xml.IsEmptyElement)
        {
            var depth = _xml.Depth;
            while (_xml.Read() && !(_xml.NodeType == XmlNodeType.EndElement && _xml.Depth == depth))
            {
                if (_xml.NodeType != XmlNodeType.Element)
                {
                    continue;
                }

                switch (_xml.LocalName)
                {
                    case "v":
                        value = _xml.ReadElementContentAsString();
                        if (_xml.NodeType == XmlNodeType.EndElement && _xml.Depth == depth)
                        {
                            goto done;
                        }

                        break;
                    case "f":
                        formula = true;
                        break;
                    case "is":
                        inline = ReadStringItem();
                        if (_xml.NodeType == XmlNodeType.EndElement && _xml.Depth == depth)
                        {
                            goto done;
                        }

                        break;
                }
            }
        }

        done:
        if (string.IsNullOrEmpty(value) && formula && type != "inlineStr")
        {
            problems.Add(new ImportError(_displayName, row, null, null,
                "is a formula without a stored result (open the file in Excel or LibreOffice and save it, so the results are stored)")
            {
                Cell = string.Create(CultureInfo.InvariantCulture, $"{_sheetRef}!{XlsxTableSource.ColumnName(column)}{row}"),
            });
            broken = true;
            return;
        }

        var (text, kind) = Text(type, value, inline, style);
        if (text is { Length: > 0 })
        {
            if (++Cells > _budget.MaxCells)
            {
                throw new CellBudgetExceededException();
            }

            _cells.Add((column, text, kind));
        }
    }

    private (string? Text, CellKind Kind) Text(string? type, string? value, StringBuilder? inline, uint style)
    {
        switch (type)
        {
            case "inlineStr":
                return (inline?.ToString() ?? value, CellKind.Text);
            case "s":
                return (int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var index) && index < _strings.Count ? _strings[index] : null, CellKind.Text);
            case "b":
                return (value == "1" ? "TRUE" : "FALSE", CellKind.Other);
            case "d":
                return (value?.EndsWith("T00:00:00", StringComparison.Ordinal) == true ? value[..^9] : value, CellKind.Date);
            case "str":
                return (value, CellKind.Text);
            case "e":
                return (value, CellKind.Other);
        }

        if (value is null)
        {
            return (null, CellKind.None);
        }

        var format = _styles.Of(style);
        if (format.Date != XlsxNumberFormats.DateKind.None && double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var serial)
            && XlsxNumberFormats.Format(serial, format.Date, _styles.Date1904) is { } date)
        {
            return (date, CellKind.Date);
        }

        if (format.Percent && XlsxNumberFormats.Percent(value) is { } shown)
        {
            return (shown + "%", CellKind.Percent);
        }

        return (value, CellKind.Number);
    }

    /// <summary>The text of a string item (&lt;si&gt; or &lt;is&gt;): its &lt;t&gt;, or its runs' &lt;t&gt; joined; phonetic runs left out.</summary>
    private StringBuilder ReadStringItem() => ReadStringItem(_xml);

    public static StringBuilder ReadStringItem(XmlReader xml)
    {
        var text = new StringBuilder();
        if (xml.IsEmptyElement)
        {
            return text;
        }

        var depth = xml.Depth;
        while (xml.Read() && !(xml.NodeType == XmlNodeType.EndElement && xml.Depth == depth))
        {
            if (xml.NodeType == XmlNodeType.Element && xml.LocalName == "rPh")
            {
                xml.Skip();
                if (xml.NodeType == XmlNodeType.EndElement && xml.Depth == depth)
                {
                    break;
                }
            }

            if (xml.NodeType == XmlNodeType.Element && xml.LocalName == "t")
            {
                text.Append(xml.ReadElementContentAsString());
                if (xml.NodeType == XmlNodeType.EndElement && xml.Depth == depth)
                {
                    break;
                }
            }
        }

        return text;
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

    /// <summary>Thrown by <see cref="CountingStream"/> past the budget.</summary>
    internal sealed class BudgetExceededException : IOException
    {
    }

    /// <summary>Thrown past the cell budget.</summary>
    internal sealed class CellBudgetExceededException : IOException
    {
    }
}

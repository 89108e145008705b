using System.Globalization;

namespace Dashboard.Data.Import.Tables;

/// <summary>
/// Reads a <see cref="TableSource"/> record by record as the format readers want it: fields trimmed (a byte-order
/// mark left on the first one removed), blank records and records of empty fields skipped, fields of more than
/// <see cref="MaxFieldLength"/> characters reported, and rows of the wrong width reported and passed over. Once a
/// reader names its header, errors name columns and, in a workbook, get their cell ("Data!C7").
/// </summary>
public sealed class TableRecords : IDisposable
{
    /// <summary>Longest field accepted in any format (as in the data contract); longer ones are errors.</summary>
    public const int MaxFieldLength = 4000;

    private readonly TableSource _source;
    private readonly IEnumerator<RawRecord> _raw;
    private readonly ErrorList _errors;
    private string[] _header = [];
    private Dictionary<string, int> _columns = new(StringComparer.OrdinalIgnoreCase);
    private bool _tooLong;
    private CellKind[]? _kinds;

    internal TableRecords(TableSource source, IEnumerator<RawRecord> raw, ErrorList errors)
    {
        _source = source;
        _raw = raw;
        _errors = errors;
        if (IsSheet)
        {
            // Kept after reading: the importer's errors (ranges, duplicate keys) come later and name cells too.
            errors.Locator = Locate;
        }
    }

    public string DisplayName => _source.DisplayName;

    private bool IsSheet => _source.Dialect.Sheet is not null;

    /// <summary>Reads the next record with content; over-long fields are reported and cut to the limit.</summary>
    public bool TryRead(out string[] fields, out int line)
    {
        while (_raw.MoveNext())
        {
            (fields, line, var broken, _kinds) = _raw.Current;
            if (Trim(fields))
            {
                continue;
            }

            _tooLong = broken;
            for (var i = 0; i < fields.Length; i++)
            {
                if (TextSafety.IndexOfForbidden(fields[i]) is var bad and >= 0)
                {
                    _errors.Add(ImportError.At(DisplayName, line, ColumnName(i), TextSafety.Show(fields[i]), TextSafety.Rule(fields[i], bad)));
                    _tooLong = true;
                }

                if (fields[i].Length > MaxFieldLength)
                {
                    _errors.Add(ImportError.At(DisplayName, line, ColumnName(i), fields[i], string.Create(CultureInfo.InvariantCulture,
                        $"is {fields[i].Length} characters long (at most {MaxFieldLength} allowed)")));
                    fields[i] = fields[i][..MaxFieldLength];
                    _tooLong = true;
                }
            }

            return true;
        }

        fields = [];
        line = 0;
        return false;
    }

    /// <summary>Reads the next record of <paramref name="width"/> fields; other widths, over-long fields and broken cells are reported and passed over.</summary>
    public bool TryReadRow(int width, out string[] fields, out int line)
    {
        while (TryRead(out fields, out line))
        {
            if (Fit(ref fields, width, line))
            {
                return true;
            }
        }

        fields = [];
        return false;
    }

    /// <summary>
    /// Whether the record read last (<paramref name="fields"/>) can be read as a row of <paramref name="width"/> fields:
    /// a workbook row is padded or cut of empty cells; a text record of another width is reported. False also for a
    /// record with an over-long field or a broken cell (already reported).
    /// </summary>
    public bool Fit(ref string[] fields, int width, int line)
    {
        if (_tooLong)
        {
            return false;
        }

        if (IsSheet)
        {
            fields = ToWidth(fields, width);
            if (_kinds is { } kinds && kinds.Length < fields.Length)
            {
                Array.Resize(ref kinds, fields.Length);
                _kinds = kinds;
            }
        }

        if (fields.Length == width)
        {
            return true;
        }

        var delimiter = TableDialect.Name(_source.Dialect.Delimiter);
        _errors.Add(ImportError.At(DisplayName, line, null, null, string.Create(CultureInfo.InvariantCulture,
            $"has {fields.Length} fields but the header has {width} (an unquoted {delimiter} inside a value, or a missing field?)")));
        return false;
    }

    /// <summary>
    /// Names the columns: errors then name them (and, in a workbook, their cells). A name given to two columns (case
    /// ignored) is an error naming both, since which of them holds the values cannot be told: false then, and the
    /// reader stops.
    /// </summary>
    public bool UseHeader(string[] header, int line)
    {
        _header = header;
        _columns = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        var ok = true;
        for (var i = 0; i < header.Length; i++)
        {
            if (header[i].Length > 0 && !_columns.TryAdd(header[i], i))
            {
                var first = _columns[header[i]];
                _errors.Add(ImportError.At(DisplayName, line, null, header[i], string.Create(CultureInfo.InvariantCulture,
                    $"names two columns ({Where(line, first)} and {Where(line, i)}): which one holds the values cannot be told; rename or delete one of them")));
                ok = false;
            }
        }

        return ok;
    }

    /// <summary>What the cell at <paramref name="index"/> of the record read last held (workbooks); <see cref="CellKind.None"/> for text files.</summary>
    public CellKind KindAt(int index) => _kinds is { } kinds && index < kinds.Length ? kinds[index] : CellKind.None;

    /// <summary>Where a field is, for messages: "cell Data!C7" in a workbook, "field 3" in text.</summary>
    public string Where(int line, int index) =>
        _source.CellName(line, index) is { } cell ? "cell " + cell : string.Create(CultureInfo.InvariantCulture, $"field {index + 1}");

    public void Dispose()
    {
        _raw.Dispose();
    }

    /// <summary>Trims every field; true when the record has no content at all (a blank line, or only empty cells).</summary>
    private static bool Trim(string[] fields)
    {
        var empty = true;
        for (var i = 0; i < fields.Length; i++)
        {
            var f = fields[i] ?? string.Empty;
            fields[i] = (i == 0 ? f.TrimStart('\uFEFF') : f).Trim();
            empty &= fields[i].Length == 0;
        }

        return empty;
    }

    /// <summary>A sheet row ends at its last non-empty cell: pad it, or drop empty cells past the header's width.</summary>
    private static string[] ToWidth(string[] fields, int width)
    {
        if (fields.Length < width)
        {
            var padded = new string[width];
            Array.Copy(fields, padded, fields.Length);
            Array.Fill(padded, string.Empty, fields.Length, width - fields.Length);
            return padded;
        }

        return fields.Length > width && fields.AsSpan(width).IndexOfAnyExcept(string.Empty) < 0 ? fields[..width] : fields;
    }

    private string? ColumnName(int index) => index < _header.Length && _header[index].Length > 0 ? _header[index] : null;

    private ImportError Locate(ImportError error)
    {
        if (error.Cell is not null || error.File != DisplayName || error.Line <= 0)
        {
            return error;
        }

        var index = error.Column is not null && _columns.TryGetValue(error.Column, out var i) ? i : -1;
        var cell = index >= 0 ? _source.CellName(error.Line, index) : _source.CellName(error.Line, -1);
        return error with { Cell = cell };
    }
}

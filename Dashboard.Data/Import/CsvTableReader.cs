using System.Globalization;
using System.Text;
using CsvHelper;
using CsvHelper.Configuration;

namespace Dashboard.Data.Import;

/// <summary>
/// Reads a CSV file of the data contract: checks the header against the columns a table allows and requires,
/// then yields one <see cref="CsvRow"/> per record with its starting line number. Structural problems
/// (missing/unknown/duplicate columns, ragged rows, stray quotes) are added to the error list.
/// </summary>
public sealed class CsvTableReader : IDisposable
{
    /// <summary>Longest field accepted; longer values are rejected rather than stored.</summary>
    public const int MaxFieldLength = 4000;

    private readonly TextReader _reader;
    private readonly CsvParser _parser;
    private readonly string _file;
    private readonly ErrorList _errors;
    private int _lastRawRow;
    private int _badDataLine;

    public CsvTableReader(TextReader reader, string file, ErrorList errors)
    {
        _reader = reader;
        _file = file;
        _errors = errors;
        var config = new CsvConfiguration(CultureInfo.InvariantCulture)
        {
            Mode = CsvMode.RFC4180,
            BadDataFound = args =>
            {
                var line = _lastRawRow + 1;
                if (_badDataLine != line)
                {
                    _badDataLine = line;
                    _errors.Add(ImportError.At(_file, line, null, args.RawRecord.TrimEnd('\r', '\n'),
                        "has a stray quote (quote the whole field and double any quote inside it)"));
                }
            },
            IgnoreBlankLines = true,
        };
        _parser = new CsvParser(reader, config);
    }

    /// <summary>Column names in header order, after <see cref="ReadHeader"/>.</summary>
    public IReadOnlyList<string> Header { get; private set; } = [];

    /// <summary>Reads and checks the header. Returns false (with errors added) when rows cannot be read.</summary>
    public bool ReadHeader(TableColumns columns)
    {
        if (!_parser.Read())
        {
            _errors.Add(ImportError.At(_file, 0, null, null, "is empty (expected a header line: " + string.Join(',', columns.All) + ")"));
            return false;
        }

        _lastRawRow = _parser.RawRow;
        var header = _parser.Record ?? [];
        if (header.Length > 0)
        {
            header[0] = header[0].TrimStart('\uFEFF');
        }

        Header = header;
        var ok = true;
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var name in header)
        {
            if (!seen.Add(name))
            {
                _errors.Add(ImportError.At(_file, 1, name, name, "appears twice in the header"));
                ok = false;
            }
            else if (!columns.All.Contains(name, StringComparer.Ordinal))
            {
                var hint = DelimiterHint(name);
                _errors.Add(ImportError.At(_file, 1, null, name,
                    hint ?? "is not a column of this file (expected: " + string.Join(',', columns.All) + ")"));
                ok = false;
            }
        }

        foreach (var required in columns.Required)
        {
            if (!seen.Contains(required))
            {
                _errors.Add(ImportError.At(_file, 1, required, null, "required column is missing from the header"));
                ok = false;
            }
        }

        return ok;
    }

    /// <summary>Yields the data rows; ragged rows and over-long fields are reported and skipped.</summary>
    public IEnumerable<CsvRow> ReadRows()
    {
        var width = Header.Count;
        var index = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < Header.Count; i++)
        {
            index.TryAdd(Header[i], i);
        }

        while (_parser.Read())
        {
            var line = _lastRawRow + 1;
            _lastRawRow = _parser.RawRow;
            var fields = _parser.Record ?? [];
            if (fields.Length != width)
            {
                _errors.Add(ImportError.At(_file, line, null, null, string.Create(CultureInfo.InvariantCulture,
                    $"has {fields.Length} fields but the header has {width} (an unquoted comma inside a value, or a missing field?)")));
                continue;
            }

            var tooLong = false;
            for (var i = 0; i < fields.Length; i++)
            {
                if (fields[i].Length > MaxFieldLength)
                {
                    _errors.Add(ImportError.At(_file, line, Header[i], fields[i], string.Create(CultureInfo.InvariantCulture,
                        $"is {fields[i].Length} characters long (at most {MaxFieldLength} allowed)")));
                    tooLong = true;
                }
            }

            if (!tooLong)
            {
                yield return new CsvRow(_file, line, fields, index);
            }
        }
    }

    /// <summary>Opens a file as strict UTF-8 text after checking its encoding.</summary>
    public static TextReader OpenText(Stream stream, string file, ErrorList errors)
    {
        var encodingError = TextEncodingCheck.Check(stream, file);
        if (encodingError is not null)
        {
            errors.Add(encodingError);
            return new StringReader(string.Empty);
        }

        stream.Position = 0;
        return new StreamReader(stream, new UTF8Encoding(false, true), detectEncodingFromByteOrderMarks: false, bufferSize: 1 << 16);
    }

    private static string? DelimiterHint(string name)
    {
        foreach (var d in new[] { ';', '\t', '|' })
        {
            if (name.Contains(d, StringComparison.Ordinal))
            {
                var shown = d == '\t' ? "tab" : "'" + d + "'";
                return $"looks like several columns separated by {shown}: this file must use ',' as the delimiter";
            }
        }

        return null;
    }

    public void Dispose()
    {
        _parser.Dispose();
        _reader.Dispose();
    }
}

using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using CsvHelper;
using CsvHelper.Configuration;

namespace Dashboard.Data.Import.Contract;

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
    private int _recordLine;
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
                // Fields are unescaped lazily, so this can run after Read(): use the line the record started on.
                var line = _recordLine;
                if (_badDataLine != line)
                {
                    _badDataLine = line;
                    _errors.Add(ImportError.At(_file, line, null, args.RawRecord.TrimEnd('\r', '\n'),
                        "has a stray quote (quote the whole field and double any quote inside it)"));
                }
            },
            // Blank lines are skipped here rather than by CsvHelper, so that line numbers count them.
            IgnoreBlankLines = false,
        };
        _parser = new CsvParser(reader, config);
    }

    /// <summary>Column names in header order, after <see cref="ReadHeader"/>.</summary>
    public IReadOnlyList<string> Header { get; private set; } = [];

    /// <summary>The line the header is on (1 unless blank lines precede it).</summary>
    public int HeaderLine { get; private set; } = 1;

    /// <summary>Reads and checks the header. Returns false (with errors added) when rows cannot be read.</summary>
    public bool ReadHeader(TableColumns columns)
    {
        if (!ReadRecord())
        {
            _errors.Add(ImportError.At(_file, 0, null, null, "is empty (expected a header line: " + string.Join(',', columns.All) + ")"));
            return false;
        }

        var line = HeaderLine = _recordLine;
        var header = _parser.Record ?? [];
        if (header.Length > 0)
        {
            header[0] = header[0].TrimStart('\uFEFF');
        }

        Header = header;
        if (header.Length > 0 && header[0].StartsWith("sep=", StringComparison.OrdinalIgnoreCase))
        {
            _errors.Add(ImportError.At(_file, line, null, header[0],
                "is a spreadsheet's delimiter hint, not a header: delete this line (the header must be the first line)"));
            return false;
        }

        var ok = true;
        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < header.Length; i++)
        {
            var name = header[i];
            if (name.Length == 0)
            {
                _errors.Add(ImportError.At(_file, line, null, null, string.Create(CultureInfo.InvariantCulture,
                    $"field {i + 1} of the header is empty (every column needs a name)")));
                ok = false;
            }
            else if (!seen.Add(name))
            {
                _errors.Add(ImportError.At(_file, line, name, name, "appears twice in the header"));
                ok = false;
            }
            else if (columns.All.FirstOrDefault(c => string.Equals(c, name, StringComparison.OrdinalIgnoreCase)) is { } lower && lower != name)
            {
                _errors.Add(ImportError.At(_file, line, null, name, $"is not a column of this file: column names in data/ are lower case ('{lower}')"));
                ok = false;
            }
            else if (!columns.All.Contains(name, StringComparer.Ordinal))
            {
                var hint = DelimiterHint(name);
                _errors.Add(ImportError.At(_file, line, null, name,
                    hint ?? "is not a column of this file (expected: " + string.Join(',', columns.All) + ")"));
                ok = false;
            }
        }

        foreach (var required in columns.Required)
        {
            if (!seen.Contains(required))
            {
                _errors.Add(ImportError.At(_file, line, required, null, "required column is missing from the header"));
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

        while (ReadRecord())
        {
            var line = _recordLine;
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
                if (TextSafety.IndexOfForbidden(fields[i]) is var bad and >= 0)
                {
                    _errors.Add(ImportError.At(_file, line, Header[i], TextSafety.Show(fields[i]), TextSafety.Rule(fields[i], bad)));
                    tooLong = true;
                }

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

    /// <summary>Opens a file as strict UTF-8 text after checking its encoding; an empty reader when the check failed.</summary>
    public static TextReader OpenText(Stream stream, string file, ErrorList errors) =>
        TryOpenText(stream, file, errors, out var reader) ? reader : new StringReader(string.Empty);

    /// <summary>Opens a file as strict UTF-8 text after checking its encoding; false (error added) when it is not UTF-8.</summary>
    public static bool TryOpenText(Stream stream, string file, ErrorList errors, [NotNullWhen(true)] out TextReader? reader) =>
        TryOpenText(stream, file, errors, hash: null, out reader);

    /// <summary>
    /// As the public overload; the returned reader also feeds every byte of the file to <paramref name="hash"/>, and
    /// disposing it completes the hash, so the file is hashed while it is parsed.
    /// </summary>
    internal static bool TryOpenText(Stream stream, string file, ErrorList errors, IncrementalHash? hash, [NotNullWhen(true)] out TextReader? reader)
    {
        var encodingError = TextEncodingCheck.Check(stream, file);
        if (encodingError is not null)
        {
            errors.Add(encodingError);
            reader = null;
            return false;
        }

        stream.Position = 0;
        var source = hash is null ? stream : new HashingReadStream(stream, hash);
        reader = new StreamReader(source, new UTF8Encoding(false, true), detectEncodingFromByteOrderMarks: false, bufferSize: 1 << 16);
        return true;
    }

    /// <summary>Reads the next record that is not a blank or whitespace-only line; <see cref="_recordLine"/> is the line it starts on.</summary>
    private bool ReadRecord()
    {
        while (true)
        {
            _recordLine = _lastRawRow + 1;
            if (!_parser.Read())
            {
                return false;
            }

            _lastRawRow = _parser.RawRow;

            // A blank line, or one of only spaces or tabs, is no record (but is counted in line numbers).
            if (_parser.Count != 1 || !_parser.RawRecord.AsSpan().Trim().IsEmpty)
            {
                return true;
            }
        }
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

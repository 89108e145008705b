using System.Globalization;
using CsvHelper;
using CsvHelper.Configuration;

namespace Dashboard.Data.Import.Formats;

/// <summary>
/// Reads the records of a downloaded CSV (RFC 4180) and numbers them with the file's own line numbers, also when
/// the reader starts after a preamble (<c>firstLine</c> = the line the reader starts on). Stray quotes are
/// reported as errors with their line; ragged rows are left to the caller, who knows the expected width.
/// </summary>
public sealed class FormatCsvReader : IDisposable
{
    private readonly CsvParser _parser;
    private readonly string _file;
    private readonly ErrorList _errors;
    private readonly int _offset;
    private int _badDataLine;

    public FormatCsvReader(TextReader reader, string file, ErrorList errors, int firstLine = 1)
    {
        _file = file;
        _errors = errors;
        _offset = firstLine - 1;
        var config = new CsvConfiguration(CultureInfo.InvariantCulture)
        {
            Mode = CsvMode.RFC4180,
            IgnoreBlankLines = true,
            BadDataFound = args =>
            {
                var line = _offset + (args.Context.Parser?.RawRow ?? 0);
                if (_badDataLine != line)
                {
                    _badDataLine = line;
                    _errors.Add(ImportError.At(_file, line, null, args.RawRecord.TrimEnd('\r', '\n'),
                        "has a stray quote (quote the whole field and double any quote inside it)"));
                }
            },
        };
        _parser = new CsvParser(reader, config);
    }

    /// <summary>Reads the next record; <paramref name="line"/> is the line it starts on.</summary>
    public bool TryRead(out string[] fields, out int line)
    {
        if (!_parser.Read())
        {
            fields = [];
            line = 0;
            return false;
        }

        fields = _parser.Record ?? [];
        // RawRow is the last line of the record; a quoted field may span lines, so count back its line breaks.
        var raw = _parser.RawRecord.AsSpan().TrimEnd("\r\n");
        line = _offset + _parser.RawRow - raw.Count('\n');
        return true;
    }

    /// <summary>
    /// Reads the next record of <paramref name="width"/> fields, trimmed; a record of another width is reported (with
    /// its line) and passed over.
    /// </summary>
    public bool TryReadRow(int width, out string[] fields, out int line)
    {
        while (TryRead(out var raw, out line))
        {
            fields = ReaderSupport.Trimmed(raw);
            if (fields.Length == width)
            {
                return true;
            }

            _errors.Add(ImportError.At(_file, line, null, null, string.Create(CultureInfo.InvariantCulture,
                $"has {fields.Length} fields but the header has {width} (an unquoted comma inside a value, or a missing field?)")));
        }

        fields = [];
        return false;
    }

    /// <summary>Splits one line of text into CSV fields (for peeking at headers and preambles).</summary>
    public static string[] SplitLine(string line)
    {
        using var text = new StringReader(line);
        using var parser = new CsvParser(text, new CsvConfiguration(CultureInfo.InvariantCulture) { Mode = CsvMode.RFC4180, BadDataFound = null });
        return parser.Read() ? (parser.Record ?? []) : [];
    }

    public void Dispose() => _parser.Dispose();
}

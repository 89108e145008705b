using System.Globalization;
using CsvHelper;
using CsvHelper.Configuration;

namespace Dashboard.Data.Import.Tables;

/// <summary>
/// Delimited text (RFC 4180 quoting) in its encoding and delimiter. Records are numbered with the line they start on,
/// counting every line break (CR LF, LF or a lone CR) and blank lines; a <c>sep=</c> first line is passed over.
/// </summary>
public sealed class CsvTableSource : TableSource
{
    private readonly Stream _stream;
    private readonly DetectedEncoding _encoding;
    private readonly bool _sepLine;

    public CsvTableSource(Stream stream, string displayName, DetectedEncoding encoding, TableDialect dialect, bool sepLine)
        : base(displayName, dialect)
    {
        _stream = stream;
        _encoding = encoding;
        _sepLine = sepLine;
    }

    protected override IEnumerable<RawRecord> Read(ErrorList errors)
    {
        _stream.Position = _encoding.PreambleBytes;
        var recordLine = 0;
        var badDataLine = 0;
        var config = new CsvConfiguration(CultureInfo.InvariantCulture)
        {
            Delimiter = Dialect.Delimiter.ToString(),
            Mode = CsvMode.RFC4180,
            IgnoreBlankLines = false,
            BadDataFound = args =>
            {
                // Fields are unescaped lazily, so this can run after Read(): use the line the record started on.
                if (badDataLine != recordLine)
                {
                    badDataLine = recordLine;
                    errors.Add(ImportError.At(DisplayName, recordLine, null, args.RawRecord.TrimEnd('\r', '\n'),
                        "has a stray quote (quote the whole field and double any quote inside it)"));
                }
            },
        };
        using var counted = new ProgressStream(_stream, Progress);
        using var text = new StreamReader(counted, _encoding.Encoding, detectEncodingFromByteOrderMarks: false, bufferSize: 1 << 16, leaveOpen: true);
        using var parser = new CsvParser(text, config);
        var lastRawRow = 0;
        var first = true;
        while (true)
        {
            recordLine = lastRawRow + 1;
            if (!parser.Read())
            {
                yield break;
            }

            lastRawRow = parser.RawRow;
            var fields = parser.Record ?? [];
            if (first && _sepLine)
            {
                first = false;
                continue;
            }

            first = false;
            yield return new RawRecord(fields, recordLine);
        }
    }
}

using System.Text.RegularExpressions;

namespace Dashboard.Data.Import.Tables;

/// <summary>
/// Opens an uploaded file as a table: an Excel workbook (.xlsx, recognised by its bytes) or delimited text, whose
/// encoding, <c>sep=</c> line, delimiter and decimal separator are detected unless <see cref="DialectOptions"/> gives
/// them. Every decision is kept in the <see cref="TableDialect"/> so the report can state it.
/// </summary>
public static partial class TableSources
{
    private const int SampleChars = 64 * 1024;

    /// <summary>The table, or null with the reason in <paramref name="errors"/>.</summary>
    /// <param name="stream">The file (seekable).</param>
    /// <param name="displayName">Its name, for messages.</param>
    /// <param name="options">Encoding, delimiter, decimal separator or sheet the user gave.</param>
    /// <param name="errors">Where problems go.</param>
    /// <param name="budget">How much of a workbook may be read; null: the default.</param>
    public static TableSource? Open(Stream stream, string displayName, DialectOptions? options, ErrorList errors, XlsxBudget? budget = null)
    {
        options ??= DialectOptions.Detect;
        stream.Position = 0;
        Span<byte> head = stackalloc byte[8];
        head = head[..stream.ReadAtLeast(head, head.Length, throwOnEndOfStream: false)];
        if (head is [0x50, 0x4B, 0x03, 0x04, ..])
        {
            return XlsxTableSource.Open(stream, displayName, options, errors, budget);
        }

        if (head is [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1])
        {
            errors.Add(ImportError.At(displayName, 0, null, null, "is an Excel 97–2003 workbook (.xls): save it as .xlsx (Excel Workbook) or as CSV UTF-8"));
            return null;
        }

        if (options.Sheet is not null)
        {
            errors.Add(ImportError.At(displayName, 0, "sheet", options.Sheet, "is for Excel workbooks; this file is text"));
            return null;
        }

        return OpenText(stream, displayName, options, errors);
    }

    private static CsvTableSource? OpenText(Stream stream, string displayName, DialectOptions options, ErrorList errors)
    {
        if (stream.Length == 0)
        {
            errors.Add(ImportError.At(displayName, 0, null, null, "is empty (0 bytes): there is no header line"));
            return null;
        }

        if (TextEncodingDetector.Detect(stream, displayName, options.Encoding, errors) is not { } encoding)
        {
            return null;
        }

        var sample = Sample(stream, encoding);
        if (sample.AsSpan().Trim().IsEmpty)
        {
            errors.Add(ImportError.At(displayName, 0, null, null, "is empty: it has only blank or whitespace lines, no header line"));
            return null;
        }

        var dialect = new TableDialect { Encoding = encoding.Name, EncodingReason = encoding.Reason };
        var sep = SepLine().Match(sample.TrimStart('\uFEFF'));
        char? delimiter = options.Delimiter is null ? null : ParseDelimiter(options.Delimiter);
        if (options.Delimiter is not null && delimiter is null)
        {
            errors.Add(ImportError.At(displayName, 0, "delimiter", options.Delimiter, "is not a delimiter: use ',', ';', 'tab' or '|'"));
            return null;
        }

        dialect = delimiter is { } given ? dialect with { Delimiter = given, DelimiterReason = "given" }
            : sep.Success ? dialect with { Delimiter = sep.Groups["d"].Value == "\\t" ? '\t' : sep.Groups["d"].Value[0], DelimiterReason = "from the sep= line" }
            : dialect with { Delimiter = DelimiterSniffer.Detect(sample) };

        var source = new CsvTableSource(stream, displayName, encoding, dialect, sep.Success);
        return DecideDecimal(source, options, errors) is { } decided ? new CsvTableSource(stream, displayName, encoding, decided, sep.Success) : null;
    }

    /// <summary>The dialect with its decimal separator: ',' delimiters fix it to '.'; otherwise given, or read off the numbers.</summary>
    private static TableDialect? DecideDecimal(CsvTableSource source, DialectOptions options, ErrorList errors)
    {
        var dialect = source.Dialect;
        char? given = options.DecimalSeparator?.Trim() switch
        {
            null => null,
            "," or "comma" => ',',
            "." or "point" or "dot" => '.',
            _ => '\0',
        };
        if (given == '\0')
        {
            errors.Add(ImportError.At(source.DisplayName, 0, "decimal", options.DecimalSeparator, "is not a decimal separator: use ',' or '.'"));
            return null;
        }

        if (dialect.Delimiter == ',')
        {
            if (given == ',')
            {
                errors.Add(ImportError.At(source.DisplayName, 0, "decimal", ",", "cannot be the decimal separator of a file whose delimiter is ','"));
                return null;
            }

            return dialect with { DecimalSeparator = '.', DecimalReason = "fixed by the ',' delimiter" };
        }

        if (given is { } g)
        {
            return dialect with { DecimalSeparator = g, DecimalReason = "given" };
        }

        var detector = new DecimalDetector();
        using (var records = source.Open(new ErrorList()))
        {
            while (records.TryRead(out var fields, out var line))
            {
                foreach (var field in fields)
                {
                    detector.Add(field, line);
                }
            }
        }

        if (detector.Decide(out var problem) is not { } decided)
        {
            errors.Add(ImportError.At(source.DisplayName, 0, null, null, problem!));
            return null;
        }

        return dialect with { DecimalSeparator = decided.Decimal, DecimalReason = decided.Reason };
    }

    public static char? ParseDelimiter(string text) => text switch
    {
        "," or "comma" => ',',
        ";" or "semicolon" => ';',
        "\t" or "\\t" or "tab" => '\t',
        "|" or "pipe" => '|',
        _ => null,
    };

    private static string Sample(Stream stream, DetectedEncoding encoding)
    {
        stream.Position = encoding.PreambleBytes;
        using var reader = new StreamReader(stream, encoding.Encoding, detectEncodingFromByteOrderMarks: false, bufferSize: 1 << 16, leaveOpen: true);
        var buffer = new char[SampleChars];
        var read = reader.ReadBlock(buffer, 0, buffer.Length);
        return new string(buffer, 0, read);
    }

    // Excel's delimiter hint: "sep=;" alone on the first line (some tools quote it or repeat the delimiter after it).
    [GeneratedRegex(@"\A""?sep=(?<d>\\t|[^\r\n""])""?[,;|\t]*(\r\n|\r|\n|\z)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex SepLine();
}

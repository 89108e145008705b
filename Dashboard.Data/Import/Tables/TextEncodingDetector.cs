using System.Buffers;
using System.Globalization;
using System.Text;
using Dashboard.Data.Import.Contract;

namespace Dashboard.Data.Import.Tables;

/// <summary>
/// Finds the encoding of an uploaded text file, or takes the one the user gives, and checks that the whole file
/// decodes with it. A byte-order mark decides UTF-8 or UTF-16 (LE/BE); without one, valid UTF-8 is UTF-8, NUL bytes in
/// every other position are UTF-16 without a mark, and anything else is Windows-1251 or Windows-1252 as
/// <see cref="LegacyEncodingGuess"/> decides — or an error asking for the encoding. UTF-32 and NUL characters are refused.
/// </summary>
public static class TextEncodingDetector
{
    private const char Undefined = '\uFFFF';

    /// <summary>The encoding to read the file with, or null (error added) when it cannot be read as text.</summary>
    public static DetectedEncoding? Detect(Stream stream, string file, string? given, ErrorList errors)
    {
        stream.Position = 0;
        Span<byte> head = stackalloc byte[4];
        var n = stream.ReadAtLeast(head, 4, throwOnEndOfStream: false);
        head = head[..n];
        var bom = Bom(head);
        if (bom.Name == "UTF-32")
        {
            errors.Add(ImportError.At(file, 1, null, null, "is UTF-32 encoded: save it as UTF-8 (CSV UTF-8 in Excel)"));
            return null;
        }

        var detected = given is null ? Detect(stream, file, bom, errors) : Given(stream, given, file, bom, errors);
        if (detected is null)
        {
            return null;
        }

        if (Check(stream, detected, file) is { } problem)
        {
            errors.Add(problem);
            return null;
        }

        return detected;
    }

    /// <summary>An encoding by the names people use: utf-8, utf-16, utf-16be, windows-1251, cp1251, 1252, latin1, koi8-r …</summary>
    public static Encoding? Resolve(string name)
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        var key = name.Trim().ToLowerInvariant().Replace('_', '-');
        key = key switch
        {
            "utf8" => "utf-8",
            "utf16" or "utf-16le" or "unicode" => "utf-16",
            "utf16be" => "utf-16be",
            "latin1" or "latin-1" => "iso-8859-1",
            _ when key.StartsWith("cp", StringComparison.Ordinal) && int.TryParse(key[2..], NumberStyles.None, CultureInfo.InvariantCulture, out _) => "windows-" + key[2..],
            _ when int.TryParse(key, NumberStyles.None, CultureInfo.InvariantCulture, out var cp) && cp is >= 1250 and <= 1258 => "windows-" + key,
            _ => key,
        };
        try
        {
            return key.Length == 0 ? null : Encoding.GetEncoding(key, EncoderFallback.ExceptionFallback, new DecoderReplacementFallback(Undefined.ToString()));
        }
        catch (ArgumentException)
        {
            return null;
        }
    }

    public static string DisplayName(Encoding encoding) => encoding.CodePage switch
    {
        65001 => "UTF-8",
        1200 => "UTF-16 LE",
        1201 => "UTF-16 BE",
        >= 1250 and <= 1258 => "Windows-" + encoding.CodePage.ToString(CultureInfo.InvariantCulture),
        _ => encoding.WebName.ToUpperInvariant(),
    };

    private static DetectedEncoding? Detect(Stream stream, string file, (string? Name, int Length) bom, ErrorList errors)
    {
        switch (bom.Name)
        {
            case "UTF-16 LE":
                return new DetectedEncoding(Strict(Encoding.Unicode), "UTF-16 LE", "byte-order mark", 2);
            case "UTF-16 BE":
                return new DetectedEncoding(Strict(Encoding.BigEndianUnicode), "UTF-16 BE", "byte-order mark", 2);
            case "UTF-8":
                // A file that says it is UTF-8 must be UTF-8: its bad bytes are errors, not a reason to guess.
                return Utf8Checked(stream, file, errors, "byte-order mark", bom.Length);
        }

        if (TextEncodingCheck.IsCleanUtf8(stream))
        {
            return new DetectedEncoding(new UTF8Encoding(false, true), "UTF-8", null, 0);
        }

        var sample = ReadSample(stream, LegacyEncodingGuess.SampleBytes);
        if (Utf16WithoutBom(sample) is { } utf16)
        {
            return utf16;
        }

        if (sample.AsSpan().Contains((byte)0) || MostlyUtf8(sample))
        {
            // NUL bytes that are not UTF-16, or UTF-8 with a few bad bytes: report the first bad byte, do not guess.
            return Utf8Checked(stream, file, errors, null, 0);
        }

        if (LegacyEncodingGuess.Decide(sample, out var problem) is { } guess)
        {
            return new DetectedEncoding(guess.Encoding, guess.Name, guess.Reason, 0);
        }

        errors.Add(ImportError.At(file, 0, null, null, problem!));
        return null;
    }

    private static DetectedEncoding? Given(Stream stream, string given, string file, (string? Name, int Length) bom, ErrorList errors)
    {
        if (Resolve(given) is not { } encoding)
        {
            errors.Add(ImportError.At(file, 0, "encoding", given, "is not an encoding name (e.g. utf-8, utf-16, utf-16be, windows-1251, windows-1252, windows-1254, koi8-r)"));
            return null;
        }

        var name = DisplayName(encoding);
        if (bom.Name is not null && bom.Name != name)
        {
            errors.Add(ImportError.At(file, 1, "encoding", given, $"does not match the file's {bom.Name} byte-order mark: leave the encoding to detection"));
            return null;
        }

        return encoding.CodePage == 65001
            ? Utf8Checked(stream, file, errors, "given", bom.Length)
            : new DetectedEncoding(encoding, name, "given", bom.Length);
    }

    private static DetectedEncoding? Utf8Checked(Stream stream, string file, ErrorList errors, string? reason, int bomLength)
    {
        if (!TextEncodingCheck.IsCleanUtf8(stream) && TextEncodingCheck.Locate(stream, file) is { } error)
        {
            errors.Add(error);
            return null;
        }

        return new DetectedEncoding(new UTF8Encoding(false, true), "UTF-8", reason, bomLength);
    }

    private static (string? Name, int Length) Bom(ReadOnlySpan<byte> head) => head switch
    {
        [0xFF, 0xFE, 0, 0, ..] or [0, 0, 0xFE, 0xFF, ..] => ("UTF-32", 4),
        [0xFF, 0xFE, ..] => ("UTF-16 LE", 2),
        [0xFE, 0xFF, ..] => ("UTF-16 BE", 2),
        [0xEF, 0xBB, 0xBF, ..] => ("UTF-8", 3),
        _ => (null, 0),
    };

    /// <summary>ASCII text in UTF-16 has a NUL in every other byte: at odd positions for LE, even for BE.</summary>
    private static DetectedEncoding? Utf16WithoutBom(byte[] sample)
    {
        var pairs = Math.Min(sample.Length / 2, 4096);
        if (pairs < 2)
        {
            return null;
        }

        int zeroEven = 0, zeroOdd = 0;
        for (var i = 0; i < pairs * 2; i += 2)
        {
            zeroEven += sample[i] == 0 ? 1 : 0;
            zeroOdd += sample[i + 1] == 0 ? 1 : 0;
        }

        const string Reason = "no byte-order mark; every other byte is NUL";
        return zeroOdd * 10 >= pairs * 9 && zeroEven == 0 ? new DetectedEncoding(Strict(Encoding.Unicode), "UTF-16 LE", Reason, 0)
            : zeroEven * 10 >= pairs * 9 && zeroOdd == 0 ? new DetectedEncoding(Strict(Encoding.BigEndianUnicode), "UTF-16 BE", Reason, 0)
            : null;
    }

    /// <summary>
    /// Whether most non-ASCII bytes of the sample form valid UTF-8 sequences: then it is a UTF-8 file with a few bad
    /// bytes (Windows-1251 or -1252 text almost never forms them), not one to read as another encoding.
    /// </summary>
    private static bool MostlyUtf8(byte[] sample)
    {
        int valid = 0, invalid = 0;
        var rest = sample.AsSpan();
        while (rest.Length > 0)
        {
            var status = System.Text.Rune.DecodeFromUtf8(rest, out _, out var consumed);
            if (rest[0] >= 0x80)
            {
                if (status == System.Buffers.OperationStatus.Done)
                {
                    valid += consumed;
                }
                else if (status == System.Buffers.OperationStatus.InvalidData)
                {
                    invalid++;
                }
            }

            rest = rest[Math.Max(1, consumed)..];
        }

        return valid > invalid;
    }

    private static Encoding Strict(Encoding encoding) =>
        Encoding.GetEncoding(encoding.CodePage, EncoderFallback.ExceptionFallback, new DecoderReplacementFallback(Undefined.ToString()));

    private static byte[] ReadSample(Stream stream, int max)
    {
        stream.Position = 0;
        var length = (int)Math.Min(max, stream.Length);
        var sample = new byte[length];
        stream.ReadExactly(sample);
        return sample;
    }

    /// <summary>Decodes the whole file: a byte without a character in the encoding, or a NUL character, is an error with its line.</summary>
    private static ImportError? Check(Stream stream, DetectedEncoding detected, string file)
    {
        if (detected.Encoding.CodePage == 65001)
        {
            return null; // checked above, faster
        }

        stream.Position = detected.PreambleBytes;
        var decoder = detected.Encoding.GetDecoder();
        var bytes = ArrayPool<byte>.Shared.Rent(1 << 16);
        var chars = ArrayPool<char>.Shared.Rent(detected.Encoding.GetMaxCharCount(1 << 16));
        try
        {
            var position = new LineCounter();
            int read;
            do
            {
                read = stream.Read(bytes, 0, 1 << 16);
                var count = decoder.GetChars(bytes, 0, read, chars, 0, flush: read == 0);
                foreach (var c in chars.AsSpan(0, count))
                {
                    if (c is '\0' or Undefined || (c is >= '\u0080' and <= '\u009F' && detected.Encoding.IsSingleByte))
                    {
                        var what = c == '\0' ? "a NUL character" : $"a byte that is not a character in {detected.Name}";
                        return ImportError.At(file, position.Line, null, null, string.Create(CultureInfo.InvariantCulture,
                            $"has {what} at character {position.Column}: give the file's encoding, or save it as UTF-8"));
                    }

                    position.Advance(c);
                }
            }
            while (read > 0);
            return null;
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(bytes);
            ArrayPool<char>.Shared.Return(chars);
        }
    }
}

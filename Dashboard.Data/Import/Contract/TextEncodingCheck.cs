using System.Buffers;
using System.Globalization;
using System.Text;
using System.Text.Unicode;
using Dashboard.Data.Import.Tables;

namespace Dashboard.Data.Import.Contract;

/// <summary>
/// Checks that a file is UTF-8 before any of it is parsed, so a UTF-16/UTF-32 or Windows-1251 file is rejected with the
/// line and column of the first bad byte instead of being loaded as mojibake. NUL characters are rejected too: they are
/// never text in a CSV and are what a UTF-16 file without a byte-order mark looks like.
/// </summary>
public static class TextEncodingCheck
{
    /// <summary>Returns null when the stream is valid UTF-8 (BOM allowed); otherwise the error. Leaves the position unspecified.</summary>
    public static ImportError? Check(Stream stream, string file)
    {
        stream.Position = 0;
        Span<byte> bom = stackalloc byte[4];
        var n = stream.ReadAtLeast(bom, 4, throwOnEndOfStream: false);
        // UTF-32 LE's mark starts with UTF-16 LE's, so it is tested first.
        if (n >= 4 && ((bom[0] == 0xFF && bom[1] == 0xFE && bom[2] == 0 && bom[3] == 0) || (bom[0] == 0 && bom[1] == 0 && bom[2] == 0xFE && bom[3] == 0xFF)))
        {
            return ImportError.At(file, 1, null, null, "is UTF-32 encoded: save it as UTF-8 (CSV UTF-8 in Excel)");
        }

        if (n >= 2 && ((bom[0] == 0xFF && bom[1] == 0xFE) || (bom[0] == 0xFE && bom[1] == 0xFF)))
        {
            return ImportError.At(file, 1, null, null, "is UTF-16 encoded: save it as UTF-8 (CSV UTF-8 in Excel)");
        }

        // A vectorised pass accepts clean files quickly; only a file that fails it is decoded again to locate the problem.
        return IsCleanUtf8(stream) ? null : Locate(stream, file);
    }

    /// <summary>The first encoding error of a stream that is not clean UTF-8, with its real line (CR, LF and CR LF all end a line).</summary>
    internal static ImportError? Locate(Stream stream, string file)
    {
        stream.Position = 0;
        var buffer = ArrayPool<byte>.Shared.Rent(1 << 16);
        var chars = ArrayPool<char>.Shared.Rent(1 << 16);
        try
        {
            var position = new LineCounter();
            var carry = 0;
            while (true)
            {
                var read = stream.Read(buffer, carry, buffer.Length - carry);
                var available = carry + read;
                var final = read == 0;
                if (available == 0)
                {
                    return null;
                }

                var status = Utf8.ToUtf16(buffer.AsSpan(0, available), chars, out var consumed, out var written,
                    replaceInvalidSequences: false, isFinalBlock: final);
                if (!position.AdvanceUntilNul(chars.AsSpan(0, written)))
                {
                    return ImportError.At(file, position.Line, null, null, string.Create(CultureInfo.InvariantCulture,
                        $"has a NUL character at character {position.Column} (the file may be UTF-16 without a byte-order mark, or not text): save it as UTF-8"));
                }

                if (status == OperationStatus.InvalidData)
                {
                    var bad = buffer[consumed];
                    return ImportError.At(file, position.Line, null, null, string.Create(CultureInfo.InvariantCulture,
                        $"is not valid UTF-8 at character {position.Column} (byte 0x{bad:X2}; the file may be Windows-1251 or Latin-1): save it as UTF-8"));
                }

                carry = available - consumed;
                if (carry > 0)
                {
                    Array.Copy(buffer, consumed, buffer, 0, carry);
                }

                if (final)
                {
                    return null;
                }
            }
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
            ArrayPool<char>.Shared.Return(chars);
        }
    }

    /// <summary>Whether the whole stream is valid UTF-8 without NUL characters.</summary>
    internal static bool IsCleanUtf8(Stream stream)
    {
        stream.Position = 0;
        var buffer = ArrayPool<byte>.Shared.Rent(1 << 16);
        try
        {
            var carry = 0;
            while (true)
            {
                var read = stream.Read(buffer, carry, buffer.Length - carry);
                var available = carry + read;
                if (read == 0)
                {
                    return IsClean(buffer.AsSpan(0, available));
                }

                // A sequence cut by the end of the buffer is checked with the next read.
                var cut = WholeSequences(buffer.AsSpan(0, available));
                if (!IsClean(buffer.AsSpan(0, cut)))
                {
                    return false;
                }

                carry = available - cut;
                buffer.AsSpan(cut, carry).CopyTo(buffer);
            }
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    private static bool IsClean(ReadOnlySpan<byte> bytes) => Utf8.IsValid(bytes) && !bytes.Contains((byte)0);

    /// <summary>The length of the prefix that ends with a complete UTF-8 sequence.</summary>
    private static int WholeSequences(ReadOnlySpan<byte> bytes)
    {
        for (var i = bytes.Length - 1; i >= 0 && i >= bytes.Length - 4; i--)
        {
            var b = bytes[i];
            if ((b & 0xC0) == 0x80)
            {
                continue;
            }

            var length = b < 0x80 ? 1 : (b & 0xE0) == 0xC0 ? 2 : (b & 0xF0) == 0xE0 ? 3 : (b & 0xF8) == 0xF0 ? 4 : 1;
            return i + length <= bytes.Length ? bytes.Length : i;
        }

        // Only continuation bytes at the end: invalid either way, and the validation says so.
        return bytes.Length;
    }
}

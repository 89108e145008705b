using System.Buffers;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Unicode;

namespace Dashboard.Data.Import;

/// <summary>
/// Checks that a file is UTF-8 before any of it is parsed, so a UTF-16/UTF-32 or Windows-1251 file is rejected with the
/// line and column of the first bad byte instead of being loaded as mojibake. NUL characters are rejected too: they are
/// never text in a CSV and are what a UTF-16 file without a byte-order mark looks like.
/// </summary>
public static class TextEncodingCheck
{
    /// <summary>Returns null when the stream is valid UTF-8 (BOM allowed); otherwise the error. Leaves the position unspecified.</summary>
    public static ImportError? Check(Stream stream, string file) => Check(stream, file, hash: null);

    /// <summary>As <see cref="Check(Stream, string)"/>, also feeding every byte to <paramref name="hash"/> (one pass for both).</summary>
    internal static ImportError? Check(Stream stream, string file, IncrementalHash? hash)
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

        stream.Position = 0;
        var buffer = ArrayPool<byte>.Shared.Rent(1 << 16);
        var chars = ArrayPool<char>.Shared.Rent(1 << 16);
        try
        {
            int line = 1, column = 1, carry = 0;
            while (true)
            {
                var read = stream.Read(buffer, carry, buffer.Length - carry);
                hash?.AppendData(buffer, carry, read);
                var available = carry + read;
                var final = read == 0;
                if (available == 0)
                {
                    return null;
                }

                var status = Utf8.ToUtf16(buffer.AsSpan(0, available), chars, out var consumed, out var written,
                    replaceInvalidSequences: false, isFinalBlock: final);
                if (!Advance(chars.AsSpan(0, written), ref line, ref column))
                {
                    return ImportError.At(file, line, null, null, string.Create(CultureInfo.InvariantCulture,
                        $"has a NUL character at character {column} (the file may be UTF-16 without a byte-order mark, or not text): save it as UTF-8"));
                }

                if (status == OperationStatus.InvalidData)
                {
                    var bad = buffer[consumed];
                    return ImportError.At(file, line, null, null, string.Create(CultureInfo.InvariantCulture,
                        $"is not valid UTF-8 at character {column} (byte 0x{bad:X2}; the file may be Windows-1251 or Latin-1): save it as UTF-8"));
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

    /// <summary>Moves line and column past the text; stops at a NUL character and returns false there.</summary>
    private static bool Advance(ReadOnlySpan<char> text, ref int line, ref int column)
    {
        foreach (var c in text)
        {
            if (c == '\n')
            {
                line++;
                column = 1;
            }
            else if (c == '\0')
            {
                return false;
            }
            else
            {
                column++;
            }
        }

        return true;
    }
}

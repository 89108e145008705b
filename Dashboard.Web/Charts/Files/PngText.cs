using System.Buffers.Binary;
using System.Text;

namespace Dashboard.Web.Charts.Files;

/// <summary>
/// Writes and reads PNG text chunks, inserted right after IHDR. Values representable in Latin-1 go into <c>tEXt</c>.
/// Others (e.g. Turkish ı) get a Latin-1 transliteration in <c>tEXt</c> — some tools, such as ImageMagick's
/// <c>identify -verbose</c>, show only tEXt — followed by the exact text as UTF-8 in <c>iTXt</c> under the same
/// keyword (readers that know iTXt, such as exiftool and <see cref="Read"/>, take that one).
/// </summary>
public static class PngText
{
    private static readonly byte[] Signature = [137, 80, 78, 71, 13, 10, 26, 10];
    private static readonly Encoding Latin1 = Encoding.Latin1;

    public static byte[] Insert(byte[] png, IEnumerable<KeyValuePair<string, string>> entries)
    {
        if (png.Length < 33 || !png.AsSpan(0, 8).SequenceEqual(Signature))
        {
            throw new ArgumentException("Not a PNG file.", nameof(png));
        }

        // IHDR is always first: 8 signature + 4 length + 4 type + 13 data + 4 CRC.
        const int AfterIhdr = 8 + 4 + 4 + 13 + 4;
        using var output = new MemoryStream(png.Length + 1024);
        output.Write(png, 0, AfterIhdr);
        foreach (var (key, value) in entries)
        {
            WriteChunk(output, key, value ?? "");
        }

        output.Write(png, AfterIhdr, png.Length - AfterIhdr);
        return output.ToArray();
    }

    /// <summary>All text chunks as keyword → text, in file order; an iTXt replaces the tEXt transliteration of its keyword.</summary>
    public static IReadOnlyList<KeyValuePair<string, string>> Read(ReadOnlySpan<byte> png)
    {
        var result = new List<KeyValuePair<string, string>>();
        var pos = 8;
        while (pos + 12 <= png.Length)
        {
            var length = (int)BinaryPrimitives.ReadUInt32BigEndian(png[pos..]);
            var type = Encoding.ASCII.GetString(png.Slice(pos + 4, 4));
            if (length < 0 || pos + 12 + length > png.Length)
            {
                break;
            }

            var data = png.Slice(pos + 8, length);
            var zero = data.IndexOf((byte)0);
            if (type == "tEXt" && zero > 0)
            {
                result.Add(new(Latin1.GetString(data[..zero]), Latin1.GetString(data[(zero + 1)..])));
            }
            else if (type == "iTXt" && zero > 0)
            {
                // keyword \0 compression-flag compression-method language \0 translated-keyword \0 text
                var rest = data[(zero + 3)..];
                var lang = rest.IndexOf((byte)0);
                var translated = rest[(lang + 1)..].IndexOf((byte)0);
                var text = rest[(lang + 1 + translated + 1)..];
                var key = Latin1.GetString(data[..zero]);
                result.RemoveAll(e => e.Key == key);
                result.Add(new(key, Encoding.UTF8.GetString(text)));
            }

            if (type == "IEND")
            {
                break;
            }

            pos += 12 + length;
        }

        return result;
    }

    /// <summary>Width and height from the IHDR chunk.</summary>
    public static (int Width, int Height) ReadSize(ReadOnlySpan<byte> png) =>
        ((int)BinaryPrimitives.ReadUInt32BigEndian(png[16..]), (int)BinaryPrimitives.ReadUInt32BigEndian(png[20..]));

    private static void WriteChunk(Stream output, string keyword, string text)
    {
        text = text.Replace("\0", "", StringComparison.Ordinal);
        var key = Latin1.GetBytes(keyword.Length <= 79 ? keyword : keyword[..79]);
        if (CanLatin1(text))
        {
            WriteRaw(output, "tEXt", [.. key, 0, .. Latin1.GetBytes(text)]);
            return;
        }

        WriteRaw(output, "tEXt", [.. key, 0, .. Latin1.GetBytes(ToLatin1(text))]);
        WriteRaw(output, "iTXt", [.. key, 0, 0, 0, 0, 0, .. Encoding.UTF8.GetBytes(text)]);
    }

    /// <summary>Latin-1 approximation: accents the Latin-1 range lacks are dropped, dashes and quotes simplified.</summary>
    public static string ToLatin1(string text)
    {
        var sb = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            if (c <= 0xFF)
            {
                sb.Append(c);
                continue;
            }

            var replacement = c switch
            {
                'ı' => "i",
                'İ' => "I",
                '–' or '—' or '−' => "-",
                '“' or '”' or '„' => "\"",
                '‘' or '’' => "'",
                '…' => "...",
                '→' => "->",
                _ => null,
            };
            if (replacement is null)
            {
                var decomposed = c.ToString().Normalize(NormalizationForm.FormD);
                replacement = decomposed.Length > 0 && decomposed[0] <= 0xFF ? decomposed[..1] : "?";
            }

            sb.Append(replacement);
        }

        return sb.ToString();
    }

    private static void WriteRaw(Stream output, string type, byte[] data)
    {
        Span<byte> header = stackalloc byte[8];
        BinaryPrimitives.WriteUInt32BigEndian(header, (uint)data.Length);
        Encoding.ASCII.GetBytes(type, header[4..]);
        output.Write(header);
        output.Write(data);
        var crc = Crc32.Append(Crc32.Compute(header[4..]), data);
        Span<byte> crcBytes = stackalloc byte[4];
        BinaryPrimitives.WriteUInt32BigEndian(crcBytes, crc);
        output.Write(crcBytes);
    }

    private static bool CanLatin1(string text) => text.All(c => c <= 0xFF && c != 0);
}

using System.Buffers.Binary;
using System.IO.Compression;
using System.Text;

namespace Dashboard.Tests.Support;

/// <summary>
/// Reads what tests check in a PNG without a decoder and independently of the app's own reader: the IHDR size and
/// the text chunks (tEXt Latin-1, zTXt compressed, iTXt UTF-8), failing on a bad signature, a truncated chunk or a
/// wrong CRC.
/// </summary>
public sealed class PngInfo
{
    private static readonly byte[] Signature = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A];

    private PngInfo(int width, int height, IReadOnlyList<string> chunkTypes, IReadOnlyList<PngTextChunk> textChunks)
    {
        Width = width;
        Height = height;
        ChunkTypes = chunkTypes;
        TextChunks = textChunks;
    }

    public int Width { get; }
    public int Height { get; }
    public IReadOnlyList<string> ChunkTypes { get; }

    /// <summary>Every text chunk in file order (a keyword may repeat: a Latin-1 tEXt and the exact iTXt).</summary>
    public IReadOnlyList<PngTextChunk> TextChunks { get; }

    /// <summary>The exact text for a keyword: its iTXt when there is one, else its tEXt/zTXt; null when absent.</summary>
    public string? Text(string keyword) =>
        (TextChunks.FirstOrDefault(c => c.Keyword == keyword && c.Type == "iTXt") ?? TextChunks.FirstOrDefault(c => c.Keyword == keyword))?.Text;

    public static PngInfo Read(byte[] png)
    {
        if (png.Length < 8 || !png.AsSpan(0, 8).SequenceEqual(Signature))
        {
            throw new InvalidDataException("not a PNG: signature missing");
        }

        int width = 0, height = 0;
        var types = new List<string>();
        var texts = new List<PngTextChunk>();
        var pos = 8;
        while (pos < png.Length)
        {
            if (pos + 12 > png.Length)
            {
                throw new InvalidDataException($"truncated chunk header at byte {pos}");
            }

            var length = (int)BinaryPrimitives.ReadUInt32BigEndian(png.AsSpan(pos, 4));
            var type = Encoding.ASCII.GetString(png, pos + 4, 4);
            if (length < 0 || pos + 12 + length > png.Length)
            {
                throw new InvalidDataException($"chunk {type} at byte {pos} runs past the end");
            }

            var data = png.AsSpan(pos + 8, length);
            var crc = BinaryPrimitives.ReadUInt32BigEndian(png.AsSpan(pos + 8 + length, 4));
            if (crc != Crc(png.AsSpan(pos + 4, 4 + length)))
            {
                throw new InvalidDataException($"chunk {type} at byte {pos} has a wrong CRC");
            }

            types.Add(type);
            switch (type)
            {
                case "IHDR":
                    width = (int)BinaryPrimitives.ReadUInt32BigEndian(data[..4]);
                    height = (int)BinaryPrimitives.ReadUInt32BigEndian(data.Slice(4, 4));
                    break;
                case "tEXt":
                    texts.Add(Split("tEXt", data, d => Encoding.Latin1.GetString(d)));
                    break;
                case "zTXt":
                    texts.Add(Split("zTXt", data, d => Encoding.Latin1.GetString(Inflate(d[1..]))));
                    break;
                case "iTXt":
                    texts.Add(ReadInternational(data));
                    break;
            }

            pos += 12 + length;
            if (type == "IEND")
            {
                break;
            }
        }

        if (types.Count == 0 || types[0] != "IHDR" || types[^1] != "IEND")
        {
            throw new InvalidDataException("PNG must start with IHDR and end with IEND");
        }

        return new PngInfo(width, height, types, texts);
    }

    private static PngTextChunk Split(string type, ReadOnlySpan<byte> data, Func<byte[], string> text)
    {
        var nul = data.IndexOf((byte)0);
        return new(type, Encoding.Latin1.GetString(data[..nul]), text(data[(nul + 1)..].ToArray()));
    }

    private static PngTextChunk ReadInternational(ReadOnlySpan<byte> data)
    {
        // keyword \0 compression-flag compression-method language \0 translated-keyword \0 text
        var nul = data.IndexOf((byte)0);
        var keyword = Encoding.Latin1.GetString(data[..nul]);
        var compressed = data[nul + 1] == 1;
        var rest = data[(nul + 3)..];
        rest = rest[(rest.IndexOf((byte)0) + 1)..];
        rest = rest[(rest.IndexOf((byte)0) + 1)..];
        var bytes = compressed ? Inflate(rest.ToArray()) : rest.ToArray();
        return new("iTXt", keyword, Encoding.UTF8.GetString(bytes));
    }

    private static readonly uint[] CrcTable = Enumerable.Range(0, 256).Select(n =>
    {
        var c = (uint)n;
        for (var k = 0; k < 8; k++)
        {
            c = (c & 1) != 0 ? 0xEDB88320u ^ (c >> 1) : c >> 1;
        }

        return c;
    }).ToArray();

    /// <summary>CRC-32 (ISO 3309, as the PNG spec gives it) over chunk type and data.</summary>
    private static uint Crc(ReadOnlySpan<byte> bytes)
    {
        var crc = 0xFFFFFFFFu;
        foreach (var b in bytes)
        {
            crc = CrcTable[(crc ^ b) & 0xFF] ^ (crc >> 8);
        }

        return crc ^ 0xFFFFFFFFu;
    }

    private static byte[] Inflate(byte[] zlib)
    {
        using var input = new ZLibStream(new MemoryStream(zlib), CompressionMode.Decompress);
        using var output = new MemoryStream();
        input.CopyTo(output);
        return output.ToArray();
    }
}

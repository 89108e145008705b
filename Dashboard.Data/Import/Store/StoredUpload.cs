using System.IO.Compression;

namespace Dashboard.Data.Import.Store;

/// <summary>An uploaded file as kept in the <c>uploads</c> table: gzip-compressed bytes and the original size.</summary>
public sealed record StoredUpload(byte[] Gzip, long SizeBytes)
{
    /// <summary>Compresses a whole seekable stream (read from the start) for keeping.</summary>
    public static StoredUpload Compress(Stream file)
    {
        file.Position = 0;
        using var output = new MemoryStream();
        using (var gzip = new GZipStream(output, CompressionLevel.Fastest, leaveOpen: true))
        {
            file.CopyTo(gzip);
        }

        return new StoredUpload(output.ToArray(), file.Length);
    }

    /// <summary>The original bytes as a readable, seekable stream.</summary>
    public static MemoryStream Decompress(byte[] gzip)
    {
        var output = new MemoryStream();
        using (var input = new GZipStream(new MemoryStream(gzip), CompressionMode.Decompress))
        {
            input.CopyTo(output);
        }

        output.Position = 0;
        return output;
    }
}

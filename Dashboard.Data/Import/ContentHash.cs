using System.Security.Cryptography;
using System.Text;

namespace Dashboard.Data.Import;

/// <summary>SHA-256 content hashes: of one file (a dataset's version) and of a data folder (the store's build key).</summary>
public static class ContentHash
{
    /// <summary>The hash <see cref="OfFile"/> computes, fed incrementally (see <see cref="Finish"/>).</summary>
    public static IncrementalHash Start() => IncrementalHash.CreateHash(HashAlgorithmName.SHA256);

    public static string Finish(IncrementalHash hash) => Convert.ToHexStringLower(hash.GetHashAndReset());

    public static string OfFile(string path)
    {
        using var stream = File.OpenRead(path);
        return Convert.ToHexStringLower(SHA256.HashData(stream));
    }

    /// <summary>
    /// Hash over the relative paths and bytes of every CSV file under <paramref name="folder"/> and every GeoJSON file
    /// (the map geometry in <c>geo/</c>), so a changed geometry file changes the store's build key and data version too.
    /// </summary>
    public static string OfFolder(string folder)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        var files = Directory.GetFiles(folder, "*", SearchOption.AllDirectories)
            .Where(f => f.EndsWith(".csv", StringComparison.Ordinal) || f.EndsWith(".geojson", StringComparison.Ordinal))
            .Select(f => (Full: f, Relative: Path.GetRelativePath(folder, f).Replace('\\', '/')))
            .OrderBy(f => f.Relative, StringComparer.Ordinal);
        var buffer = new byte[1 << 16];
        foreach (var (full, relative) in files)
        {
            hash.AppendData(Encoding.UTF8.GetBytes(relative + "\n"));
            using var stream = File.OpenRead(full);
            int read;
            while ((read = stream.Read(buffer, 0, buffer.Length)) > 0)
            {
                hash.AppendData(buffer, 0, read);
            }

            hash.AppendData("\n"u8);
        }

        return Convert.ToHexStringLower(hash.GetHashAndReset());
    }
}

using Microsoft.Data.Sqlite;

namespace Dashboard.Tests.Support;

/// <summary>
/// A folder of its own under the temp folder, created at once and deleted on dispose, after SQLite has released its
/// pooled connections to any store inside it. Tests keep their stores, uploads and outputs here.
/// </summary>
public sealed class TempFolder : IDisposable
{
    public TempFolder(string prefix = "geoai-") => Path = Directory.CreateTempSubdirectory(prefix).FullName;

    public string Path { get; }

    /// <summary>A path inside the folder.</summary>
    public string File(string name) => System.IO.Path.Combine(Path, name);

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(Path, recursive: true);
        }
        catch (IOException)
        {
            // A file still open in a killed child process: the temp folder keeps it, the test result stands.
        }
    }
}

using Dashboard.Data;
using Microsoft.Data.Sqlite;

namespace Dashboard.Tests.Support;

/// <summary>A real SQLite file in a temp directory with the current schema applied.</summary>
public sealed class TestDatabase : IDisposable
{
    private readonly string _directory;

    public TestDatabase()
    {
        _directory = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "geoai-db-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(_directory);
        Database = new Database(System.IO.Path.Combine(_directory, "test.db"));
        using var c = Database.Open();
        Database.ApplySchema(c);
    }

    public Database Database { get; }

    public SqliteConnection Open() => Database.Open();

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(_directory, recursive: true);
        }
        catch (IOException)
        {
        }
    }
}

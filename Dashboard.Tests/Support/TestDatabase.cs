using Dashboard.Data;
using Microsoft.Data.Sqlite;

namespace Dashboard.Tests.Support;

/// <summary>A real SQLite file in a temp folder of its own with the current schema applied.</summary>
public sealed class TestDatabase : IDisposable
{
    private readonly TempFolder _folder = new("geoai-db-");

    public TestDatabase()
    {
        Database = new Database(_folder.File("test.db"));
        using var c = Database.Open();
        Database.ApplySchema(c);
    }

    public Database Database { get; }

    public SqliteConnection Open() => Database.Open();

    public void Dispose() => _folder.Dispose();
}

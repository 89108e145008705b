using Microsoft.Data.Sqlite;

namespace Dashboard.Tests.Support;

/// <summary>
/// Hosts the whole app in memory against a SQLite store in a fresh temp folder, built from the shipped
/// <c>data/</c> (copied to the test output) or from another data folder (e.g. a <see cref="TestDataFolder"/>).
/// Extra settings are applied after the defaults.
/// </summary>
public class DashboardFactory : TestAppFactory
{
    private readonly IReadOnlyDictionary<string, string?> _settings;

    public DashboardFactory()
        : this(dataDirectory: null)
    {
    }

    public DashboardFactory(string? dataDirectory, IReadOnlyDictionary<string, string?>? settings = null)
    {
        DatabasePath = Path.Combine(Directory, "dashboard.db");
        DataDirectory = dataDirectory ?? Path.Combine(AppContext.BaseDirectory, "data");
        _settings = settings ?? new Dictionary<string, string?>();
    }

    public string DatabasePath { get; }

    public string DataDirectory { get; }

    protected override IEnumerable<KeyValuePair<string, string?>> Settings =>
        new Dictionary<string, string?> { ["Data:DatabasePath"] = DatabasePath, ["Data:DataDirectory"] = DataDirectory }.Concat(_settings);

    /// <summary>
    /// Gives the store a new data version from a connection of its own, as an import by the CLI in another process
    /// would, while the app keeps running.
    /// </summary>
    public void ChangeDataVersionElsewhere(string version = "changed-elsewhere")
    {
        using var c = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = DatabasePath, Pooling = false }.ToString());
        c.Open();
        using var update = c.CreateCommand();
        update.CommandText = "UPDATE meta SET value = $version WHERE key = 'data_version'";
        update.Parameters.AddWithValue("$version", version);
        if (update.ExecuteNonQuery() != 1)
        {
            throw new InvalidOperationException("The store has no data version to change.");
        }
    }
}

using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Data.Sqlite;

namespace Dashboard.Tests.Support;

/// <summary>
/// Hosts the whole app in memory against a SQLite store in a fresh temp folder, built from the shipped
/// <c>data/</c> (copied to the test output) or from another data folder (e.g. a <see cref="TestDataFolder"/>).
/// Extra settings are applied with <c>UseSetting</c>, after the defaults.
/// </summary>
public class DashboardFactory : WebApplicationFactory<Program>
{
    private readonly string _directory;
    private readonly IReadOnlyDictionary<string, string?> _settings;

    public DashboardFactory()
        : this(dataDirectory: null)
    {
    }

    public DashboardFactory(string? dataDirectory, IReadOnlyDictionary<string, string?>? settings = null)
    {
        _directory = Path.Combine(Path.GetTempPath(), "geoai-web-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(_directory);
        DatabasePath = Path.Combine(_directory, "dashboard.db");
        DataDirectory = dataDirectory ?? Path.Combine(AppContext.BaseDirectory, "data");
        _settings = settings ?? new Dictionary<string, string?>();
    }

    public string DatabasePath { get; }

    public string DataDirectory { get; }

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

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseSetting("Data:DatabasePath", DatabasePath);
        builder.UseSetting("Data:DataDirectory", DataDirectory);
        foreach (var (key, value) in _settings)
        {
            builder.UseSetting(key, value);
        }
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing)
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
}

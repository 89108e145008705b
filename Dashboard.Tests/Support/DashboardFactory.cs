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

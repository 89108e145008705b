using Dapper;
using Dashboard.Data;
using Dashboard.Data.Feeds;
using Dashboard.Web.Feeds;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Dashboard.Tests.Support;

/// <summary>
/// A store built from a <see cref="TestDataFolder"/>, a <see cref="FeedFixtureServer"/> on loopback, and the app's own
/// feed HTTP client (<see cref="FeedHttpRegistration.AddFeedHttp"/>) with the private-address rule relaxed for the
/// loopback server (only here, in tests) and short retry waits; a clock the test moves. Binds and refreshes feeds
/// the way the app does.
/// </summary>
public sealed class FeedHarness : IAsyncDisposable
{
    private readonly ServiceProvider _services;

    private FeedHarness(TestDataFolder folder, string directory, FeedFixtureServer server, ServiceProvider services)
    {
        Folder = folder;
        Directory = directory;
        Server = server;
        _services = services;
        DatabasePath = Path.Combine(directory, "store.db");
        Database = new Database(DatabasePath);
        Database.EnsureBuilt(folder.Path);
    }

    public TestDataFolder Folder { get; }

    public string Directory { get; }

    public string DatabasePath { get; }

    public Database Database { get; }

    public FeedFixtureServer Server { get; }

    public ManualClock Clock { get; } = new(new DateTimeOffset(2026, 4, 10, 6, 0, 0, TimeSpan.Zero));

    public FeedStore Store => new(Database);

    public FeedOptions Options => _services.GetRequiredService<IOptions<FeedOptions>>().Value;

    /// <summary>The settings a web app needs to fetch from this harness's server (the same as the harness's own).</summary>
    public IReadOnlyDictionary<string, string?> Settings { get; private set; } = new Dictionary<string, string?>();

    public static async Task<FeedHarness> StartAsync(IReadOnlyDictionary<string, string?>? settings = null)
    {
        var server = await FeedFixtureServer.StartAsync();
        var all = new Dictionary<string, string?>
        {
            ["Feeds:AllowedHosts"] = server.Host,
            ["Feeds:AllowPrivateAddresses"] = "true",
            ["Feeds:RetryDelayMilliseconds"] = "20",
            ["Feeds:MaxRetries"] = "2",
            ["Feeds:AttemptTimeoutSeconds"] = "2",
            ["Feeds:TimeoutSeconds"] = "60",
        };
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            all[key] = value;
        }

        var configuration = new ConfigurationBuilder().AddInMemoryCollection(all).Build();
        var services = new ServiceCollection().AddSingleton<IConfiguration>(configuration).AddLogging().AddFeedHttp().BuildServiceProvider();
        var directory = Path.Combine(Path.GetTempPath(), "geoai-feeds-" + Guid.NewGuid().ToString("N"));
        System.IO.Directory.CreateDirectory(directory);
        return new FeedHarness(new TestDataFolder(), directory, server, services) { Settings = all };
    }

    public static byte[] Fixture(string name) => File.ReadAllBytes(Path.Combine(AppContext.BaseDirectory, "TestData", "feeds", name));

    public static string FixtureText(string name) => File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "TestData", "feeds", name));

    public FeedHttp Http() => FeedHttpRegistration.Create(_services.GetRequiredService<IHttpClientFactory>(), Options);

    /// <summary>Binds a dataset to a path of the fixture server; fails the test on any problem.</summary>
    public Feed Bind(string id, FeedKind kind, string pathAndQuery, string? sourceId = null, FeedReading? reading = null, FeedSchedule schedule = FeedSchedule.Daily)
    {
        var problems = Store.Add(new Feed
        {
            Id = id, Kind = kind, Url = Server.Url(pathAndQuery), Schedule = schedule, DatasetId = id, SourceId = sourceId,
            Reading = reading ?? FeedReading.Detect, CreatedAt = Clock.GetUtcNow(),
        }, FeedConnectors.All, Options.Limits);
        Assert.True(problems.Count == 0, string.Join("; ", problems.Select(p => p.Key + ": " + p.Value)));
        return Store.Get(id)!;
    }

    public Task<FeedRefreshResult> RefreshAsync(string id, TimeSpan? timeout = null) =>
        new FeedRefresher(Database, FeedConnectors.All, Clock).RefreshAsync(Store.Get(id)!, Http(), "test", timeout ?? TimeSpan.FromSeconds(Options.TimeoutSeconds), CancellationToken.None);

    /// <summary>The World Bank fixture: edition 1 or 2, two pages each, at the path of the feed.</summary>
    public void ServeWorldBank(string path, int edition, string? etag = null)
    {
        Server.On(path + "?format=json&per_page=1000&page=1", FixtureResponse.Json(FixtureText($"wb-e{edition}-p1.json"), etag));
        Server.On(path + "?format=json&per_page=1000&page=2", FixtureResponse.Json(FixtureText($"wb-e{edition}-p2.json")));
    }

    public double? Value(string indicator, string entity, string period)
    {
        using var c = Database.Open();
        return c.ExecuteScalar<double?>("SELECT value FROM observations WHERE indicator_id = @indicator AND entity_code = @entity AND period = @period",
            new { indicator, entity, period });
    }

    public long Scalar(string sql, object? args = null)
    {
        using var c = Database.Open();
        return c.ExecuteScalar<long>(sql, args);
    }

    /// <summary>Everything a failed refresh must leave as it was: rows, revisions, uploads, datasets.</summary>
    public string DataFingerprint()
    {
        using var c = Database.Open();
        return string.Join("|",
            c.Query<string>("SELECT indicator_id || entity_code || period || CAST(value AS TEXT) || source_id FROM observations ORDER BY 1"))
            + "#" + string.Join("|", c.Query<string>("SELECT id || content_hash || IFNULL(rows_hash, '') FROM datasets ORDER BY 1"))
            + "#" + c.ExecuteScalar<long>("SELECT COUNT(*) FROM revision_changes")
            + "#" + c.ExecuteScalar<long>("SELECT COUNT(*) FROM uploads");
    }

    public async ValueTask DisposeAsync()
    {
        await Server.DisposeAsync();
        await _services.DisposeAsync();
        Folder.Dispose();
        SqliteConnection.ClearAllPools();
        try
        {
            System.IO.Directory.Delete(Directory, recursive: true);
        }
        catch (IOException)
        {
        }
    }
}

using System.Diagnostics;
using System.Globalization;
using System.Text;
using Dashboard.Data;
using Dashboard.Data.Feeds;
using Dashboard.Web.Feeds;
using Microsoft.Extensions.Options;

// A refresh of a feed of N rows (default 10,000) served on loopback, timed end to end (FeedRefresher: fetch, hash,
// import through ImportEngine with the revision history, claims judged, attempt recorded), on a store built from the
// shipped data/:
//   first   the first refresh (every row added);
//   304     no change, conditional request answered 304 Not Modified;
//   same    no change, the server ignores validators and sends the same bytes (200): hashed, not imported;
//   1%      1 % of the values revised (each run revises another 1 %).
// Usage (from the repository root): dotnet run -c Release --project bench/FeedBench -- [--rows 10000] [--runs 7] [--data data]
var inv = CultureInfo.InvariantCulture;
string Arg(string name, string fallback) => args.SkipWhile(a => a != "--" + name).Skip(1).FirstOrDefault() ?? fallback;
var rows = int.Parse(Arg("rows", "10000"), inv);
var runs = int.Parse(Arg("runs", "7"), inv);
// The Web SDK runs the bench from its project folder: the default data/ is the repository's, found above the binary.
var repo = new DirectoryInfo(AppContext.BaseDirectory);
while (repo is not null && !(Directory.Exists(Path.Combine(repo.FullName, "data")) && Directory.Exists(Path.Combine(repo.FullName, "bench"))))
{
    repo = repo.Parent;
}

var data = Path.GetFullPath(Arg("data", Path.Combine(repo?.FullName ?? ".", "data")));

var work = Path.Combine(Path.GetTempPath(), "geoai-feedbench-" + Guid.NewGuid().ToString("N")[..8]);
Directory.CreateDirectory(work);
try
{
    var database = new Database(Path.Combine(work, "store.db"));
    database.EnsureBuilt(data);

    // The source: an OWID-shaped CSV of `rows` values (200 places × rows/200 years), one ETag per content.
    var places = Enumerable.Range(0, 200).Select(i => "X" + (char)('A' + (i / 26)) + (char)('A' + (i % 26))).ToArray();
    var years = rows / places.Length;
    var values = new double[places.Length * years];
    for (var i = 0; i < values.Length; i++)
    {
        values[i] = Math.Round(10 + (i * 7919 % 1000) / 10.0, 1);
    }

    byte[] Csv()
    {
        var csv = new StringBuilder("Entity,Code,Year,Bench value\n");
        for (var p = 0; p < places.Length; p++)
        {
            for (var y = 0; y < years; y++)
            {
                csv.Append("Place ").Append(places[p]).Append(',').Append(places[p]).Append(',').Append((1970 + y).ToString(inv)).Append(',')
                    .Append(values[p * years + y].ToString("R", inv)).Append('\n');
            }
        }

        return Encoding.UTF8.GetBytes(csv.ToString());
    }

    var body = Csv();
    var etag = "\"1\"";
    var honourValidators = true;
    var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { Args = ["--hostBuilder:reloadConfigOnChange=false"] });
    builder.WebHost.UseUrls("http://127.0.0.1:0");
    builder.Logging.ClearProviders();
    await using var source = builder.Build();
    source.MapGet("/files/bench-feed.csv", (HttpContext http) =>
    {
        if (honourValidators && http.Request.Headers.IfNoneMatch == etag)
        {
            return Results.StatusCode(304);
        }

        http.Response.Headers.ETag = etag;
        return Results.Bytes(body, "text/csv");
    });
    await source.StartAsync();
    var baseUrl = source.Urls.First();

    // The app's own feed client; the loopback source needs the private-address rule relaxed (here only, never in the app).
    // A host of its own (not the source's), so the client has the app's registrations and nothing else.
    var client = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true });
    client.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
    {
        ["Feeds:AllowedHosts"] = "127.0.0.1",
        ["Feeds:AllowPrivateAddresses"] = "true",
    });
    client.Services.AddFeedHttp();
    using var clientHost = client.Build();
    var services = clientHost.Services;
    var options = services.GetRequiredService<IOptions<FeedOptions>>().Value;
    var http = FeedHttpRegistration.Create(services.GetRequiredService<IHttpClientFactory>(), options);
    var store = new FeedStore(database);
    var problems = store.Add(new Feed
    {
        Id = "bench", Kind = FeedKind.File, Url = new Uri(baseUrl + "/files/bench-feed.csv"), Schedule = FeedSchedule.Daily, DatasetId = "bench",
        SourceId = "kalkan-firat-2023", CreatedAt = DateTimeOffset.UtcNow,
    }, FeedConnectors.All, options.Limits);
    if (problems.Count > 0)
    {
        throw new InvalidOperationException(string.Join("; ", problems.Values));
    }

    var refresher = new FeedRefresher(database, FeedConnectors.All, TimeProvider.System);
    async Task<(double Ms, FeedAttempt Attempt)> RefreshAsync()
    {
        var clock = Stopwatch.StartNew();
        var result = await refresher.RefreshAsync(store.Get("bench")!, http, "bench", TimeSpan.FromMinutes(5), CancellationToken.None);
        return (clock.Elapsed.TotalMilliseconds, result.Attempt);
    }

    var first = await RefreshAsync();
    Console.WriteLine($"first refresh ({rows:N0} rows added): {first.Ms:F0} ms — {first.Attempt.Outcome}: {first.Attempt.Detail}");
    var results = new Dictionary<string, List<double>> { ["304"] = [], ["same"] = [], ["1%"] = [] };
    var random = new Random(27);
    for (var run = 0; run < runs; run++)
    {
        honourValidators = true;
        var notModified = await RefreshAsync();
        Expect(notModified.Attempt, FeedOutcomes.NotModified);
        results["304"].Add(notModified.Ms);

        honourValidators = false;
        var same = await RefreshAsync();
        Expect(same.Attempt, FeedOutcomes.Unchanged);
        results["same"].Add(same.Ms);

        foreach (var i in Enumerable.Range(0, values.Length).OrderBy(_ => random.Next()).Take(values.Length / 100))
        {
            values[i] = Math.Round(values[i] + 0.1, 1);
        }

        body = Csv();
        etag = "\"" + (run + 2).ToString(inv) + "\"";
        honourValidators = true;
        var revised = await RefreshAsync();
        Expect(revised.Attempt, FeedOutcomes.Changed);
        results["1%"].Add(revised.Ms);
        Console.WriteLine($"run {run + 1}: 304 {notModified.Ms:F1} ms, same bytes {same.Ms:F1} ms, 1 % revised {revised.Ms:F0} ms ({revised.Attempt.Detail})");
    }

    double Median(List<double> xs) => xs.Order().ElementAt(xs.Count / 2);
    Console.WriteLine();
    Console.WriteLine($"{DateTime.UtcNow:yyyy-MM-dd HH:mm} UTC, {Environment.ProcessorCount} cores, load average {(File.Exists("/proc/loadavg") ? File.ReadAllText("/proc/loadavg").Split(' ')[0] : "?")}, .NET {Environment.Version}");
    Console.WriteLine($"{rows:N0}-row feed, median of {runs}: no change (304) {Median(results["304"]):F1} ms; no change, same bytes {Median(results["same"]):F1} ms; 1 % revised {Median(results["1%"]):F0} ms; first refresh {first.Ms:F0} ms");
}
finally
{
    Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
    Directory.Delete(work, recursive: true);
}

static void Expect(FeedAttempt attempt, string outcome)
{
    if (attempt.Outcome != outcome)
    {
        throw new InvalidOperationException($"expected {outcome}, got {attempt.Outcome}: {attempt.Detail}");
    }
}

using Dashboard.Data.Feeds;
using Dashboard.Web.Feeds;

namespace Dashboard.Web.Cli;

/// <summary>
/// <c>refresh [feed]</c>: refreshes one feed, or every feed, now, through the same HTTP client (allowed hosts, size
/// limit, retries, timeouts, public addresses only) and the same import as the web app's schedule; one line per feed.
/// Exit 0 when every refresh succeeded (changed or not), 6 when one failed (nothing changed for it), 3 for an unknown feed.
/// </summary>
public static class RefreshVerb
{
    public static CliVerb Verb { get; } = new(
        "refresh",
        "refresh [feed-id] [--json] [--db path] [--data folder]",
        "Refresh one feed (or all) now: fetch, check, import in one transaction, record every revised value; exit 6 when a refresh failed.",
        Run);

    private static int Run(CliArgs args, TextWriter stdout, TextWriter stderr)
    {
        var (positional, json) = CliOptions.Split(args);
        if (args.UnknownOptions("json", "db", "data").FirstOrDefault() is { } unknown)
        {
            return CliDispatcher.UsageError(Verb, stderr, $"unknown option --{unknown}");
        }

        if (positional.Count > 1)
        {
            return CliDispatcher.UsageError(Verb, stderr, "give one feed id, or none for every feed");
        }

        var (database, build) = CliStore.Open(args);
        CliStore.ReportReplay(build, stderr);
        var store = new FeedStore(database);
        var feeds = positional.Count == 1 ? store.Get(positional[0]) is { } one ? [one] : [] : store.List();
        if (positional.Count == 1 && feeds.Count == 0)
        {
            stderr.WriteLine($"refresh: there is no feed '{positional[0]}' ('feed list' shows them)");
            return ExitCodes.NotFound;
        }

        var options = FeedVerb.Options();
        using var services = new ServiceCollection()
            .AddSingleton(CliConfiguration.Build())
            .AddLogging()
            .AddFeedHttp()
            .BuildServiceProvider();
        var http = services.GetRequiredService<IHttpClientFactory>();
        var refresher = new FeedRefresher(database, FeedConnectors.All, TimeProvider.System);
        var results = new List<FeedRefreshResult>();
        foreach (var feed in feeds)
        {
            var result = refresher.RefreshAsync(feed, FeedHttpRegistration.Create(http, options), "cli", TimeSpan.FromSeconds(options.TimeoutSeconds), CancellationToken.None)
                .GetAwaiter().GetResult();
            results.Add(result);
            if (!json)
            {
                stdout.WriteLine($"{feed.Id}: {result.Attempt.Outcome}: {result.Attempt.Detail}");
            }
        }

        if (json)
        {
            CliJson.Write(stdout, new
            {
                dataVersion = database.GetDataVersion(),
                feeds = results.Select(r => new { r.Attempt.FeedId, r.Attempt.Outcome, r.Attempt.Detail, r.Attempt.Edition, r.Attempt.RevisionId }),
            });
        }

        return results.Any(r => r.Attempt.Failed) ? ExitCodes.RefreshFailed : ExitCodes.Ok;
    }
}

using Dashboard.Data.Feeds;
using Dashboard.Web.Feeds;
using Microsoft.Extensions.Options;

namespace Dashboard.Web.Cli;

/// <summary>
/// <c>feed add|list|remove</c>: binds a dataset to its source (the same words as the admin form, the same checks),
/// lists the feeds with their last attempt, or unbinds one (its dataset stays, as an upload). Adding fetches nothing:
/// <c>refresh</c> or the web app's schedule does.
/// </summary>
public static class FeedVerb
{
    private static readonly string[] AddOptions =
    [
        "kind", "url", "schedule", "dataset", "source", "series", "country-column", "indicator", "indicator-name", "unit", "dimension", "column",
        "sheet", "json", "db", "data",
    ];

    public static CliVerb Verb { get; } = new(
        "feed",
        "feed add <id> --kind world-bank|file|imf --url URL [--schedule daily|weekly|monthly] [--dataset id] [--source id] [--series C[,C]] " +
        "[--country-column name] [--indicator id [--indicator-name text] [--unit text] [--dimension d] [--column name]] [--sheet name] | feed list [--json] | feed remove <id>  [--db path] [--data folder]",
        "Bind a dataset to its source (checked against the store and Feeds:AllowedHosts), list the feeds, or unbind one; fetches nothing (see refresh).",
        Run);

    private static int Run(CliArgs args, TextWriter stdout, TextWriter stderr)
    {
        var (positional, json) = CliOptions.Split(args);
        return positional.FirstOrDefault() switch
        {
            "add" => Add(args, positional, stdout, stderr),
            "list" => List(args, json, stdout, stderr),
            "remove" => Remove(args, positional, stdout, stderr),
            _ => CliDispatcher.UsageError(Verb, stderr, "say add, list or remove"),
        };
    }

    private static int Add(CliArgs args, List<string> positional, TextWriter stdout, TextWriter stderr)
    {
        if (args.UnknownOptions(AddOptions).FirstOrDefault() is { } unknown)
        {
            return CliDispatcher.UsageError(Verb, stderr, $"unknown option --{unknown}");
        }

        if (positional.Count != 2 || args.Option("kind") is null || args.Option("url") is null)
        {
            return CliDispatcher.UsageError(Verb, stderr, "feed add takes one feed id, --kind and --url");
        }

        var form = new FeedForm
        {
            Id = positional[1], Kind = args.Option("kind"), Url = args.Option("url"), Schedule = args.Option("schedule"), Dataset = args.Option("dataset"),
            Source = args.Option("source"), Series = args.Option("series"), CountryColumn = args.Option("country-column"), IndicatorId = args.Option("indicator"),
            IndicatorName = args.Option("indicator-name"), Unit = args.Option("unit"), Dimension = args.Option("dimension"), Column = args.Option("column"),
            Sheet = args.Option("sheet"),
        };
        var feed = form.ToFeed(DateTimeOffset.UtcNow, out var problems);
        if (feed is null)
        {
            return Refused(problems, stderr, ExitCodes.Usage);
        }

        var (database, build) = CliStore.Open(args);
        CliStore.ReportReplay(build, stderr);
        var options = Options();
        var stored = new FeedStore(database).Add(feed, FeedConnectors.All, options.Limits);
        if (stored.Count > 0)
        {
            return Refused(stored, stderr, ExitCodes.Failed);
        }

        stdout.WriteLine($"feed {feed.Id}: dataset {feed.DatasetId} ← {FeedKinds.Name(feed.Kind)} {feed.Url} ({FeedSchedules.Name(feed.Schedule)}); run 'refresh {feed.Id}' to fetch it now");
        return ExitCodes.Ok;
    }

    private static int List(CliArgs args, bool json, TextWriter stdout, TextWriter stderr)
    {
        if (args.UnknownOptions("json", "db", "data").FirstOrDefault() is { } unknown)
        {
            return CliDispatcher.UsageError(Verb, stderr, $"unknown option --{unknown}");
        }

        var (database, build) = CliStore.Open(args);
        CliStore.ReportReplay(build, stderr);
        var feeds = new FeedStore(database).List();
        if (json)
        {
            CliJson.Write(stdout, feeds.Select(f => new
            {
                f.Id, Kind = FeedKinds.Name(f.Kind), Url = f.Url.AbsoluteUri, Schedule = FeedSchedules.Name(f.Schedule), f.DatasetId, f.SourceId,
                f.LastAttemptAt, f.LastOutcome, f.LastError, f.LastSuccessAt, f.LastChangeAt,
            }));
            return ExitCodes.Ok;
        }

        stdout.WriteLine("id\tkind\tschedule\tdataset\tlast attempt\toutcome\turl");
        foreach (var f in feeds)
        {
            stdout.WriteLine(string.Join('\t', f.Id, FeedKinds.Name(f.Kind), FeedSchedules.Name(f.Schedule), f.DatasetId,
                f.LastAttemptAt?.ToString("yyyy-MM-dd HH:mm", System.Globalization.CultureInfo.InvariantCulture) ?? "never", f.LastOutcome ?? "-", f.Url.AbsoluteUri));
            if (f.LastError is { } error)
            {
                stdout.WriteLine("  last attempt failed: " + error);
            }
        }

        return ExitCodes.Ok;
    }

    private static int Remove(CliArgs args, List<string> positional, TextWriter stdout, TextWriter stderr)
    {
        if (args.UnknownOptions("db", "data").FirstOrDefault() is { } unknown)
        {
            return CliDispatcher.UsageError(Verb, stderr, $"unknown option --{unknown}");
        }

        if (positional.Count != 2)
        {
            return CliDispatcher.UsageError(Verb, stderr, "feed remove takes one feed id");
        }

        var (database, build) = CliStore.Open(args);
        CliStore.ReportReplay(build, stderr);
        if (!new FeedStore(database).Remove(positional[1]))
        {
            stderr.WriteLine($"feed: there is no feed '{positional[1]}'");
            return ExitCodes.NotFound;
        }

        stdout.WriteLine($"removed feed {positional[1]}; its dataset stays (remove it with 'remove <dataset>')");
        return ExitCodes.Ok;
    }

    /// <summary>The feed settings as the web app reads them (appsettings, environment).</summary>
    public static FeedOptions Options()
    {
        var options = CliConfiguration.Build().GetSection(FeedOptions.Section).Get<FeedOptions>() ?? new FeedOptions();
        var problems = new FeedOptionsValidator().Validate(null, options);
        return problems.Failed ? throw new OptionsValidationException(FeedOptions.Section, typeof(FeedOptions), problems.Failures) : options;
    }

    private static int Refused(IReadOnlyDictionary<string, string> problems, TextWriter stderr, int code)
    {
        foreach (var (field, problem) in problems)
        {
            stderr.WriteLine($"feed: {field}: {problem}");
        }

        stderr.WriteLine("nothing was changed");
        return code;
    }
}

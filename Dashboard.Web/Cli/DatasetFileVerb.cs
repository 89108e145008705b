using System.Globalization;
using Dashboard.Data.Import;
using Dashboard.Data.Import.Contract;
using Dashboard.Data.Import.Formats;
using Dashboard.Data.Import.Store;
using Dashboard.Data.Import.Tables;

namespace Dashboard.Web.Cli;

/// <summary>
/// <c>validate</c> and <c>import</c>: the same engine as the web upload (dialect and format detection, reader,
/// validation, one transaction). <c>validate</c> is the dry run and takes no write lock; <c>import</c> applies, waiting
/// up to <c>--wait</c> seconds for another writer. A file argument of <c>-</c> (or <c>/dev/stdin</c>) reads piped input.
/// </summary>
public static class DatasetFileVerb
{
    public static readonly string[] Options =
    [
        "dataset", "source", "json", "db", "data", "quiet", "progress", "encoding", "delimiter", "decimal", "sheet",
        "indicator", "indicator-name", "unit", "dimension", "column", "wait", "series", "country-column",
        "source-citation", "source-url", "source-licence",
    ];

    public const string OptionsUsage =
        "[--dataset id] [--source id] [--encoding e] [--delimiter ,|;|tab|\\|] [--decimal ,|.] [--sheet name|n] " +
        "[--indicator id --indicator-name text --unit text [--dimension d] [--column name]] [--series CODE[,CODE]] [--country-column name] " +
        "[--source-citation text [--source-url url] [--source-licence text]] [--wait seconds] [--json] [--db path] [--data folder] [--quiet|--progress]";

    public static int Run(CliVerb verb, bool dryRun, CliArgs args, TextWriter stdout, TextWriter stderr)
    {
        var (positional, json) = CliOptions.Split(args);
        if (args.UnknownOptions(Options).FirstOrDefault() is { } unknown)
        {
            return CliDispatcher.UsageError(verb, stderr, $"unknown option --{unknown}");
        }

        if (positional.Count != 1)
        {
            return CliDispatcher.UsageError(verb, stderr, "give exactly one file (or - for standard input)");
        }

        var stdin = positional[0] is "-" or "/dev/stdin";
        var path = stdin ? "-" : CliPaths.Resolve(positional[0]);
        var fileName = stdin ? "stdin" : Path.GetFileName(path);
        var datasetId = args.Option("dataset") ?? ImportEngine.DatasetIdFromFileName(fileName);
        if (!RowParser.IsSlug(datasetId))
        {
            return CliDispatcher.UsageError(verb, stderr, $"--dataset '{datasetId}' is not a valid id (lower-case letters, digits and '-')");
        }

        if (!int.TryParse(args.Option("wait", "30"), NumberStyles.None, CultureInfo.InvariantCulture, out var wait) || wait > 86_400)
        {
            return CliDispatcher.UsageError(verb, stderr, "--wait must be a whole number of seconds (0 to 86400)");
        }

        if (args.Option("source-citation") is null && (args.Option("source-url") is not null || args.Option("source-licence") is not null))
        {
            return CliDispatcher.UsageError(verb, stderr, "--source-url and --source-licence name a new source with --source-citation");
        }

        if (!stdin && !File.Exists(path))
        {
            stderr.WriteLine($"{verb.Name}: file not found: {path}");
            return ExitCodes.NotFound;
        }

        var (database, build) = CliStore.Open(args);
        CliStore.ReportReplay(build, stderr);
        var showProgress = !args.Flag("quiet") && (args.Flag("progress") || (!stdin && new FileInfo(path).Length >= CliProgress.BigFileBytes));
        var options = new FileImportOptions
        {
            DatasetId = datasetId,
            FileName = fileName,
            SourceId = args.Option("source"),
            DryRun = dryRun,
            Dialect = new DialectOptions
            {
                Encoding = args.Option("encoding"),
                Delimiter = args.Option("delimiter"),
                DecimalSeparator = args.Option("decimal"),
                Sheet = args.Option("sheet"),
            },
            Indicator = args.Option("indicator") is { } indicator
                ? new TableIndicator { Id = indicator, Name = args.Option("indicator-name"), Unit = args.Option("unit"), Dimension = args.Option("dimension"), Column = args.Option("column") }
                : null,
            Series = args.Option("series") is { } series ? series.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries) : null,
            CountryColumn = args.Option("country-column"),
            NewSource = args.Option("source-citation") is { } citation
                ? FileImportOptions.NameSource(args.Option("source"), citation, args.Option("source-url"), args.Option("source-licence"))
                : null,
            MaxWait = TimeSpan.FromSeconds(wait),
            Waiting = Waiting(stderr, fileName, wait),
        };
        DatasetImportReport report;
        try
        {
            using var c = database.Open();
            using var file = stdin ? Console.OpenStandardInput() : File.OpenRead(path);
            report = ImportEngine.Run(c, file, options, DatasetReaders.All, showProgress ? new CliProgress(stderr, fileName) : null);
        }
        catch (StoreBusyException ex)
        {
            stderr.WriteLine($"{verb.Name}: {ex.Message}");
            return ExitCodes.Busy;
        }

        if (json)
        {
            CliJson.Write(stdout, CliJson.Report(report));
        }
        else
        {
            WriteText(report, stdout);
        }

        return report.Refused ? ExitCodes.Failed : report.HasErrors ? ExitCodes.ValidationErrors : ExitCodes.Ok;
    }

    /// <summary>A progress line every five seconds while another writer holds the store.</summary>
    public static Action<TimeSpan> Waiting(TextWriter stderr, string what, int maxSeconds)
    {
        var next = 0.0;
        return waited =>
        {
            if (waited.TotalSeconds < next)
            {
                return;
            }

            next = waited.TotalSeconds + 5;
            stderr.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{what}: waiting for the store: another process (an import, a removal or a rebuild) is writing to it; {waited.TotalSeconds:0} s of at most {maxSeconds} s (--wait)"));
            stderr.Flush();
        };
    }

    private static void WriteText(DatasetImportReport r, TextWriter o)
    {
        var inv = CultureInfo.InvariantCulture;
        o.WriteLine(string.Create(inv, $"{r.DatasetId}: format {r.Format ?? "not recognised"}, {r.RowCount:N0} rows") +
            (r.Replaces ? string.Create(inv, $", replaces the dataset's {r.PreviousRowCount:N0} rows") : ", new dataset"));
        if (r.Dialect is not null)
        {
            o.WriteLine(r.Dialect);
        }

        foreach (var (what, ids) in new[] { ("indicators", r.NewIndicators), ("entities", r.NewEntities), ("sources", r.NewSources) })
        {
            if (ids.Count > 0)
            {
                o.WriteLine($"new {what}: {string.Join(", ", ids)}");
            }
        }

        foreach (var note in r.Notes)
        {
            o.WriteLine("note: " + note);
        }

        foreach (var d in r.Diff)
        {
            o.WriteLine(string.Create(inv, $"  {d.IndicatorId}: {d.New} new, {d.Changed} changed, {d.Removed} removed, {d.Unchanged} unchanged"));
        }

        foreach (var e in r.Errors)
        {
            o.WriteLine("error: " + e);
        }

        o.WriteLine(r.Refused ? "refused; nothing was changed"
            : r.HasErrors ? string.Create(inv, $"{r.ErrorCount} errors; nothing was changed")
            : r.Applied ? $"applied; data version {r.DataVersion}" : "dry run: no errors; nothing was changed");
    }
}

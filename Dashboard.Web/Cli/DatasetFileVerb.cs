using System.Globalization;
using Dashboard.Data.Import;
using Dashboard.Data.Import.Contract;
using Dashboard.Data.Import.Formats;

namespace Dashboard.Web.Cli;

/// <summary>
/// <c>validate</c> and <c>import</c>: the same engine as the web upload (format detection, reader, validation, one
/// transaction). <c>validate</c> is the dry run; <c>import</c> applies.
/// </summary>
public static class DatasetFileVerb
{
    public static readonly string[] Options = ["dataset", "source", "json", "db", "data", "quiet", "progress"];

    public static int Run(CliVerb verb, bool dryRun, CliArgs args, TextWriter stdout, TextWriter stderr)
    {
        var (positional, json) = CliOptions.Split(args);
        if (args.UnknownOptions(Options).FirstOrDefault() is { } unknown)
        {
            return CliDispatcher.UsageError(verb, stderr, $"unknown option --{unknown}");
        }

        if (positional.Count != 1)
        {
            return CliDispatcher.UsageError(verb, stderr, "give exactly one file");
        }

        var path = CliPaths.Resolve(positional[0]);
        var fileName = Path.GetFileName(path);
        var datasetId = args.Option("dataset") ?? ImportEngine.DatasetIdFromFileName(fileName);
        if (!RowParser.IsSlug(datasetId))
        {
            return CliDispatcher.UsageError(verb, stderr, $"--dataset '{datasetId}' is not a valid id (lower-case letters, digits and '-')");
        }

        if (!File.Exists(path))
        {
            stderr.WriteLine($"{verb.Name}: file not found: {path}");
            return ExitCodes.NotFound;
        }

        var (database, build) = CliStore.Open(args);
        CliStore.ReportReplay(build, stderr);
        var showProgress = !args.Flag("quiet") && (args.Flag("progress") || new FileInfo(path).Length >= CliProgress.BigFileBytes);
        var options = new FileImportOptions { DatasetId = datasetId, FileName = fileName, SourceId = args.Option("source"), DryRun = dryRun };
        DatasetImportReport report;
        using (var c = database.Open())
        using (var file = File.OpenRead(path))
        {
            report = ImportEngine.Run(c, file, options, DatasetReaders.All, showProgress ? new CliProgress(stderr, fileName) : null);
        }

        if (json)
        {
            CliJson.Write(stdout, CliJson.Report(report));
        }
        else
        {
            WriteText(report, stdout);
        }

        return report.HasErrors ? ExitCodes.ValidationErrors : ExitCodes.Ok;
    }

    private static void WriteText(DatasetImportReport r, TextWriter o)
    {
        var inv = CultureInfo.InvariantCulture;
        o.WriteLine(string.Create(inv, $"{r.DatasetId}: format {r.Format ?? "not recognised"}, {r.RowCount:N0} rows") +
            (r.Replaces ? string.Create(inv, $", replaces the dataset's {r.PreviousRowCount:N0} rows") : ", new dataset"));
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

        o.WriteLine(r.HasErrors
            ? string.Create(inv, $"{r.ErrorCount} errors; nothing was changed")
            : r.Applied ? $"applied; data version {r.DataVersion}" : "dry run: no errors; nothing was changed");
    }
}

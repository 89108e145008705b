using Dashboard.Data.Import;
using Dashboard.Data.Import.Contract;
using Dashboard.Data.Import.Store;

namespace Dashboard.Web.Cli;

/// <summary><c>remove</c>: removes an uploaded dataset (rows, kept file, definitions only it brought) in one transaction.</summary>
public static class RemoveVerb
{
    public static CliVerb Verb { get; } = new(
        "remove",
        "remove <dataset-id> [--wait seconds] [--json] [--db path] [--data folder]",
        "Remove an uploaded dataset; exit 3 when there is none with that id, 4 for a shipped dataset (change data/ instead), 5 when the store stays locked.",
        Run);

    private static int Run(CliArgs args, TextWriter stdout, TextWriter stderr)
    {
        var (positional, json) = CliOptions.Split(args);
        if (args.UnknownOptions("json", "db", "data", "wait").FirstOrDefault() is { } unknown)
        {
            return CliDispatcher.UsageError(Verb, stderr, $"unknown option --{unknown}");
        }

        if (positional.Count != 1 || !RowParser.IsSlug(positional[0]))
        {
            return CliDispatcher.UsageError(Verb, stderr, "give exactly one dataset id");
        }

        var id = positional[0];
        if (!int.TryParse(args.Option("wait", "30"), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var wait) || wait > 86_400)
        {
            return CliDispatcher.UsageError(Verb, stderr, "--wait must be a whole number of seconds (0 to 86400)");
        }

        var (database, build) = CliStore.Open(args);
        CliStore.ReportReplay(build, stderr);
        bool removed;
        using (var c = database.Open())
        {
            try
            {
                removed = DatasetRemoval.Remove(c, id, TimeSpan.FromSeconds(wait), DatasetFileVerb.Waiting(stderr, id, wait));
            }
            catch (InvalidOperationException ex)
            {
                stderr.WriteLine("remove: " + ex.Message);
                return ExitCodes.Failed;
            }
            catch (StoreBusyException ex)
            {
                stderr.WriteLine("remove: " + ex.Message);
                return ExitCodes.Busy;
            }
        }

        if (json)
        {
            CliJson.Write(stdout, new { datasetId = id, removed, dataVersion = removed ? database.GetDataVersion() : null });
        }
        else
        {
            stdout.WriteLine(removed ? $"removed {id}; data version {database.GetDataVersion()}" : $"remove: there is no uploaded dataset '{id}'");
        }

        return removed ? ExitCodes.Ok : ExitCodes.NotFound;
    }
}

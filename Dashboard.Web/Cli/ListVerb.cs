using System.Globalization;
using Dashboard.Data.Queries;

namespace Dashboard.Web.Cli;

/// <summary><c>list</c>: every dataset with its version, rows, source, import time and origin; and uploads that failed to re-apply.</summary>
public static class ListVerb
{
    public static CliVerb Verb { get; } = new(
        "list",
        "list [--json] [--db path] [--data folder]",
        "List the datasets in the store (id, origin, format, version, rows, source, imported) and kept uploads that no longer apply.",
        Run);

    private static int Run(CliArgs args, TextWriter stdout, TextWriter stderr)
    {
        var (positional, json) = CliOptions.Split(args);
        if (args.UnknownOptions("json", "db", "data").FirstOrDefault() is { } unknown)
        {
            return CliDispatcher.UsageError(Verb, stderr, $"unknown option --{unknown}");
        }

        if (positional.Count > 0)
        {
            return CliDispatcher.UsageError(Verb, stderr, "list takes no file or id");
        }

        var (database, build) = CliStore.Open(args);
        CliStore.ReportReplay(build, stderr);
        var datasets = new DatasetQueries(database).GetDatasetsAsync().GetAwaiter().GetResult();
        var failed = new UploadQueries(database).GetUploadsAsync().GetAwaiter().GetResult().Where(u => u.Status != "applied").ToList();
        if (json)
        {
            CliJson.Write(stdout, new { dataVersion = database.GetDataVersion(), datasets, failedUploads = failed });
            return ExitCodes.Ok;
        }

        stdout.WriteLine("id\torigin\tformat\tversion\trows\tsource\timported\tfile");
        foreach (var d in datasets)
        {
            stdout.WriteLine(string.Join('\t', d.Id, d.Origin, d.Format, d.ContentHash.Length > 12 ? d.ContentHash[..12] : d.ContentHash,
                d.RowCount.ToString(CultureInfo.InvariantCulture), d.SourceId ?? "-", d.ImportedAt, d.FileName));
        }

        foreach (var u in failed)
        {
            stdout.WriteLine($"not applied: {u.DatasetId} ({u.FileName}): {u.Error?.Split('\n')[0]}");
        }

        return ExitCodes.Ok;
    }
}

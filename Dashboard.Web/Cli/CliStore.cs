using Dashboard.Data;
using Dashboard.Web.Setup;

namespace Dashboard.Web.Cli;

/// <summary>
/// Opens the same store the web app uses without building a web app: configuration is read as the web app reads it (appsettings, environment
/// variables such as <c>Data__DatabasePath</c>), <c>--db</c> and <c>--data</c> override the paths, and the store is built from data/ first
/// if needed (re-applying kept uploads), as at web start-up.
/// </summary>
public static class CliStore
{
    public static (Database Database, StoreBuild Build) Open(CliArgs args)
    {
        var options = CliConfiguration.Build().GetSection(DataOptions.Section).Get<DataOptions>() ?? new DataOptions();
        var databasePath = args.Option("db") is { } db ? CliPaths.Resolve(db) : Path.Combine(CliConfiguration.ContentRoot, options.DatabasePath);
        var dataFolder = args.Option("data") is { } data ? CliPaths.Resolve(data) : options.DataDirectory;
        var database = new Database(databasePath);
        return (database, database.EnsureBuilt(dataFolder));
    }

    /// <summary>Reports uploads a rebuild could not re-apply, so a script sees them.</summary>
    public static void ReportReplay(StoreBuild build, TextWriter stderr)
    {
        foreach (var failed in build.Replayed.Where(r => !r.Applied))
        {
            stderr.WriteLine($"warning: the store was rebuilt from data/ and upload '{failed.DatasetId}' ({failed.FileName}) no longer applies:");
            stderr.WriteLine("  " + failed.Error?.Replace("\n", "\n  ", StringComparison.Ordinal));
        }
    }
}

using Dashboard.Data;
using Dashboard.Web.Setup;
using Microsoft.Extensions.Options;

namespace Dashboard.Web.Cli;

/// <summary>
/// Opens the same store the web app uses: configuration is read exactly as the web app reads it (appsettings, environment
/// variables such as <c>Data__DatabasePath</c>), <c>--db</c> and <c>--data</c> override the paths, and the store is built from data/ first
/// if needed (re-applying kept uploads), as at web start-up.
/// </summary>
public static class CliStore
{
    public static (Database Database, StoreBuild Build) Open(CliArgs args)
    {
        var dbOverride = args.Option("db");
        var dataOverride = args.Option("data");
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { Args = [] });
        builder.Logging.ClearProviders();
        builder.AddDashboardData();
        using var app = builder.Build();
        var options = app.Services.GetRequiredService<IOptions<DataOptions>>().Value;
        var database = dbOverride is null ? app.Services.GetRequiredService<Database>() : new Database(CliPaths.Resolve(dbOverride));
        var build = database.EnsureBuilt(dataOverride is null ? options.DataDirectory : CliPaths.Resolve(dataOverride));
        return (database, build);
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

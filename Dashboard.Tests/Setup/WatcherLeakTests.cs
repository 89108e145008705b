using Dashboard.Tests.Support;
using Dashboard.Web.Cli;

namespace Dashboard.Tests.Setup;

/// <summary>
/// Hosts and CLI verbs release every file watcher: a stock Linux box allows 128 inotify instances per user, and a test
/// run starts hundreds of hosts. Counted in this process (<c>/proc/self/fd</c>), so the class runs alone.
/// </summary>
[Collection(WatcherCountRunAlone.Name)]
public sealed class WatcherLeakTests(SkipNotice skip) : IClassFixture<SkipNotice>
{
    private const int Rounds = 50;

    [SkippableFact]
    public async Task CreateAndDispose_FiftyHostsServingPages_InotifyCountConstant()
    {
        skip.If(Inotify.Count() is null, "no /proc/self/fd on this system (not Linux): inotify instances cannot be counted");
        await StartServeAndDisposeAsync();
        var before = Inotify.Count()!.Value;

        for (var i = 0; i < Rounds; i++)
        {
            await StartServeAndDisposeAsync();
        }

        Assert.InRange(Inotify.Count()!.Value, 0, before + 2);
    }

    [SkippableFact]
    public void Run_FiftyCliVerbsInProcess_InotifyCountConstant()
    {
        skip.If(Inotify.Count() is null, "no /proc/self/fd on this system (not Linux): inotify instances cannot be counted");
        using var folder = new TestDataFolder();
        var db = Path.Combine(folder.Path, "..", Path.GetFileName(folder.Path) + "-store.db");
        var outFolder = Path.Combine(Path.GetTempPath(), "geoai-watch-" + Guid.NewGuid().ToString("N"));
        try
        {
            string[] list = ["list", "--db", db, "--data", folder.Path];
            string[] export = ["export", "--charts", "top500-systems", "--formats", "csv", "--base-url", "https://dash.example.org", "--out", outFolder, "--db", db, "--data", folder.Path];
            Assert.Equal(ExitCodes.Ok, CliDispatcher.TryRun(list, TextWriter.Null, TextWriter.Null));
            Assert.Equal(ExitCodes.Ok, CliDispatcher.TryRun(export, TextWriter.Null, TextWriter.Null));
            var before = Inotify.Count()!.Value;

            for (var i = 0; i < Rounds; i++)
            {
                Assert.Equal(ExitCodes.Ok, CliDispatcher.TryRun(i % 2 == 0 ? list : export, TextWriter.Null, TextWriter.Null));
            }

            Assert.InRange(Inotify.Count()!.Value, 0, before + 2);
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            File.Delete(db);
            if (Directory.Exists(outFolder))
            {
                Directory.Delete(outFolder, recursive: true);
            }
        }
    }

    private static async Task StartServeAndDisposeAsync()
    {
        using var factory = new DashboardFactory();
        using var client = factory.CreateClient();
        // A page with asp-append-version (which watches the file it versions) and a static file.
        (await client.GetAsync(new Uri("/present?deck=paper", UriKind.Relative))).EnsureSuccessStatusCode();
        (await client.GetAsync(new Uri("/css/site.css", UriKind.Relative))).EnsureSuccessStatusCode();
    }
}

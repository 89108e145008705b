using System.Text;
using Dashboard.Tests.Support;

namespace Dashboard.Tests.Admin;

public sealed class UploadSurvivesRebuildTests : IDisposable
{
    private readonly TestDataFolder _folder = new();
    private readonly string _dir = Path.Combine(Path.GetTempPath(), "geoai-rebuild-" + Guid.NewGuid().ToString("N"));

    public void Dispose()
    {
        _folder.Dispose();
        try
        {
            Directory.Delete(_dir, recursive: true);
        }
        catch (IOException)
        {
        }
    }

    [Fact]
    public async Task Upload_DataFileEditedAndAppRestarted_UploadedDatasetStillThere()
    {
        Directory.CreateDirectory(_dir);
        var db = Path.Combine(_dir, "store.db");
        const string Csv = "Entity,Code,Year,AI papers per million people\nKazakhstan,KAZ,2020,12\nKyrgyzstan,KGZ,2021,4\n";
        string versionBefore;
        using (var first = new AdminAppFactory(databasePath: db, dataFolder: _folder.Path))
        using (var session = new AdminSession(first))
        {
            await session.SignInAsync();
            var (_, url) = await session.UploadAndCheckAsync("ai-papers.csv", Encoding.UTF8.GetBytes(Csv));
            await session.ApplyAsync(url);
            versionBefore = await session.Client.GetStringAsync("/healthz");
        }

        // A shipped file changes: the next start rebuilds the store from data/.
        _folder.AppendLine("observations/paper.csv", "top500-systems,CHN,,2020-06,,226,paper,§2.4,stated,,");

        using var second = new AdminAppFactory(databasePath: db, dataFolder: _folder.Path);
        using var client = second.CreateClient();
        var indicator = await client.GetStringAsync("/api/indicators/ai-papers");
        var datasets = await client.GetStringAsync("/api/datasets");
        var shipped = await client.GetStringAsync("/api/observations?indicator=top500-systems&entities=CHN");

        Assert.Contains("\"observationCount\":2", indicator, StringComparison.Ordinal);
        Assert.Contains("\"id\":\"ai-papers\"", datasets, StringComparison.Ordinal);
        Assert.Contains("\"period\":\"2020-06\"", shipped, StringComparison.Ordinal);
        Assert.NotEqual(versionBefore, await client.GetStringAsync("/healthz"));
    }
}

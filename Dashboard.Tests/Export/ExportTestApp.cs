using Dashboard.Tests.Support;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Dashboard.Tests.Export;

/// <summary>
/// The web app over a <see cref="TestDataFolder"/> with values that exports must handle: a text cell
/// <c>=cmd()</c> that a spreadsheet would run, and a negative number <c>-5</c> that must stay a number.
/// Or, with <paramref name="dataFolder"/>, over another data folder (the shipped one), with its own temp store.
/// </summary>
public class ExportTestApp(string? dataFolder = null) : WebApplicationFactory<Program>
{
    public const string HostileNote = "=cmd()";

    private readonly TestDataFolder _data = CreateTestData();
    private readonly string _store = Path.Combine(Path.GetTempPath(), "geoai-export-" + Guid.NewGuid().ToString("N"));

    public string DataFolder => dataFolder ?? _data.Path;

    private static TestDataFolder CreateTestData()
    {
        var data = new TestDataFolder();
        data.AppendLine("indicators.csv", "trade-balance,Arms trade balance,TIV m,military,Deliveries minus orders; can be negative.,line,,");
        data.AppendLine("observations/paper.csv", "trade-balance,KAZ,,2019,,12.5,paper,table 2,stated,,");
        data.AppendLine("observations/paper.csv", $"trade-balance,KAZ,,2020,,-5,paper,table 2,stated,,{HostileNote}");
        data.AppendLine("observations/paper.csv", "trade-balance,KAZ,,2021,,3,paper,@SUM(A1),stated,,+1 tab\tand -x");
        return data;
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseSetting("Data:DataDirectory", DataFolder);
        builder.UseSetting("Data:DatabasePath", Path.Combine(_store, "dashboard.db"));
        builder.UseEnvironment("Development");
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing)
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            _data.Dispose();
            try
            {
                Directory.Delete(_store, recursive: true);
            }
            catch (IOException)
            {
            }
        }
    }
}

using System.Diagnostics;
using Dapper;
using Dashboard.Data;
using Dashboard.Tests.Support;
using Microsoft.Data.Sqlite;

namespace Dashboard.Tests.Cli;

/// <summary><c>import -</c> and <c>import /dev/stdin</c> read piped input (a stream that cannot seek) in the built app.</summary>
public sealed class StdinImportTests : IDisposable
{
    private readonly TestDataFolder _folder = new();
    private readonly TempFolder _temp = new("geoai-stdin-");

    public void Dispose()
    {
        _folder.Dispose();
        _temp.Dispose();
    }

    [Theory]
    [InlineData("-")]
    [InlineData("/dev/stdin")]
    public async Task Import_PipedInput_Imported(string file)
    {
        var db = Path.Combine(_temp.Path, "store.db");
        var start = new ProcessStartInfo("dotnet") { RedirectStandardInput = true, RedirectStandardOutput = true, RedirectStandardError = true, WorkingDirectory = _temp.Path };
        foreach (var a in new[] { Path.Combine(AppContext.BaseDirectory, "Dashboard.Web.dll"), "import", file, "--dataset", "piped", "--db", db, "--data", _folder.Path })
        {
            start.ArgumentList.Add(a);
        }

        using var process = Process.Start(start)!;
        await process.StandardInput.WriteAsync("Entity,Code,Year,Piped values\nKazakhstan,KAZ,2020,3.5\nKyrgyzstan,KGZ,2020,4\n");
        process.StandardInput.Close();
        var stdout = await process.StandardOutput.ReadToEndAsync();
        var stderr = await process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();

        Assert.True(process.ExitCode == 0, stdout + stderr);
        Assert.Contains("piped: format Our World in Data grapher CSV, 2 rows, new dataset", stdout, StringComparison.Ordinal);
        using var c = Database.OpenFile(db, readOnly: true);
        Assert.Equal(3.5, c.ExecuteScalar<double>("SELECT value FROM observations WHERE dataset_id = 'piped' AND entity_code = 'KAZ'"));
        Assert.Equal("stdin", c.ExecuteScalar<string>("SELECT file_name FROM datasets WHERE id = 'piped'"));
    }
}

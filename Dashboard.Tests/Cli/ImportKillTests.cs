using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Text;
using Dapper;
using Dashboard.Tests.Support;
using Microsoft.Data.Sqlite;
using Xunit.Abstractions;

namespace Dashboard.Tests.Cli;

/// <summary>
/// Nothing lost: the built app is started as a child process importing a large replacement of a dataset, killed while it
/// is writing rows, and the store is then checked: integrity ok, the previous version of the dataset intact, and the
/// web app starts on it.
/// </summary>
public sealed class ImportKillTests(ITestOutputHelper output) : IDisposable
{
    private readonly TestDataFolder _folder = new();
    private readonly TempFolder _temp = new("geoai-kill-");

    public void Dispose()
    {
        _folder.Dispose();
        _temp.Dispose();
    }

    [Fact]
    public async Task Import_KilledWhileWritingRows_LeavesPreviousDataIntactAndAppStarts()
    {
        Directory.CreateDirectory(Path.Combine(_temp.Path, "v2"));
        var db = Path.Combine(_temp.Path, "store.db");

        // Version 1 of dataset "big": 10 rows, imported to completion.
        var v1 = new StringBuilder("Entity,Code,Year,Big series\n");
        for (var year = 2000; year < 2010; year++)
        {
            v1.Append(CultureInfo.InvariantCulture, $"Kazakhstan,KAZ,{year},{year - 1990}\n");
        }

        File.WriteAllText(Path.Combine(_temp.Path, "big.csv"), v1.ToString());
        var (exit, _, err) = await RunChildAsync(["import", Path.Combine(_temp.Path, "big.csv"), "--db", db, "--data", _folder.Path], killWhenWriting: false);
        Assert.True(exit == 0, err);
        var before = Snapshot(db);
        Assert.Equal(10, before.Rows);

        // Version 2: 300,000 rows (150 countries × 2,000 years) replacing it. The codes and names are real (the reader
        // checks that they agree).
        var v2 = Path.Combine(_temp.Path, "v2", "big.csv");
        var codes = CountryCodes.First(150);
        using (var w = new StreamWriter(v2))
        {
            w.Write("Entity,Code,Year,Big series\n");
            for (var e = 0; e < codes.Count; e++)
            {
                var name = CountryCodes.QuotedName(codes[e]);
                for (var year = 1000; year < 3000; year++)
                {
                    w.Write(string.Create(CultureInfo.InvariantCulture, $"{name},{codes[e]},{year},{(e * 7 + year) % 1000}\n"));
                }
            }
        }

        var (_, _, progress) = await RunChildAsync(["import", v2, "--dataset", "big", "--db", db, "--data", _folder.Path, "--progress"], killWhenWriting: true);

        output.WriteLine(progress);
        Assert.Contains("rows checked and written", progress, StringComparison.Ordinal);
        Assert.DoesNotContain("applied", progress, StringComparison.Ordinal);
        var after = Snapshot(db);
        Assert.Equal("ok", after.Integrity);
        Assert.Equal(before, after);

        // The app starts cleanly on the store and serves the previous version.
        using var factory = new AdminAppFactory(databasePath: db, dataFolder: _folder.Path);
        using var client = factory.CreateClient();
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/healthz")).StatusCode);
        var datasets = await client.GetStringAsync("/api/datasets");
        Assert.Contains("\"id\":\"big\"", datasets, StringComparison.Ordinal);
        Assert.Contains("\"rowCount\":10", datasets, StringComparison.Ordinal);
    }

    private static StoreSnapshot Snapshot(string db)
    {
        using var c = new SqliteConnection($"Data Source={db};Pooling=False");
        c.Open();
        return new StoreSnapshot(
            c.ExecuteScalar<string>("PRAGMA integrity_check")!,
            c.ExecuteScalar<long>("SELECT COUNT(*) FROM observations WHERE dataset_id = 'big'"),
            c.ExecuteScalar<double>("SELECT TOTAL(value) FROM observations WHERE dataset_id = 'big'"),
            c.ExecuteScalar<long>("SELECT COUNT(*) FROM entities"),
            c.ExecuteScalar<string>("SELECT content_hash FROM uploads WHERE dataset_id = 'big'")!,
            c.ExecuteScalar<string>("SELECT value FROM meta WHERE key = 'data_version'")!);
    }

    /// <summary>Runs the built app with a verb; optionally kills it as soon as it reports writing rows.</summary>
    private async Task<(int Exit, string Out, string Err)> RunChildAsync(string[] args, bool killWhenWriting)
    {
        var dll = Path.Combine(AppContext.BaseDirectory, "Dashboard.Web.dll");
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, WorkingDirectory = _temp.Path };
        start.ArgumentList.Add(dll);
        foreach (var a in args)
        {
            start.ArgumentList.Add(a);
        }

        start.Environment["PWD"] = _temp.Path;
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = new StringBuilder();
        var killed = false;
        var timeout = Stopwatch.StartNew();
        while (await process.StandardError.ReadLineAsync() is { } line)
        {
            stderr.AppendLine(line);
            var wal = new FileInfo(Path.Combine(_temp.Path, "store.db-wal"));
            // Rows are being written: a chunk is in the store's open transaction and more are to come. The first such
            // line is the moment to kill: waiting for the transaction to spill pages into the -wal file (how big it is
            // then is logged) lost the race when the rest of the copy finished before the next progress line.
            var writing = line.Contains("rows checked and written", StringComparison.Ordinal) && !line.Contains(": 0 of", StringComparison.Ordinal)
                && !line.Contains("(100 %)", StringComparison.Ordinal);
            if (killWhenWriting && !killed && writing)
            {
                stderr.AppendLine(string.Create(CultureInfo.InvariantCulture, $"[test] killing pid {process.Id}; -wal is {(wal.Exists ? wal.Length : 0)} bytes"));
                process.Kill(entireProcessTree: true);
                killed = true;
            }

            if (timeout.Elapsed > TimeSpan.FromMinutes(3))
            {
                process.Kill(entireProcessTree: true);
                throw new TimeoutException(stderr.ToString());
            }
        }

        await process.WaitForExitAsync();
        if (killWhenWriting)
        {
            Assert.True(killed, "the import finished before it could be killed:\n" + stderr);
        }

        return (process.ExitCode, await stdout, stderr.ToString());
    }

    private sealed record StoreSnapshot(string Integrity, long Rows, double Sum, long Entities, string UploadHash, string DataVersion);
}

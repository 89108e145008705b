using System.Diagnostics;
using System.Globalization;
using System.Runtime.InteropServices;
using Dapper;
using Dashboard.Data;
using Dashboard.Data.Derive;
using Dashboard.Data.Import;
using Dashboard.Data.Import.Contract;
using Dashboard.Data.Import.Formats;
using Microsoft.Data.Sqlite;

namespace Dashboard.Web.Cli;

/// <summary>
/// <c>time-import</c>: imports each full raw file of ../shared/sources through <see cref="ImportEngine"/> (the path an
/// upload takes: hash, format detection, its reader, validation, one transaction, the file kept) into a fresh temporary
/// store (seeded with data/'s sources, indicators and entities), and prints the wall time per file as a Markdown table
/// for docs/PERFORMANCE.md.
/// </summary>
public static class TimeImportVerb
{
    private static readonly (string File, string Source)[] Files =
    [
        (PrimarySeriesDeriver.Top500File, "top500"),
        (PrimarySeriesDeriver.SipriFile, "sipri-at-2025"),
        ("wdi/API_KAZ_DS2_en_csv_v2_18751.csv", "wdi-kaz"),
        (PrimarySeriesDeriver.PublicationsFile, "cset-owid"),
        (PrimarySeriesDeriver.InvestmentFile, "cset-owid"),
        ("cset-owid/artificial-intelligence-patents-submitted.csv", "cset-owid"),
        ("cset-owid/cumulative-number-of-large-scale-ai-systems-by-country.csv", "cset-owid"),
    ];

    public static CliVerb Verb { get; } = new(
        "time-import",
        "time-import [--sources ../shared/sources] [--data data] [--runs 5]",
        "Time importing each full raw file through the upload engine (detect + read + validate + one transaction into a temp store); prints a Markdown table.",
        Run);

    private static int Run(CliArgs args, TextWriter stdout, TextWriter stderr)
    {
        if (args.UnknownOptions("sources", "data", "runs").FirstOrDefault() is { } unknown)
        {
            return CliDispatcher.UsageError(Verb, stderr, $"unknown option --{unknown}");
        }

        var sources = CliPaths.Resolve(args.Option("sources", Path.Combine("..", "shared", "sources")));
        var data = CliPaths.Resolve(args.Option("data", "data"));
        if (!int.TryParse(args.Option("runs", "5"), NumberStyles.None, CultureInfo.InvariantCulture, out var runs) || runs is < 1 or > 50)
        {
            return CliDispatcher.UsageError(Verb, stderr, "--runs must be a whole number from 1 to 50");
        }

        if (!Directory.Exists(sources))
        {
            return CliDispatcher.UsageError(Verb, stderr, $"sources folder not found: {sources}");
        }

        var folder = Path.Combine(Path.GetTempPath(), "geoai-time-import-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        try
        {
            var seed = Path.Combine(folder, "seed.db");
            using (var c = Open(seed))
            {
                Database.ApplySchema(c);
                DataFolderImporter.Import(c, data);
                c.Execute("DELETE FROM observations; DELETE FROM datasets;");
            }

            stdout.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"time-import: {runs} runs per file, each into a fresh copy of a store seeded with {data} (dictionary only); {Environment.ProcessorCount} cores, {RuntimeInformation.OSDescription}, .NET {Environment.Version}"));
            stdout.WriteLine();
            stdout.WriteLine("| file | size | format | rows stored | median | min | max |");
            stdout.WriteLine("|---|---:|---|---:|---:|---:|---:|");
            var failed = false;
            foreach (var (file, source) in Files)
            {
                var path = Path.Combine(sources, file);
                if (!File.Exists(path))
                {
                    stdout.WriteLine($"| {file} | missing | | | | | |");
                    continue;
                }

                var times = new List<double>();
                DatasetImportReport? result = null;
                for (var run = 0; run < runs; run++)
                {
                    var target = Path.Combine(folder, $"run-{run}.db");
                    File.Copy(seed, target, overwrite: true);
                    using var c = Open(target);
                    using var stream = File.OpenRead(path);
                    var started = Stopwatch.GetTimestamp();
                    // keep: true is what an upload does (the file is kept, gzipped, so a rebuild can re-apply it).
                    var report = ImportEngine.Run(c, stream, new FileImportOptions { DatasetId = "timed", FileName = file, SourceId = source },
                        DatasetReaders.All, keep: true);
                    var elapsed = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
                    if (!report.Applied)
                    {
                        stderr.WriteLine($"{file}: not imported ({report.ErrorCount} errors)");
                        foreach (var error in report.Errors)
                        {
                            stderr.WriteLine("  " + error);
                        }

                        failed = true;
                        break;
                    }

                    result = report;
                    times.Add(elapsed);
                }

                if (result is null || times.Count < runs)
                {
                    continue;
                }

                times.Sort();
                stdout.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"| {file} | {new FileInfo(path).Length / 1024.0 / 1024.0:0.00} MB | {result.Format} | {result.RowCount:N0} | {times[times.Count / 2]:N0} ms | {times[0]:N0} ms | {times[^1]:N0} ms |"));
            }

            return failed ? 1 : 0;
        }
        finally
        {
            SqliteConnection.ClearAllPools();
            Directory.Delete(folder, recursive: true);
        }
    }

    private static SqliteConnection Open(string path)
    {
        var c = Database.OpenFile(path);
        // The same settings as a store in use (WAL), so the transaction cost is the app's.
        c.Execute("PRAGMA journal_mode = WAL;");
        return c;
    }
}

// Primary-source import: each full raw file of ../shared/sources through ImportEngine (the path an upload takes: hash,
// dialect and format detection, its reader, validation, one transaction, the file kept) into a fresh copy of a store
// seeded with data/'s sources, indicators and entities; prints the wall time per file as a Markdown table.
// Usage (from the repository root): dotnet run -c Release --project bench/SourceImportBench -- [--sources ../shared/sources] [--data data] [--runs 5]
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

(string File, string Source)[] files =
[
    (PrimarySeriesDeriver.Top500File, "top500"),
    (PrimarySeriesDeriver.SipriFile, "sipri-at-2025"),
    ("wdi/API_KAZ_DS2_en_csv_v2_18751.csv", "wdi-kaz"),
    (PrimarySeriesDeriver.PublicationsFile, "cset-owid"),
    (PrimarySeriesDeriver.InvestmentFile, "cset-owid"),
    ("cset-owid/artificial-intelligence-patents-submitted.csv", "cset-owid"),
    ("cset-owid/cumulative-number-of-large-scale-ai-systems-by-country.csv", "cset-owid"),
];

string Option(string name, string fallback)
{
    var i = Array.IndexOf(args, "--" + name);
    return i >= 0 && i + 1 < args.Length ? args[i + 1] : fallback;
}

var sources = Path.GetFullPath(Option("sources", Path.Combine("..", "shared", "sources")));
var data = Path.GetFullPath(Option("data", "data"));
if (!int.TryParse(Option("runs", "5"), NumberStyles.None, CultureInfo.InvariantCulture, out var runs) || runs is < 1 or > 50)
{
    Console.Error.WriteLine("--runs must be a whole number from 1 to 50");
    return 2;
}

if (!Directory.Exists(sources))
{
    Console.Error.WriteLine($"sources folder not found: {sources}");
    return 2;
}

var folder = Path.Combine(Path.GetTempPath(), "geoai-source-import-" + Guid.NewGuid().ToString("N"));
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

    Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
        $"source import: {runs} runs per file, each into a fresh copy of a store seeded with {data} (dictionary only); {Environment.ProcessorCount} cores, {RuntimeInformation.OSDescription}, .NET {Environment.Version}"));
    Console.WriteLine();
    Console.WriteLine("| file | size | format | rows stored | median | min | max |");
    Console.WriteLine("|---|---:|---|---:|---:|---:|---:|");
    var failed = false;
    foreach (var (file, source) in files)
    {
        var path = Path.Combine(sources, file);
        if (!File.Exists(path))
        {
            Console.WriteLine($"| {file} | missing | | | | | |");
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
            var report = ImportEngine.Run(c, stream, new FileImportOptions { DatasetId = "timed", FileName = file, SourceId = source }, DatasetReaders.All, keep: true);
            var elapsed = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
            if (!report.Applied)
            {
                Console.Error.WriteLine($"{file}: not imported ({report.ErrorCount} errors)");
                foreach (var error in report.Errors)
                {
                    Console.Error.WriteLine("  " + error);
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
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"| {file} | {new FileInfo(path).Length / 1024.0 / 1024.0:0.00} MB | {result.Format} | {result.RowCount:N0} | {times[times.Count / 2]:N0} ms | {times[0]:N0} ms | {times[^1]:N0} ms |"));
    }

    return failed ? 1 : 0;
}
finally
{
    SqliteConnection.ClearAllPools();
    Directory.Delete(folder, recursive: true);
}

static SqliteConnection Open(string path)
{
    var c = Database.OpenFile(path);
    // The same settings as a store in use (WAL), so the transaction cost is the app's.
    c.Execute("PRAGMA journal_mode = WAL;");
    return c;
}

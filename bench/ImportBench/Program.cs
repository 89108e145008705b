// Import throughput: the app's importer vs `sqlite3 .import` of the same generated file, in the same run.
// Usage: dotnet run -c Release --project bench/ImportBench -- [--rows 1000000] [--runs 3] [--shuffle] [--no-profile] [--keep]
using System.Globalization;
using ImportBench;

var options = BenchOptions.Parse(args);
var sqliteVersion = SqliteCli.Version();
if (sqliteVersion is null)
{
    Console.Error.WriteLine("sqlite3 not found: install it with `apt-get install -y sqlite3` and run again.");
    return 2;
}

var loadBefore = MachineInfo.LoadAverage();
var work = Path.Combine(Path.GetTempPath(), "geoai-importbench-" + Guid.NewGuid().ToString("N")[..8]);
var folder = Path.Combine(work, "data");
var db = Path.Combine(work, "bench.db");
try
{
    Console.Error.WriteLine($"Generating {options.Rows:N0} rows{(options.Shuffle ? " (shuffled keys)" : "")} in {folder} …");
    var csv = ObservationFileGenerator.WriteFolder(folder, options.Rows, options.Shuffle);
    var size = new FileInfo(csv).Length;

    // Contenders run round-robin (one warm-up round, then the measured rounds) so that load from other processes
    // on the machine hits all of them alike.
    var contenders = new List<(string Name, Func<Measurement> Run)>
    {
        ("sqlite3 .import, plain table", () => SqliteCli.TimeImport(db, csv, withKeyIndex: false, options.Rows)),
        ("sqlite3 .import, table with the unique key index", () => SqliteCli.TimeImport(db, csv, withKeyIndex: true, options.Rows)),
        ("ours: Database.EnsureBuilt (hash, validate, insert, indexes, rename)", () => OurImport.TimeEnsureBuilt(db, folder, options.Rows)),
        ("ours: DataFolderImporter.Import into a fresh store", () => OurImport.TimeImporter(db, folder, options.Rows)),
    };
    var results = RoundRobin(contenders, options.Runs);
    var (plain, indexed, ensure) = (results[0], results[1], results[2]);

    var profile = new List<BenchResult>();
    if (options.Profile)
    {
        profile = RoundRobin(
        [
            ("SHA-256 + UTF-8 check of the file", () => OurImport.TimeHashAndEncoding(csv)),
            ("CsvHelper parse + field checks (CsvTableReader)", () => OurImport.TimeParse(csv, options.Rows)),
            ("parse + validate every row (no database)", () => OurImport.TimeValidate(folder, csv, options.Rows)),
            ("insert only: ObservationWriter, rows parsed beforehand, dataset index kept, references checked", () => OurImport.TimeInsertOnly(db, folder, csv, options.Rows)),
            ("CREATE the key index after the load", () => OurImport.TimeCreateIndexes(db)),
            ("foreign_key_check of the other tables after the load", () => OurImport.TimeForeignKeyCheck(db)),
        ], options.Runs);
    }

    var loadAfter = MachineInfo.LoadAverage();
    var machine = MachineInfo.Describe();
    Console.WriteLine($"# Import throughput — {DateTime.UtcNow.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture)} UTC");
    Console.WriteLine();
    Console.WriteLine($"- file: {options.Rows:N0} rows, {size / 1e6:F1} MB, keys {(options.Shuffle ? "shuffled" : "grouped by indicator and entity")}");
    Console.WriteLine($"- machine: {machine}");
    Console.WriteLine($"- sqlite3 shell {sqliteVersion.Split(' ')[0]}; Microsoft.Data.Sqlite with SQLite {MachineInfo.LibrarySqliteVersion()}; .NET {Environment.Version}");
    Console.WriteLine($"- load average (1 min) before / after: {loadBefore} / {loadAfter} — other processes compete for the {Environment.ProcessorCount} cores when it is above 0");
    Console.WriteLine($"- median of {options.Runs} runs after one warm-up round, contenders interleaved; sqlite3 command: `{SqliteCli.Command("<tmp.db>", "<file.csv>")}`");
    Console.WriteLine();
    Console.WriteLine(BenchResult.Header("what"));
    foreach (var r in results)
    {
        Console.WriteLine(r.Row(options.Rows, plain, indexed));
    }

    if (profile.Count > 0)
    {
        Console.WriteLine();
        Console.WriteLine("Profile (each stage timed on its own, same file):");
        Console.WriteLine();
        Console.WriteLine(BenchResult.Header("stage"));
        foreach (var r in profile)
        {
            Console.WriteLine(r.Row(options.Rows, plain, indexed));
        }
    }

    Console.WriteLine();
    var importer = results[3];
    var ratio = importer.Median / plain.Median;
    var whole = ensure.Median / plain.Median;
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
        $"Target: the folder import ≤ 1.3 × sqlite3 plain .import. Medians: DataFolderImporter.Import {ratio:F2}× ({(ratio <= 1.3 ? "met" : "NOT met")}), " +
        $"the whole EnsureBuilt {whole:F2}× ({(whole <= 1.3 ? "within" : "over")} 1.3×); vs sqlite3 with the unique index: {importer.Median / indexed.Median:F2}× / {ensure.Median / indexed.Median:F2}×. " +
        $"Fastest runs (least interference): {importer.Min / plain.Min:F2}× / {ensure.Min / plain.Min:F2}×."));
    return 0;
}
finally
{
    Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
    if (!options.Keep)
    {
        Directory.Delete(work, recursive: true);
    }
    else
    {
        Console.Error.WriteLine("kept " + work);
    }
}

static List<BenchResult> RoundRobin(IReadOnlyList<(string Name, Func<Measurement> Run)> contenders, int runs)
{
    var times = contenders.Select(_ => new List<Measurement>()).ToList();
    for (var round = 0; round <= runs; round++)
    {
        Console.Error.WriteLine(round == 0 ? "warm-up round" : $"round {round} of {runs}");
        for (var i = 0; i < contenders.Count; i++)
        {
            var t = contenders[i].Run();
            Console.Error.WriteLine($"  {contenders[i].Name}: {t.Wall.TotalSeconds:F2} s (CPU {t.Cpu.TotalSeconds:F2} s)");
            if (round > 0)
            {
                times[i].Add(t);
            }
        }
    }

    return contenders.Select((c, i) => new BenchResult(c.Name, times[i])).ToList();
}

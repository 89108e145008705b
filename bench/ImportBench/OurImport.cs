using Dashboard.Data;
using Dashboard.Data.Import;
using Dashboard.Data.Import.Contract;
using Dashboard.Data.Import.Formats;
using Dashboard.Data.Import.Store;
using Dashboard.Data.Model;
using Microsoft.Data.Sqlite;

namespace ImportBench;

/// <summary>Times the app's own import paths and, for the profile, each stage of it on its own.</summary>
internal static class OurImport
{
    private const string IndexSeparator = "\n--\n";

    /// <summary>What the web app does on start with a changed data folder: hash, validate, build a temp store, rename.</summary>
    public static Measurement TimeEnsureBuilt(string db, string folder, long expectedRows)
    {
        DeleteDb(db);
        StoreBuild? build = null;
        var m = Measurement.Of(() => build = new Database(db).EnsureBuilt(folder));
        SqliteConnection.ClearAllPools();
        Expect(build?.Summary?.Observations, expectedRows);
        return m;
    }

    /// <summary>The importer alone into a fresh file prepared as EnsureBuilt prepares it (journal off, synchronous off, schema applied).</summary>
    public static Measurement TimeImporter(string db, string folder, long expectedRows)
    {
        DeleteDb(db);
        using var c = OpenFresh(db);
        ImportSummary? summary = null;
        var m = Measurement.Of(() => summary = DataFolderImporter.Import(c, folder));
        Expect(summary?.Observations, expectedRows);
        return m;
    }

    /// <summary>Hash + UTF-8 check of the file: the two whole-file passes before parsing.</summary>
    public static Measurement TimeHashAndEncoding(string csv) => Measurement.Of(() =>
    {
        _ = ContentHash.OfFile(csv);
        using var stream = File.OpenRead(csv);
        if (TextEncodingCheck.Check(stream, csv) is { } error)
        {
            throw new InvalidOperationException(error.ToString());
        }
    });

    /// <summary>CsvHelper parsing and header/width checks only.</summary>
    public static Measurement TimeParse(string csv, long expectedRows)
    {
        long rows = 0;
        var m = Measurement.Of(() =>
        {
            var errors = new ErrorList();
            using var text = OpenCsv(csv);
            using var table = new CsvTableReader(text, csv, errors);
            table.ReadHeader(TableColumns.Observations);
            foreach (var _ in table.ReadRows())
            {
                rows++;
            }
        });
        Expect(rows, expectedRows);
        return m;
    }

    /// <summary>Parsing plus every validation rule of an observation row, without writing.</summary>
    public static Measurement TimeValidate(string folder, string csv, long expectedRows)
    {
        var count = 0;
        var m = Measurement.Of(() => (count, _) = ParseAll(folder, csv, keep: false));
        Expect(count, expectedRows);
        return m;
    }

    /// <summary>
    /// The calling thread's share of the load: rows parsed beforehand (untimed), then only ObservationWriter.InsertMany into
    /// the observations table without its indexes and without foreign-key enforcement, as the folder import does.
    /// Leaves the database for <see cref="TimeCreateIndexes"/> and <see cref="TimeForeignKeyCheck"/>.
    /// </summary>
    public static Measurement TimeInsertOnly(string db, string folder, string csv, long expectedRows)
    {
        var (_, rows) = ParseAll(folder, csv, keep: true);
        Expect(rows.Count, expectedRows);
        DeleteDb(db);
        using var c = OpenFresh(db);
        Exec(c, "PRAGMA foreign_keys = OFF");
        using var t = c.BeginTransaction();
        var indexes = StoreWriter.DropIndexes(c, t, "observations", keep: "ix_observations_dataset");
        File.WriteAllText(db + ".indexes", string.Join(IndexSeparator, indexes));
        var errors = new ErrorList();
        StoreWriter.WriteDictionary(c, t,
            Read(folder, "sources.csv", (r, f) => ContractTables.ReadSources(r, f, errors)),
            Read(folder, "indicators.csv", (r, f) => ContractTables.ReadIndicators(r, f, errors)),
            Read(folder, "entities.csv", (r, f) => ContractTables.ReadEntities(r, f, errors)));
        StoreWriter.WriteDatasets(c, t,
            [new DatasetInfo { Id = "bench", FileName = "observations/bench.csv", Format = "contract", Origin = "shipped", ContentHash = "-", ImportedAt = "-" }]);
        return Measurement.Of(() =>
        {
            using (var writer = new ObservationWriter(c, t))
            {
                // The folder import hands over batches of 1024 rows (ObservationLoad).
                for (var i = 0; i < rows.Count; i += 1024)
                {
                    writer.InsertMany("bench", rows.GetRange(i, Math.Min(1024, rows.Count - i)));
                }

                writer.CheckReferences();
            }

            t.Commit();
        });
    }

    public static Measurement TimeCreateIndexes(string db)
    {
        using var c = OpenExisting(db);
        var indexes = File.ReadAllText(db + ".indexes").Split(IndexSeparator);
        return Measurement.Of(() =>
        {
            using var t = c.BeginTransaction();
            StoreWriter.CreateIndexes(c, t, indexes);
            t.Commit();
        });
    }

    public static Measurement TimeForeignKeyCheck(string db)
    {
        using var c = OpenExisting(db);
        return Measurement.Of(() =>
        {
            using var t = c.BeginTransaction();
            StoreWriter.CheckForeignKeys(c, t, checkedElsewhere: "observations");
            t.Commit();
        });
    }

    private static (int Count, List<ParsedObservation> Rows) ParseAll(string folder, string csv, bool keep)
    {
        var errors = new ErrorList();
        var rules = new ObservationRules(References(folder, errors));
        var rows = new List<ParsedObservation>();
        var count = 0;
        using (var text = OpenCsv(csv))
        {
            foreach (var p in ContractTables.Rows(text, csv, TableColumns.Observations, errors))
            {
                if (ObservationRows.Parse(p, rules) is { } parsed)
                {
                    count++;
                    if (keep)
                    {
                        rows.Add(new ParsedObservation(parsed.Observation, parsed.Period, p.Row.Line));
                    }
                }
            }
        }

        if (errors.HasErrors)
        {
            throw new InvalidOperationException(errors.Items[0].ToString());
        }

        return (count, rows);
    }

    private static ReferenceSet References(string folder, ErrorList errors)
    {
        var indicators = Read(folder, "indicators.csv", (r, f) => ContractTables.ReadIndicators(r, f, errors));
        var entities = Read(folder, "entities.csv", (r, f) => ContractTables.ReadEntities(r, f, errors));
        var sources = Read(folder, "sources.csv", (r, f) => ContractTables.ReadSources(r, f, errors));
        return new ReferenceSet(indicators, entities.Select(e => e.Code), sources.Select(s => s.Id));
    }

    private static List<T> Read<T>(string folder, string name, Func<TextReader, string, List<T>> read)
    {
        using var reader = new StreamReader(Path.Combine(folder, name));
        return read(reader, name);
    }

    private static StreamReader OpenCsv(string csv) =>
        new(File.OpenRead(csv), new System.Text.UTF8Encoding(false, true), false, 1 << 16);

    /// <summary>A new store file set up as <see cref="Database.EnsureBuilt"/> sets up its temp file.</summary>
    private static SqliteConnection OpenFresh(string db)
    {
        var c = OpenExisting(db);
        Database.PrepareFreshBuild(c);
        Database.ApplySchema(c);
        return c;
    }

    private static SqliteConnection OpenExisting(string db)
    {
        var c = Database.OpenFile(db);
        Exec(c, "PRAGMA journal_mode = OFF; PRAGMA synchronous = OFF;");
        return c;
    }

    private static void Exec(SqliteConnection c, string sql)
    {
        using var cmd = c.CreateCommand();
        cmd.CommandText = sql;
        cmd.ExecuteNonQuery();
    }

    private static void Expect(long? actual, long expected)
    {
        if (actual != expected)
        {
            throw new InvalidOperationException($"expected {expected} rows, got {actual}");
        }
    }

    private static void DeleteDb(string db)
    {
        foreach (var suffix in new[] { "", "-wal", "-shm", "-journal" })
        {
            File.Delete(db + suffix);
        }
    }
}

using System.Diagnostics;
using Dashboard.Data;
using Dashboard.Data.Import;
using Microsoft.Data.Sqlite;

namespace ImportBench;

/// <summary>Times the app's own import paths and, for the profile, each stage of it on its own.</summary>
internal static class OurImport
{
    /// <summary>What the web app does on start with a changed data folder: hash, validate, build a temp store, rename.</summary>
    public static TimeSpan TimeEnsureBuilt(string db, string folder, long expectedRows)
    {
        DeleteDb(db);
        var sw = Stopwatch.StartNew();
        var build = new Database(db).EnsureBuilt(folder);
        sw.Stop();
        SqliteConnection.ClearAllPools();
        Expect(build.Summary?.Observations, expectedRows);
        Console.Error.WriteLine($"  EnsureBuilt: {build.Summary!.Observations} rows in {sw.Elapsed.TotalSeconds:F2} s");
        return sw.Elapsed;
    }

    /// <summary>The importer alone into a fresh file prepared as EnsureBuilt prepares it (journal off, synchronous off, schema applied).</summary>
    public static TimeSpan TimeImporter(string db, string folder, long expectedRows, bool dropIndexes, out TimeSpan indexTime)
    {
        DeleteDb(db);
        indexTime = TimeSpan.Zero;
        using var c = Open(db);
        Exec(c, "PRAGMA journal_mode = OFF; PRAGMA synchronous = OFF;");
        Database.ApplySchema(c);
        var indexes = new List<string>();
        if (dropIndexes)
        {
            using var q = c.CreateCommand();
            q.CommandText = "SELECT name, sql FROM sqlite_master WHERE type = 'index' AND tbl_name = 'observations' AND sql IS NOT NULL";
            var names = new List<string>();
            using (var r = q.ExecuteReader())
            {
                while (r.Read())
                {
                    names.Add(r.GetString(0));
                    indexes.Add(r.GetString(1));
                }
            }

            foreach (var name in names)
            {
                Exec(c, "DROP INDEX " + name);
            }
        }

        var sw = Stopwatch.StartNew();
        var summary = DataFolderImporter.Import(c, folder);
        sw.Stop();
        Expect(summary.Observations, expectedRows);
        if (dropIndexes)
        {
            var si = Stopwatch.StartNew();
            foreach (var sql in indexes)
            {
                Exec(c, sql);
            }

            indexTime = si.Elapsed;
        }

        Console.Error.WriteLine($"  importer{(dropIndexes ? " without indexes" : "")}: {summary.Observations} rows in {sw.Elapsed.TotalSeconds:F2} s" +
            (dropIndexes ? $" + indexes {indexTime.TotalSeconds:F2} s" : ""));
        return sw.Elapsed;
    }

    /// <summary>Hash + UTF-8 check of the file: the two whole-file passes before parsing.</summary>
    public static TimeSpan TimeHashAndEncoding(string csv)
    {
        var sw = Stopwatch.StartNew();
        _ = ContentHash.OfFile(csv);
        using var stream = File.OpenRead(csv);
        if (TextEncodingCheck.Check(stream, csv) is { } error)
        {
            throw new InvalidOperationException(error.ToString());
        }

        return sw.Elapsed;
    }

    /// <summary>CsvHelper parsing and header/width checks only.</summary>
    public static TimeSpan TimeParse(string csv, long expectedRows)
    {
        var sw = Stopwatch.StartNew();
        var errors = new ErrorList();
        long rows = 0;
        using (var stream = File.OpenRead(csv))
        using (var text = new StreamReader(stream, new System.Text.UTF8Encoding(false, true), false, 1 << 16))
        using (var table = new CsvTableReader(text, csv, errors))
        {
            table.ReadHeader(TableColumns.Observations);
            foreach (var _ in table.ReadRows())
            {
                rows++;
            }
        }

        sw.Stop();
        Expect(rows, expectedRows);
        return sw.Elapsed;
    }

    /// <summary>Parsing plus every validation rule of an observation row, without writing.</summary>
    public static TimeSpan TimeValidate(string folder, string csv, long expectedRows)
    {
        var errors = new ErrorList();
        var refs = References(folder, errors);
        var sw = Stopwatch.StartNew();
        long rows = 0;
        using (var stream = File.OpenRead(csv))
        using (var text = new StreamReader(stream, new System.Text.UTF8Encoding(false, true), false, 1 << 16))
        {
            foreach (var p in ContractTables.Rows(text, csv, TableColumns.Observations, errors))
            {
                if (ObservationRows.Parse(p, refs) is not null)
                {
                    rows++;
                }
            }
        }

        sw.Stop();
        if (errors.HasErrors)
        {
            throw new InvalidOperationException(errors.Items[0].ToString());
        }

        Expect(rows, expectedRows);
        return sw.Elapsed;
    }

    private static ReferenceSet References(string folder, ErrorList errors)
    {
        List<T> Read<T>(string name, Func<TextReader, string, List<T>> read)
        {
            using var reader = new StreamReader(Path.Combine(folder, name));
            return read(reader, name);
        }

        var indicators = Read("indicators.csv", (r, f) => ContractTables.ReadIndicators(r, f, errors));
        var entities = Read("entities.csv", (r, f) => ContractTables.ReadEntities(r, f, errors));
        var sources = Read("sources.csv", (r, f) => ContractTables.ReadSources(r, f, errors));
        return new ReferenceSet(indicators, entities.Select(e => e.Code), sources.Select(s => s.Id));
    }

    private static SqliteConnection Open(string db)
    {
        var c = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = db, ForeignKeys = true, Pooling = false }.ToString());
        c.Open();
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

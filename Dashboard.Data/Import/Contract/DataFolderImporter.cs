using Dapper;
using Dashboard.Data.Import.Store;
using Dashboard.Data.Model;
using Microsoft.Data.Sqlite;

namespace Dashboard.Data.Import.Contract;

/// <summary>
/// Imports a whole data folder (the CSV contract of <c>data/README.md</c>) into a database: every file is read and
/// every row validated, and the shipped content is replaced in one transaction. Any error rolls everything back and
/// throws <see cref="ImportFailedException"/> listing every error found.
/// </summary>
public static class DataFolderImporter
{
    /// <param name="connection">An open connection to a database with the current schema.</param>
    /// <param name="folder">The folder holding <c>sources.csv</c>, <c>indicators.csv</c>, … and <c>observations/</c>.</param>
    /// <param name="displayPrefix">How file names start in error messages, e.g. <c>data</c>.</param>
    public static ImportSummary Import(SqliteConnection connection, string folder, string displayPrefix = "data")
    {
        var errors = new ErrorList();
        string Name(string relative) => displayPrefix + "/" + relative;

        var sources = ReadFile(folder, "sources.csv", Name, errors, required: true, (r, f) => ContractTables.ReadSources(r, f, errors));
        var indicators = ReadFile(folder, "indicators.csv", Name, errors, required: true, (r, f) => ContractTables.ReadIndicators(r, f, errors));
        var entities = ReadFile(folder, "entities.csv", Name, errors, required: true, (r, f) => ContractTables.ReadEntities(r, f, errors));
        var refs = new ReferenceSet(indicators, entities.Select(e => e.Code), sources.Select(s => s.Id));
        var events = ReadFile(folder, "events.csv", Name, errors, required: false, (r, f) => ContractTables.ReadEvents(r, f, refs, errors));
        var projects = ReadFile(folder, "projects.csv", Name, errors, required: false, (r, f) => ContractTables.ReadProjects(r, f, refs, errors));
        var claims = ReadFile(folder, "claims.csv", Name, errors, required: false, (r, f) => ClaimsTable.Read(r, f, refs, errors));
        var texts = ReadDataTexts(folder, Name, errors, DataTextsTable.Keys(indicators, entities, events));
        Geo.RegionGeometryFile.Validate(folder, Name, errors);

        var observationFiles = Directory.Exists(Path.Combine(folder, "observations"))
            ? Directory.GetFiles(Path.Combine(folder, "observations"), "*.csv").Order(StringComparer.Ordinal).ToArray()
            : [];

        // Every reference is validated above against exactly the rows written below, so the per-row foreign-key
        // lookups (a third of the insert time) are switched off for this transaction and checked once before commit:
        // the small tables by SQLite, the observations by the distinct values their writer bound.
        var foreignKeys = connection.ExecuteScalar<long>("PRAGMA foreign_keys") == 1;
        if (foreignKeys)
        {
            connection.Execute("PRAGMA foreign_keys = OFF");
        }

        try
        {
            var observationCount = WriteAll(connection, Name, errors, refs, sources, indicators, entities, events, projects, claims, texts, observationFiles);
            return new ImportSummary(sources.Count, indicators.Count, entities.Count, observationCount, events.Count, projects.Count);
        }
        finally
        {
            if (foreignKeys)
            {
                connection.Execute("PRAGMA foreign_keys = ON");
            }
        }
    }

    private static long WriteAll(SqliteConnection connection, Func<string, string> name, ErrorList errors, ReferenceSet refs,
        List<Source> sources, List<Indicator> indicators, List<Entity> entities, List<TimelineEvent> events, List<Project> projects,
        List<Claim> claims, List<DataText> texts, string[] observationFiles)
    {
        using var transaction = connection.BeginTransaction();
        StoreWriter.ClearShipped(connection, transaction);
        StoreWriter.WriteDictionary(connection, transaction, sources, indicators, entities);
        StoreWriter.WriteEvents(connection, transaction, events);
        StoreWriter.WriteProjects(connection, transaction, projects);
        StoreWriter.WriteClaims(connection, transaction, claims);
        StoreWriter.WriteDataTexts(connection, transaction, texts);

        // The table is empty now: load it without its key index and build that once at the end (a sort instead of a
        // million B-tree updates in key order); duplicates are caught in memory meanwhile. The dataset index stays: its
        // keys (dataset, rowid) arrive in order, a file at a time, so keeping it is an append per row on the inserting
        // thread, which waits for the parsing one anyway. The definitions come from the schema.
        var indexes = StoreWriter.DropIndexes(connection, transaction, "observations", keep: "ix_observations_dataset");
        var keys = new ObservationKeySet();
        long observationCount = 0;
        using (var writer = new ObservationWriter(connection, transaction))
        {
            foreach (var path in observationFiles)
            {
                var fileName = Path.GetFileName(path);
                var display = name("observations/" + fileName);
                var datasetId = Path.GetFileNameWithoutExtension(path);
                if (!RowParser.IsSlug(datasetId))
                {
                    errors.Add(ImportError.At(display, 0, null, null, "file name must be a slug (lower-case letters, digits, '-') ending in .csv"));
                    continue;
                }

                // Foreign keys are not enforced during this load, so the dataset row can follow its rows, once the
                // reading thread has hashed the file while parsing it.
                using var hash = ContentHash.Start();
                using var stream = File.OpenRead(path);
                var rows = ObservationLoad.Load(stream, display, datasetId, refs, writer, errors, keys, hash);
                StoreWriter.WriteDatasets(connection, transaction,
                [
                    new DatasetInfo
                    {
                        Id = datasetId,
                        FileName = "observations/" + fileName,
                        Format = "contract",
                        Origin = "shipped",
                        ContentHash = ContentHash.Finish(hash),
                        RowCount = rows,
                        ImportedAt = DateTimeOffset.UtcNow.ToString("O", System.Globalization.CultureInfo.InvariantCulture),
                    },
                ]);
                observationCount += rows;
            }

            if (!errors.HasErrors)
            {
                writer.CheckReferences();
            }
        }

        if (errors.HasErrors)
        {
            transaction.Rollback();
            throw new ImportFailedException(errors.ToReport());
        }

        StoreWriter.CreateIndexes(connection, transaction, indexes);
        StoreWriter.CheckForeignKeys(connection, transaction, checkedElsewhere: "observations");
        transaction.Commit();
        return observationCount;
    }

    /// <summary>Every <c>i18n/{culture}.csv</c>: its file name is its culture.</summary>
    private static List<DataText> ReadDataTexts(string folder, Func<string, string> name, ErrorList errors, IReadOnlyDictionary<string, string> keys)
    {
        var texts = new List<DataText>();
        var dir = Path.Combine(folder, "i18n");
        if (!Directory.Exists(dir))
        {
            return texts;
        }

        foreach (var path in Directory.GetFiles(dir).Order(StringComparer.Ordinal))
        {
            var relative = "i18n/" + Path.GetFileName(path);
            var culture = Path.GetFileNameWithoutExtension(path);
            if (!path.EndsWith(".csv", StringComparison.Ordinal) || !DataTextsTable.IsCultureName(culture) || culture == "en")
            {
                errors.Add(ImportError.At(name(relative), 0, null, null,
                    "is not a culture's texts file (i18n/{culture}.csv, a two- or three-letter culture other than en, e.g. ru.csv)"));
                continue;
            }

            texts.AddRange(ReadFile(folder, relative, name, errors, required: true, (r, f) => DataTextsTable.Read(r, f, culture, keys, errors)));
        }

        return texts;
    }

    private static List<T> ReadFile<T>(string folder, string relative, Func<string, string> name, ErrorList errors, bool required,
        Func<TextReader, string, List<T>> read)
    {
        var path = Path.Combine(folder, relative);
        if (!File.Exists(path))
        {
            if (required)
            {
                errors.Add(ImportError.At(name(relative), 0, null, null, "is missing (every data folder needs it)"));
            }

            return [];
        }

        using var stream = File.OpenRead(path);
        if (!CsvTableReader.TryOpenText(stream, name(relative), errors, out var text))
        {
            return [];
        }

        using (text)
        {
            return read(text, name(relative));
        }
    }
}

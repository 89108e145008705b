using System.Reflection;
using System.Security.Cryptography;
using System.Text;
using Dapper;
using Dashboard.Data.Import;
using Dashboard.Data.Import.Contract;
using Dashboard.Data.Import.Formats;
using Dashboard.Data.Import.Store;
using Microsoft.Data.Sqlite;

namespace Dashboard.Data;

/// <summary>
/// The SQLite store: opens connections (WAL, foreign keys on), applies the embedded schema files in order, and builds
/// the store from a data folder when — and only when — the folder's content (or the schema) changed.
/// </summary>
public sealed class Database
{
    /// <summary>Bump when the importer changes what it writes, so existing stores are rebuilt.</summary>
    public const int ImporterVersion = 2;

    private const string BuildKeySql = "SELECT value FROM meta WHERE key = 'build_key'";

    /// <summary>What an applied upload contributes to the data version: id, file hash, source and the hash of its stored rows.</summary>
    private const string AppliedUploadsSql = """
        SELECT d.id || ' ' || d.content_hash || ' ' || IFNULL(d.source_id, '') || ' ' || IFNULL(d.rows_hash, '') AS Upload
        FROM datasets d
        WHERE d.origin = 'upload'
        ORDER BY d.id
        """;

    /// <summary>
    /// Every definition an upload may add or change (small tables), read whole into the data version, and each feed's
    /// binding and last attempt: pages say when a feed was last refreshed and why its last attempt failed, so a recorded
    /// attempt is a new version of what they show.
    /// </summary>
    private const string DefinitionsSql = """
        SELECT 'i|' || id || '|' || name || '|' || unit || '|' || dimension || '|' || description || '|' || chart_kind || '|'
               || IFNULL(CAST(min_value AS TEXT), '') || '|' || IFNULL(CAST(max_value AS TEXT), '') || '|' || display_precision
               || '|' || missing_means_zero || '|' || map_classes FROM indicators
        UNION ALL SELECT 'e|' || code || '|' || name || '|' || kind FROM entities
        UNION ALL SELECT 's|' || id || '|' || citation || '|' || IFNULL(url, '') || '|' || IFNULL(publisher, '') || '|' || IFNULL(licence, '')
               || '|' || IFNULL(edition, '') || '|' || IFNULL(accessed, '') FROM sources
        UNION ALL SELECT 'f|' || id || '|' || url || '|' || schedule || '|' || dataset_id || '|' || IFNULL(last_attempt_at, '') || '|'
               || IFNULL(last_outcome, '') || '|' || IFNULL(last_error, '') || '|' || IFNULL(last_success_at, '') FROM feeds
        ORDER BY 1
        """;

    public Database(string path)
    {
        Path = System.IO.Path.GetFullPath(path);
        ConnectionString = ConnectionStringFor(Path, readOnly: false, pooled: true);
    }

    public string Path { get; }

    public string ConnectionString { get; }

    private long _opened;

    /// <summary>
    /// How many connections this store has opened (<see cref="Open"/>): each is one read or write of the store. For
    /// diagnostics and for tests that bound how often a request reads the store.
    /// </summary>
    public long ConnectionsOpened => Interlocked.Read(ref _opened);

    /// <summary>Opens a connection with foreign keys on and a busy timeout for concurrent readers and writers.</summary>
    public SqliteConnection Open()
    {
        Interlocked.Increment(ref _opened);
        return OpenAt(ConnectionString);
    }

    /// <summary>
    /// The one place connection strings are built: foreign keys on, a 30 s busy timeout, pooled for the app's store and
    /// not pooled for files opened once (a store being built, a previous store, a benchmark's copy).
    /// </summary>
    public static string ConnectionStringFor(string path, bool readOnly = false, bool pooled = false) =>
        new SqliteConnectionStringBuilder
        {
            DataSource = path,
            Mode = readOnly ? SqliteOpenMode.ReadOnly : SqliteOpenMode.ReadWriteCreate,
            ForeignKeys = true,
            Pooling = pooled,
            DefaultTimeout = 30,
        }.ToString();

    /// <summary>Opens a SQLite file other than the app's store (not pooled), with <see cref="ConnectionStringFor"/>.</summary>
    public static SqliteConnection OpenFile(string path, bool readOnly = false) => OpenAt(ConnectionStringFor(path, readOnly));

    /// <summary>The data version of the store (<see cref="GetDataVersion"/>).</summary>
    public const string DataVersionSql = "SELECT value FROM meta WHERE key = 'data_version'";

    /// <summary>The data version of a store that has none yet.</summary>
    public const string EmptyDataVersion = "empty";

    /// <summary>The data version: changes whenever stored content changes (used in ETags and exports).</summary>
    public string GetDataVersion()
    {
        using var c = Open();
        return c.ExecuteScalar<string?>(DataVersionSql) ?? EmptyDataVersion;
    }

    /// <summary>
    /// Gives the store its data version (inside the caller's transaction) after its content changed: 16 hex digits of a
    /// SHA-256 over the build key (the content of <c>data/</c>, schema and importer), every applied upload (dataset id,
    /// file hash, source and the hash of the rows it stored) and every definition (indicators, entities, sources). It is
    /// computed from what is stored, not from the file: the same file read another way (another value column or series)
    /// stores other rows and gets another version, so no cache keyed by the version serves rows that are gone. Stores
    /// built from the same <c>data/</c> with the same uploads applied have the same version, on every instance of the
    /// app and however they got there, and ETags and versioned URLs agree between instances.
    /// </summary>
    public static string NewDataVersion(SqliteConnection c, SqliteTransaction? t = null)
    {
        var parts = new List<string> { c.ExecuteScalar<string?>(BuildKeySql, transaction: t) ?? "" };
        parts.AddRange(c.Query<string>(AppliedUploadsSql, transaction: t));
        parts.AddRange(c.Query<string>(DefinitionsSql, transaction: t));
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes(string.Join('\n', parts)));
        var version = Convert.ToHexStringLower(hash)[..16];
        SetMeta(c, "data_version", version, t);
        return version;
    }

    /// <summary>
    /// Makes sure the store holds the content of <paramref name="dataFolder"/>. If the stored build key (content hash
    /// of the folder + schema + importer version) matches, nothing is done. Otherwise a new database is built in a
    /// temporary file and moved over the old one, so the store file is never half-written. Uploaded datasets kept in
    /// the previous store are re-applied to the new one before it is moved into place (see <see cref="UploadReplay"/>).
    /// </summary>
    /// <param name="dataFolder">The folder of contract CSVs.</param>
    /// <param name="uploadReaders">Formats to re-read kept uploads with; default: every supported format.</param>
    public StoreBuild EnsureBuilt(string dataFolder, IReadOnlyList<IDatasetReader>? uploadReaders = null)
    {
        var key = BuildKey(dataFolder);
        if (File.Exists(Path) && ReadBuildKey() == key)
        {
            return new StoreBuild(Rebuilt: false, key, Summary: null);
        }

        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(Path)!);
        var temp = Path + ".building-" + Guid.NewGuid().ToString("N")[..8];
        try
        {
            ImportSummary summary;
            IReadOnlyList<UploadReplayResult> replayed;
            using (var c = OpenFile(temp))
            {
                PrepareFreshBuild(c);
                ApplySchema(c);
                summary = DataFolderImporter.Import(c, dataFolder);
                SetMeta(c, "build_key", key);
                NewDataVersion(c);
                c.Execute("PRAGMA journal_mode = WAL;");

                // After the journal is back on: a failed re-apply must roll back cleanly. Then the feeds and the
                // revision history, which no file holds, come over as they were.
                replayed = UploadReplay.Replay(File.Exists(Path) ? Path : null, c, uploadReaders ?? DatasetReaders.All);
                KeptTemplates.CarryOver(File.Exists(Path) ? Path : null, c);
                if (HistoryCarryOver.Copy(File.Exists(Path) ? Path : null, c))
                {
                    NewDataVersion(c);
                }
            }

            SqliteConnection.ClearAllPools();
            foreach (var suffix in new[] { "-wal", "-shm" })
            {
                File.Delete(Path + suffix);
            }

            File.Move(temp, Path, overwrite: true);
            return new StoreBuild(Rebuilt: true, key, summary) { Replayed = replayed };
        }
        finally
        {
            File.Delete(temp);
        }
    }

    /// <summary>
    /// Sets up a connection to a new, empty file that is built completely and only then renamed into place: no journal
    /// and no syncs are needed while building, and 16 KiB pages (set before the first table) mean fewer pages for a
    /// bulk load and its index builds to touch.
    /// </summary>
    public static void PrepareFreshBuild(SqliteConnection connection) =>
        connection.Execute("PRAGMA page_size = 16384; PRAGMA journal_mode = OFF; PRAGMA synchronous = OFF;");

    /// <summary>Creates the schema in an empty database or applies the schema files it has not seen yet.</summary>
    public static void ApplySchema(SqliteConnection connection)
    {
        connection.Execute("CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)");
        var current = connection.ExecuteScalar<string?>("SELECT value FROM meta WHERE key = 'schema_version'");
        var version = current is null ? 0 : int.Parse(current, System.Globalization.CultureInfo.InvariantCulture);
        var scripts = SchemaScripts();
        using var transaction = connection.BeginTransaction();
        foreach (var (number, sql) in scripts.Where(s => s.Number > version))
        {
            // 001 creates meta itself; it already exists, so strip that one statement.
            connection.Execute(sql.Replace("CREATE TABLE meta", "CREATE TABLE IF NOT EXISTS meta", StringComparison.Ordinal), transaction: transaction);
            version = number;
        }

        SetMeta(connection, "schema_version", version.ToString(System.Globalization.CultureInfo.InvariantCulture), transaction);
        transaction.Commit();
    }

    /// <summary>The embedded <c>Schema/NNN_name.sql</c> files in order.</summary>
    public static IReadOnlyList<(int Number, string Sql)> SchemaScripts()
    {
        var assembly = typeof(Database).Assembly;
        return assembly.GetManifestResourceNames()
            .Where(n => n.EndsWith(".sql", StringComparison.Ordinal) && n.Contains(".Schema.", StringComparison.Ordinal))
            .Select(n =>
            {
                var file = n[(n.IndexOf(".Schema.", StringComparison.Ordinal) + 8)..];
                using var stream = assembly.GetManifestResourceStream(n)!;
                using var reader = new StreamReader(stream);
                return (Number: int.Parse(file[..3], System.Globalization.CultureInfo.InvariantCulture), Sql: reader.ReadToEnd());
            })
            .OrderBy(s => s.Number)
            .ToList();
    }

    public static string BuildKey(string dataFolder) =>
        $"{ContentHash.OfFolder(dataFolder)}-s{SchemaScripts().Count}-i{ImporterVersion}";

    public static void SetMeta(SqliteConnection c, string key, string value, SqliteTransaction? t = null) =>
        c.Execute("INSERT INTO meta (key, value) VALUES (@key, @value) ON CONFLICT (key) DO UPDATE SET value = excluded.value",
            new { key, value }, t);

    private string? ReadBuildKey()
    {
        try
        {
            using var c = Open();
            return c.ExecuteScalar<string?>(BuildKeySql);
        }
        catch (SqliteException)
        {
            // Not a database of ours (or damaged): rebuild it.
            return null;
        }
    }

    private static SqliteConnection OpenAt(string connectionString)
    {
        var c = new SqliteConnection(connectionString);
        c.Open();
        return c;
    }
}

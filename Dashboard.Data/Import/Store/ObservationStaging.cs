using Dapper;
using Dashboard.Data.Import.Formats;
using Dashboard.Data.Model;
using Microsoft.Data.Sqlite;

namespace Dashboard.Data.Import.Store;

/// <summary>
/// An upload's checked rows in a temporary table of the importing connection (SQLite's temp database, on disk), with
/// the store's key as its unique index. SQLite finds a key the file repeats, the keys other datasets already hold, and
/// the change against the dataset's stored rows, all with bounded memory however many rows the file has; a real
/// import then copies the table into the store in one statement. The table lives inside the caller's transaction, so a
/// rollback (a dry run, an error) removes it, and a dry run writes nothing to the store itself (no write lock).
/// </summary>
internal sealed class ObservationStaging : IDisposable
{
    public const string Table = "temp.staged_observations";

    private const string ObservationColumns = """
        dataset_id, indicator_id, entity_code, counterpart_code, period, period_kind, period_start, period_end,
        period_as_stated, value, source_id, locator, basis, derived_from, note, line
        """;

    private const string CreateSql = """
        CREATE TEMP TABLE staged_observations (
            dataset_id TEXT NOT NULL, indicator_id TEXT NOT NULL, entity_code TEXT NOT NULL, counterpart_code TEXT,
            period TEXT NOT NULL, period_kind TEXT NOT NULL, period_start INTEGER NOT NULL, period_end INTEGER NOT NULL,
            period_as_stated TEXT, value REAL NOT NULL, source_id TEXT NOT NULL, locator TEXT NOT NULL, basis TEXT NOT NULL,
            derived_from TEXT, note TEXT, line INTEGER NOT NULL);
        CREATE UNIQUE INDEX temp.ux_staged_key ON staged_observations (indicator_id, entity_code, IFNULL(counterpart_code, ''), period);
        """;

    /// <summary>Rows of the file whose key another dataset already holds, in file order.</summary>
    private const string ClashesSql = """
        SELECT s.line AS Line, s.indicator_id AS IndicatorId, s.entity_code AS EntityCode, s.counterpart_code AS CounterpartCode,
               s.period AS Period, o.dataset_id AS OtherDataset, o.line AS OtherLine
        FROM temp.staged_observations s
        JOIN observations o ON o.indicator_id = s.indicator_id AND o.entity_code = s.entity_code
             AND IFNULL(o.counterpart_code, '') = IFNULL(s.counterpart_code, '') AND o.period = s.period
        WHERE o.dataset_id <> @id
        ORDER BY s.line
        """;

    private const string Same = """
        o.value = s.value AND o.source_id = s.source_id AND o.locator = s.locator AND o.basis = s.basis
        AND IFNULL(o.derived_from, '') = IFNULL(s.derived_from, '') AND IFNULL(o.note, '') = IFNULL(s.note, '')
        AND IFNULL(o.period_as_stated, '') = IFNULL(s.period_as_stated, '')
        """;

    private const string Match = """
        o.dataset_id = @id AND o.indicator_id = s.indicator_id AND o.entity_code = s.entity_code
        AND IFNULL(o.counterpart_code, '') = IFNULL(s.counterpart_code, '') AND o.period = s.period
        """;

    private static readonly string CountsSql = $"""
        SELECT s.indicator_id AS IndicatorId, SUM(o.id IS NULL) AS New,
               SUM(o.id IS NOT NULL AND NOT ({Same})) AS Changed, SUM(o.id IS NOT NULL AND ({Same})) AS Unchanged
        FROM temp.staged_observations s LEFT JOIN observations o ON {Match}
        GROUP BY s.indicator_id
        """;

    private static readonly string RemovedSql = """
        SELECT o.indicator_id AS IndicatorId, COUNT(*) AS Removed
        FROM observations o
        WHERE o.dataset_id = @id AND NOT EXISTS (SELECT 1 FROM temp.staged_observations s
            WHERE s.indicator_id = o.indicator_id AND s.entity_code = o.entity_code
              AND IFNULL(s.counterpart_code, '') = IFNULL(o.counterpart_code, '') AND s.period = o.period)
        GROUP BY o.indicator_id
        """;

    // A few examples of each kind per indicator, the first in file order.
    private static readonly string NewAndChangedSamplesSql = $"""
        SELECT * FROM (
            SELECT s.indicator_id AS IndicatorId, s.entity_code AS Entity, s.counterpart_code AS Counterpart, s.period AS Period,
                   o.value AS OldValue, s.value AS NewValue, o.id IS NULL AS IsNew,
                   o.value <> s.value AS ValueChanged, o.source_id <> s.source_id AS SourceChanged, o.locator <> s.locator AS LocatorChanged,
                   (o.basis <> s.basis OR IFNULL(o.derived_from, '') <> IFNULL(s.derived_from, '')) AS BasisChanged,
                   (IFNULL(o.note, '') <> IFNULL(s.note, '') OR IFNULL(o.period_as_stated, '') <> IFNULL(s.period_as_stated, '')) AS NoteChanged,
                   ROW_NUMBER() OVER (PARTITION BY s.indicator_id, o.id IS NULL ORDER BY s.line) AS Nth
            FROM temp.staged_observations s LEFT JOIN observations o ON {Match}
            WHERE o.id IS NULL OR NOT ({Same}))
        WHERE Nth <= {IndicatorDiff.MaxSamples}
        ORDER BY IndicatorId, IsNew DESC, Nth
        """;

    private static readonly string RemovedSamplesSql = $"""
        SELECT * FROM (
            SELECT o.indicator_id AS IndicatorId, o.entity_code AS Entity, o.counterpart_code AS Counterpart, o.period AS Period,
                   o.value AS OldValue, ROW_NUMBER() OVER (PARTITION BY o.indicator_id ORDER BY o.line) AS Nth
            FROM observations o
            WHERE o.dataset_id = @id AND NOT EXISTS (SELECT 1 FROM temp.staged_observations s
                WHERE s.indicator_id = o.indicator_id AND s.entity_code = o.entity_code
                  AND IFNULL(s.counterpart_code, '') = IFNULL(o.counterpart_code, '') AND s.period = o.period))
        WHERE Nth <= {IndicatorDiff.MaxSamples}
        ORDER BY IndicatorId, Nth
        """;

    private static readonly string CopySql = $"""
        INSERT INTO observations ({ObservationColumns})
        SELECT {ObservationColumns} FROM temp.staged_observations WHERE rowid > @from AND rowid <= @to ORDER BY rowid
        """;

    /// <summary>Rows copied into the store per statement, so the copy reports progress.</summary>
    private const long CopyChunk = 50_000;

    private readonly SqliteConnection _connection;
    private readonly SqliteTransaction _transaction;
    private readonly string _datasetId;
    private readonly ObservationWriter _writer;

    private ObservationStaging(SqliteConnection connection, SqliteTransaction transaction, string datasetId)
    {
        _connection = connection;
        _transaction = transaction;
        _datasetId = datasetId;
        _writer = new ObservationWriter(connection, transaction, Table);
    }

    /// <summary>
    /// Makes the connection keep temporary tables in a file (not in memory, whatever SQLite was built with). Must run
    /// before the transaction begins: changing it drops temporary tables.
    /// </summary>
    public static void PrepareConnection(SqliteConnection connection) =>
        connection.Execute("DROP TABLE IF EXISTS temp.staged_observations; PRAGMA temp_store = FILE; PRAGMA temp.cache_size = -8192;");

    /// <summary>Creates the staging table inside <paramref name="transaction"/> (a rollback removes it).</summary>
    public static ObservationStaging Create(SqliteConnection connection, SqliteTransaction transaction, string datasetId)
    {
        connection.Execute(CreateSql, transaction: transaction);
        return new ObservationStaging(connection, transaction, datasetId);
    }

    /// <summary>Stages a checked row; null, or where the file already gave its key ("dataset 'x' line N").</summary>
    public string? Add(ParsedObservation row) => _writer.Insert(_datasetId, row.Observation, row.Period, row.Line);

    /// <summary>Reports every staged row whose key another dataset already holds (file order).</summary>
    public void ReportClashes(string file, ErrorList errors)
    {
        foreach (var clash in _connection.Query<Clash>(ClashesSql, new { id = _datasetId }, _transaction, buffered: false))
        {
            var o = new Observation { IndicatorId = clash.IndicatorId, EntityCode = clash.EntityCode, CounterpartCode = clash.CounterpartCode, Period = clash.Period };
            errors.Add(ImportError.At(file, (int)clash.Line, "period", clash.Period, ObservationRules.Duplicate(o, $"dataset '{clash.OtherDataset}' line {clash.OtherLine}")));
        }
    }

    /// <summary>New / changed / unchanged / removed rows per indicator against the dataset's stored rows, with a few examples of each.</summary>
    public IReadOnlyList<IndicatorDiff> Diff()
    {
        var diff = new SortedDictionary<string, IndicatorDiff>(StringComparer.Ordinal);
        IndicatorDiff Of(string id) => diff.TryGetValue(id, out var d) ? d : diff[id] = new IndicatorDiff(id);
        var args = new { id = _datasetId };
        foreach (var c in _connection.Query<Counts>(CountsSql, args, _transaction))
        {
            var d = Of(c.IndicatorId);
            (d.New, d.Changed, d.Unchanged) = (c.New, c.Changed, c.Unchanged);
        }

        foreach (var c in _connection.Query<Counts>(RemovedSql, args, _transaction))
        {
            Of(c.IndicatorId).Removed = c.Removed;
        }

        foreach (var s in _connection.Query<Sample>(NewAndChangedSamplesSql, args, _transaction))
        {
            Of(s.IndicatorId).Sample(s.IsNew
                ? new DiffSample("new", s.Entity, s.Counterpart, s.Period, null, s.NewValue, null)
                : new DiffSample("changed", s.Entity, s.Counterpart, s.Period, s.OldValue, s.NewValue, s.Fields()));
        }

        foreach (var s in _connection.Query<Sample>(RemovedSamplesSql, args, _transaction))
        {
            Of(s.IndicatorId).Sample(new DiffSample("removed", s.Entity, s.Counterpart, s.Period, s.OldValue, null, null));
        }

        return [.. diff.Values];
    }

    /// <summary>Copies the staged rows into the store (after the dataset's old rows were deleted), telling <paramref name="copied"/> as it goes.</summary>
    public void CopyToStore(long rows, Action<long> copied)
    {
        var last = _connection.ExecuteScalar<long>("SELECT IFNULL(MAX(rowid), 0) FROM temp.staged_observations", transaction: _transaction);
        long done = 0;
        for (long from = 0; from < last; from += CopyChunk)
        {
            done += _connection.Execute(CopySql, new { from, to = from + CopyChunk }, _transaction, commandTimeout: 0);
            copied(Math.Min(done, rows));
        }
    }

    public void Dispose() => _writer.Dispose();

    private sealed record Clash(long Line, string IndicatorId, string EntityCode, string? CounterpartCode, string Period, string OtherDataset, long OtherLine);

    private sealed record Counts
    {
        public string IndicatorId { get; init; } = "";
        public long New { get; init; }
        public long Changed { get; init; }
        public long Unchanged { get; init; }
        public long Removed { get; init; }
    }

    private sealed record Sample
    {
        public string IndicatorId { get; init; } = "";
        public string Entity { get; init; } = "";
        public string? Counterpart { get; init; }
        public string Period { get; init; } = "";
        public double? OldValue { get; init; }
        public double? NewValue { get; init; }
        public bool IsNew { get; init; }
        public bool ValueChanged { get; init; }
        public bool SourceChanged { get; init; }
        public bool LocatorChanged { get; init; }
        public bool BasisChanged { get; init; }
        public bool NoteChanged { get; init; }

        public string Fields() => string.Join(", ", new[]
        {
            ValueChanged ? "value" : null, SourceChanged ? "source" : null, LocatorChanged ? "locator" : null,
            BasisChanged ? "basis" : null, NoteChanged ? "note" : null,
        }.Where(f => f is not null));
    }
}

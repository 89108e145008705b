using System.Text;
using Dapper;
using Dashboard.Data.Import.Formats;
using Dashboard.Data.Model;
using Microsoft.Data.Sqlite;

namespace Dashboard.Data.Import.Store;

/// <summary>
/// Inserts observations with prepared statements reused for every row. This is the bulk path (a million rows), so it
/// binds values straight onto native statements of the connection (SQLitePCL, the library under
/// Microsoft.Data.Sqlite): the ADO.NET command path costs more per row than SQLite's own insert.
/// </summary>
public sealed class ObservationWriter : IDisposable
{
    /// <summary>Rows per statement in <see cref="InsertMany"/>: one statement run per row costs as much as the insert itself.</summary>
    public const int RowsPerStatement = 32;

    private const string Columns = """
        INSERT INTO {0} (dataset_id, indicator_id, entity_code, counterpart_code, period, period_kind, period_start, period_end,
                                  period_as_stated, value, source_id, locator, basis, derived_from, note, line)
        VALUES
        """;

    private const int ParametersPerRow = 16;

    private const string FindSql = """
        SELECT dataset_id, line FROM {0}
        WHERE indicator_id = $indicator AND entity_code = $entity AND IFNULL(counterpart_code, '') = IFNULL($counterpart, '') AND period = $period
        """;

    private const int SqliteConstraint = 19;

    private readonly SqliteConnection _connection;
    private readonly SqliteTransaction _transaction;
    private readonly string _table;
    private readonly NativeStatement _single;
    private NativeStatement? _multi;

    // Every distinct value bound to a referencing column, gathered when a binding changes (neighbouring rows share
    // most values, so this costs little): what CheckReferences compares with the parent tables.
    private readonly HashSet<string> _datasets = new(StringComparer.Ordinal);
    private readonly HashSet<string> _indicators = new(StringComparer.Ordinal);
    private readonly HashSet<string> _entities = new(StringComparer.Ordinal);
    private readonly HashSet<string> _sources = new(StringComparer.Ordinal);

    /// <param name="connection">The store.</param>
    /// <param name="transaction">The write transaction.</param>
    /// <param name="table">The table written: the store's observations, or an upload's staging table with the same columns.</param>
    public ObservationWriter(SqliteConnection connection, SqliteTransaction transaction, string table = "observations")
    {
        _connection = connection;
        _transaction = transaction;
        _table = table;
        _single = new NativeStatement(connection, InsertSql(1));
    }

    /// <summary>Inserts a row; returns null, or where the same key was already stored ("dataset 'x' line N").</summary>
    public string? Insert(string datasetId, Observation o, Period period, int line)
    {
        Bind(_single, 0, datasetId, o, period, line);
        var rc = _single.Step();
        if ((rc & 0xFF) == SqliteConstraint && FindExisting(o) is { } existing)
        {
            return existing;
        }

        // Any other failure, including a constraint that is not the key (e.g. a missing dataset row), is a bug: throw.
        _single.Check(rc);
        return null;
    }

    /// <summary>
    /// Inserts rows whose keys the caller has already checked (a folder import checks them in memory and builds the
    /// unique index afterwards), <see cref="RowsPerStatement"/> rows per statement. A constraint failure throws.
    /// </summary>
    public void InsertMany(string datasetId, IReadOnlyList<ParsedObservation> rows)
    {
        var i = 0;
        if (rows.Count >= RowsPerStatement)
        {
            _multi ??= new NativeStatement(_connection, InsertSql(RowsPerStatement));
            for (; i + RowsPerStatement <= rows.Count; i += RowsPerStatement)
            {
                for (var r = 0; r < RowsPerStatement; r++)
                {
                    var row = rows[i + r];
                    Bind(_multi, r * ParametersPerRow, datasetId, row.Observation, row.Period, row.Line);
                }

                _multi.Check(_multi.Step());
            }
        }

        for (; i < rows.Count; i++)
        {
            var row = rows[i];
            Bind(_single, 0, datasetId, row.Observation, row.Period, row.Line);
            _single.Check(_single.Step());
        }
    }

    /// <summary>
    /// Throws when a value written to a referencing column (dataset, indicator, entity, counterpart, source) has no row
    /// in its parent table. A folder import loads with foreign-key enforcement off and validates every reference
    /// beforehand; this checks what was actually written against the parent tables in a few small queries, where
    /// <c>PRAGMA foreign_key_check</c> would read every row again.
    /// </summary>
    public void CheckReferences()
    {
        var missing = new List<string>();
        void Check(HashSet<string> values, string column, string parent, string key)
        {
            if (values.Count == 0)
            {
                return;
            }

            // The parent's name is one of the constants below, never input; the values go in as one JSON parameter.
            var absent = _connection.Query<string>(
                $"SELECT value FROM json_each(@values) WHERE value NOT IN (SELECT {key} FROM {parent}) ORDER BY value LIMIT 5",
                new { values = System.Text.Json.JsonSerializer.Serialize(values) }, _transaction);
            missing.AddRange(absent.Select(v => $"{_table}.{column} '{v}' -> {parent}"));
        }

        Check(_datasets, "dataset_id", "datasets", "id");
        Check(_indicators, "indicator_id", "indicators", "id");
        Check(_entities, "entity_code/counterpart_code", "entities", "code");
        Check(_sources, "source_id", "sources", "id");
        if (missing.Count > 0)
        {
            throw new InvalidOperationException("The import wrote rows whose references do not exist (a bug in the importer's validation): " +
                string.Join("; ", missing));
        }
    }

    private void Bind(NativeStatement s, int offset, string datasetId, Observation o, Period period, int line)
    {
        if (s.Text(offset + 1, datasetId))
        {
            _datasets.Add(datasetId);
        }

        if (s.Text(offset + 2, o.IndicatorId))
        {
            _indicators.Add(o.IndicatorId);
        }

        if (s.Text(offset + 3, o.EntityCode))
        {
            _entities.Add(o.EntityCode);
        }

        if (s.Text(offset + 4, o.CounterpartCode) && o.CounterpartCode is not null)
        {
            _entities.Add(o.CounterpartCode);
        }

        s.Text(offset + 5, o.Period);
        s.Text(offset + 6, period.Kind switch { PeriodKind.Year => "year", PeriodKind.Range => "range", _ => "month" });
        s.Integer(offset + 7, period.Start);
        s.Integer(offset + 8, period.End);
        s.Text(offset + 9, o.PeriodAsStated);
        s.Real(offset + 10, o.Value);
        if (s.Text(offset + 11, o.SourceId))
        {
            _sources.Add(o.SourceId);
        }

        s.Text(offset + 12, o.Locator);
        s.Text(offset + 13, o.Basis);
        s.Text(offset + 14, o.DerivedFrom);
        s.Text(offset + 15, o.Note);
        s.Integer(offset + 16, line);
    }

    private string InsertSql(int rows)
    {
        var sql = new StringBuilder(Columns.Replace("{0}", _table, StringComparison.Ordinal));
        for (var r = 0; r < rows; r++)
        {
            sql.Append(r == 0 ? "\n(" : ",\n(");
            for (var p = 1; p <= ParametersPerRow; p++)
            {
                sql.Append(p == 1 ? "?" : ", ?").Append(r * ParametersPerRow + p);
            }

            sql.Append(')');
        }

        return sql.ToString();
    }

    private string? FindExisting(Observation o)
    {
        using var find = _connection.CreateCommand();
        find.Transaction = _transaction;
        find.CommandText = FindSql.Replace("{0}", _table, StringComparison.Ordinal);
        find.Parameters.AddWithValue("$indicator", o.IndicatorId);
        find.Parameters.AddWithValue("$entity", o.EntityCode);
        find.Parameters.AddWithValue("$counterpart", (object?)o.CounterpartCode ?? DBNull.Value);
        find.Parameters.AddWithValue("$period", o.Period);
        using var reader = find.ExecuteReader();
        return reader.Read() ? $"dataset '{reader.GetString(0)}' line {reader.GetInt64(1)}" : null;
    }

    public void Dispose()
    {
        _single.Dispose();
        _multi?.Dispose();
    }
}

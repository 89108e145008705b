using Dashboard.Data.Model;
using Microsoft.Data.Sqlite;
using SQLitePCL;

namespace Dashboard.Data.Import;

/// <summary>
/// Inserts observations with one prepared statement reused for every row. This is the bulk path (a million rows),
/// so it binds values straight onto the native statement of the connection (SQLitePCL, the library under
/// Microsoft.Data.Sqlite): the ADO.NET command path costs more per row than SQLite's own insert.
/// </summary>
public sealed class ObservationWriter : IDisposable
{
    private const string InsertSql = """
        INSERT INTO observations (dataset_id, indicator_id, entity_code, counterpart_code, period, period_kind, period_start, period_end,
                                  period_as_stated, value, source_id, locator, basis, derived_from, note, line)
        VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16)
        """;

    private const string FindSql = """
        SELECT dataset_id, line FROM observations
        WHERE indicator_id = $indicator AND entity_code = $entity AND IFNULL(counterpart_code, '') = IFNULL($counterpart, '') AND period = $period
        """;

    private const int SqliteConstraint = 19;

    private readonly SqliteConnection _connection;
    private readonly SqliteTransaction _transaction;
    private readonly sqlite3_stmt _insert;

    public ObservationWriter(SqliteConnection connection, SqliteTransaction transaction)
    {
        _connection = connection;
        _transaction = transaction;
        Check(raw.sqlite3_prepare_v2(connection.Handle, InsertSql, out _insert));
    }

    /// <summary>Inserts a row; returns null, or where the same key was already stored ("dataset 'x' line N").</summary>
    public string? Insert(string datasetId, Observation o, Period period, int line)
    {
        var s = _insert;
        Text(s, 1, datasetId);
        Text(s, 2, o.IndicatorId);
        Text(s, 3, o.EntityCode);
        Text(s, 4, o.CounterpartCode);
        Text(s, 5, o.Period);
        Text(s, 6, period.Kind switch { PeriodKind.Year => "year", PeriodKind.Range => "range", _ => "month" });
        raw.sqlite3_bind_int(s, 7, period.Start);
        raw.sqlite3_bind_int(s, 8, period.End);
        Text(s, 9, o.PeriodAsStated);
        raw.sqlite3_bind_double(s, 10, o.Value);
        Text(s, 11, o.SourceId);
        Text(s, 12, o.Locator);
        Text(s, 13, o.Basis);
        Text(s, 14, o.DerivedFrom);
        Text(s, 15, o.Note);
        raw.sqlite3_bind_int(s, 16, line);
        var rc = raw.sqlite3_step(s);
        raw.sqlite3_reset(s);
        if (rc == raw.SQLITE_DONE)
        {
            return null;
        }

        if ((rc & 0xFF) == SqliteConstraint)
        {
            return FindExisting(o) ?? "another row";
        }

        Check(rc);
        return null;
    }

    private static void Text(sqlite3_stmt s, int index, string? value)
    {
        if (value is null)
        {
            raw.sqlite3_bind_null(s, index);
        }
        else
        {
            raw.sqlite3_bind_text16(s, index, value.AsSpan());
        }
    }

    private void Check(int rc)
    {
        if (rc != raw.SQLITE_OK && rc != raw.SQLITE_DONE)
        {
            throw new SqliteException(raw.sqlite3_errmsg(_connection.Handle).utf8_to_string(), rc);
        }
    }

    private string? FindExisting(Observation o)
    {
        using var find = _connection.CreateCommand();
        find.Transaction = _transaction;
        find.CommandText = FindSql;
        find.Parameters.AddWithValue("$indicator", o.IndicatorId);
        find.Parameters.AddWithValue("$entity", o.EntityCode);
        find.Parameters.AddWithValue("$counterpart", (object?)o.CounterpartCode ?? DBNull.Value);
        find.Parameters.AddWithValue("$period", o.Period);
        using var reader = find.ExecuteReader();
        return reader.Read() ? $"dataset '{reader.GetString(0)}' line {reader.GetInt64(1)}" : null;
    }

    public void Dispose() => _insert.Dispose();
}

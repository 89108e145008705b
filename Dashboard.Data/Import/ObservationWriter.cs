using Dashboard.Data.Model;
using Microsoft.Data.Sqlite;

namespace Dashboard.Data.Import;

/// <summary>
/// Inserts observations with one prepared command reused for every row. This is the bulk path (a million rows),
/// so it binds parameters directly instead of going through Dapper's per-call parameter objects.
/// </summary>
public sealed class ObservationWriter : IDisposable
{
    private const string InsertSql = """
        INSERT INTO observations (dataset_id, indicator_id, entity_code, counterpart_code, period, period_kind, period_start, period_end,
                                  period_as_stated, value, source_id, locator, basis, derived_from, note, line)
        VALUES ($dataset, $indicator, $entity, $counterpart, $period, $kind, $start, $end,
                $stated, $value, $source, $locator, $basis, $derived, $note, $line)
        """;

    private const string FindSql = """
        SELECT dataset_id, line FROM observations
        WHERE indicator_id = $indicator AND entity_code = $entity AND IFNULL(counterpart_code, '') = IFNULL($counterpart, '') AND period = $period
        """;

    private readonly SqliteConnection _connection;
    private readonly SqliteTransaction _transaction;
    private readonly SqliteCommand _insert;
    private readonly SqliteParameter[] _p;

    public ObservationWriter(SqliteConnection connection, SqliteTransaction transaction)
    {
        _connection = connection;
        _transaction = transaction;
        _insert = connection.CreateCommand();
        _insert.Transaction = transaction;
        _insert.CommandText = InsertSql;
        string[] names = ["$dataset", "$indicator", "$entity", "$counterpart", "$period", "$kind", "$start", "$end", "$stated", "$value", "$source", "$locator", "$basis", "$derived", "$note", "$line"];
        _p = names.Select(n => _insert.Parameters.Add(new SqliteParameter { ParameterName = n })).ToArray();
        _insert.Prepare();
    }

    /// <summary>Inserts a row; returns null, or where the same key was already stored ("file line N").</summary>
    public string? Insert(string datasetId, Observation o, Period period, int line)
    {
        _p[0].Value = datasetId;
        _p[1].Value = o.IndicatorId;
        _p[2].Value = o.EntityCode;
        _p[3].Value = (object?)o.CounterpartCode ?? DBNull.Value;
        _p[4].Value = o.Period;
        _p[5].Value = period.Kind switch { PeriodKind.Year => "year", PeriodKind.Range => "range", _ => "month" };
        _p[6].Value = period.Start;
        _p[7].Value = period.End;
        _p[8].Value = (object?)o.PeriodAsStated ?? DBNull.Value;
        _p[9].Value = o.Value;
        _p[10].Value = o.SourceId;
        _p[11].Value = o.Locator;
        _p[12].Value = o.Basis;
        _p[13].Value = (object?)o.DerivedFrom ?? DBNull.Value;
        _p[14].Value = (object?)o.Note ?? DBNull.Value;
        _p[15].Value = line;
        try
        {
            _insert.ExecuteNonQuery();
            return null;
        }
        catch (SqliteException ex) when (ex.SqliteErrorCode == 19 /* SQLITE_CONSTRAINT */)
        {
            return FindExisting(o) ?? "another row";
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

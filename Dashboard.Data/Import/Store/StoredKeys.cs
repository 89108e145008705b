using Dashboard.Data.Model;
using Microsoft.Data.Sqlite;

namespace Dashboard.Data.Import.Store;

/// <summary>
/// The observation keys (indicator, entity, counterpart, period) other datasets hold for the indicators of a file,
/// and the keys the file itself has given so far: a key may appear once in the whole store. Read before anything is
/// written, so a dry run finds every clash without the write lock, and the real import inserts rows it knows are new.
/// </summary>
internal sealed class StoredKeys
{
    private const string KeysSql = """
        SELECT entity_code, IFNULL(counterpart_code, ''), period, dataset_id, line FROM observations
        WHERE indicator_id = $indicator AND dataset_id <> $dataset
        """;

    private readonly Dictionary<(string Indicator, string Entity, string Counterpart, string Period), string> _where = [];
    private readonly string _datasetId;

    private StoredKeys(string datasetId) => _datasetId = datasetId;

    public static StoredKeys Load(SqliteConnection c, SqliteTransaction t, string datasetId, IEnumerable<string> indicators)
    {
        var keys = new StoredKeys(datasetId);
        using var command = c.CreateCommand();
        command.Transaction = t;
        command.CommandText = KeysSql;
        var indicator = command.Parameters.Add("$indicator", SqliteType.Text);
        command.Parameters.AddWithValue("$dataset", datasetId);
        foreach (var id in indicators.Distinct(StringComparer.Ordinal))
        {
            indicator.Value = id;
            using var reader = command.ExecuteReader();
            while (reader.Read())
            {
                keys._where[(id, reader.GetString(0), reader.GetString(1), reader.GetString(2))] = $"dataset '{reader.GetString(3)}' line {reader.GetInt64(4)}";
            }
        }

        return keys;
    }

    /// <summary>Records the row's key; returns where the same key was given before, or null when it is new.</summary>
    public string? Add(Observation o, int line)
    {
        var key = (o.IndicatorId, o.EntityCode, o.CounterpartCode ?? string.Empty, o.Period);
        if (_where.TryGetValue(key, out var existing))
        {
            return existing;
        }

        _where[key] = $"dataset '{_datasetId}' line {line}";
        return null;
    }
}

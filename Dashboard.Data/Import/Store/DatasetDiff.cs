using Dashboard.Data.Model;
using Microsoft.Data.Sqlite;

namespace Dashboard.Data.Import.Store;

/// <summary>What a new version of a dataset changes, per indicator, against the rows the dataset has in the store.</summary>
internal sealed class DatasetDiff
{
    private const string PreviousObservationsSql = """
        SELECT indicator_id, entity_code, IFNULL(counterpart_code, ''), period, value, source_id, locator, basis,
               IFNULL(derived_from, ''), IFNULL(note, ''), IFNULL(period_as_stated, '')
        FROM observations WHERE dataset_id = $id
        """;

    private readonly Dictionary<ObservationKey, Snapshot> _previous;
    private readonly SortedDictionary<string, IndicatorDiff> _diff = new(StringComparer.Ordinal);

    private DatasetDiff(Dictionary<ObservationKey, Snapshot> previous) => _previous = previous;

    public static DatasetDiff Load(SqliteConnection c, SqliteTransaction t, string datasetId)
    {
        var previous = new Dictionary<ObservationKey, Snapshot>();
        using var command = c.CreateCommand();
        command.Transaction = t;
        command.CommandText = PreviousObservationsSql;
        command.Parameters.AddWithValue("$id", datasetId);
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            var key = new ObservationKey(reader.GetString(0), reader.GetString(1), reader.GetString(2), reader.GetString(3));
            previous[key] = new Snapshot(reader.GetDouble(4), reader.GetString(5), reader.GetString(6), reader.GetString(7),
                reader.GetString(8), reader.GetString(9), reader.GetString(10));
        }

        return new DatasetDiff(previous);
    }

    /// <summary>Counts one row of the new version as new, changed or unchanged.</summary>
    public void Add(Observation o)
    {
        var key = new ObservationKey(o.IndicatorId, o.EntityCode, o.CounterpartCode ?? "", o.Period);
        var d = Of(o.IndicatorId);
        if (!_previous.Remove(key, out var old))
        {
            d.New++;
            d.Sample(new DiffSample("new", key.Entity, o.CounterpartCode, key.Period, null, o.Value, null));
            return;
        }

        var changed = old.ChangedFields(Snapshot.Of(o));
        if (changed.Length == 0)
        {
            d.Unchanged++;
            return;
        }

        d.Changed++;
        d.Sample(new DiffSample("changed", key.Entity, o.CounterpartCode, key.Period, old.Value, o.Value, changed));
    }

    /// <summary>The diff per indicator, counting the previous rows the new version no longer has as removed.</summary>
    public IReadOnlyList<IndicatorDiff> Finish()
    {
        foreach (var (key, old) in _previous)
        {
            var d = Of(key.Indicator);
            d.Removed++;
            d.Sample(new DiffSample("removed", key.Entity, key.Counterpart.Length == 0 ? null : key.Counterpart, key.Period, old.Value, null, null));
        }

        _previous.Clear();
        return [.. _diff.Values];
    }

    private IndicatorDiff Of(string indicatorId)
    {
        if (!_diff.TryGetValue(indicatorId, out var d))
        {
            d = new IndicatorDiff(indicatorId);
            _diff[indicatorId] = d;
        }

        return d;
    }

    private readonly record struct ObservationKey(string Indicator, string Entity, string Counterpart, string Period);

    private readonly record struct Snapshot(double Value, string Source, string Locator, string Basis, string DerivedFrom, string Note, string PeriodAsStated)
    {
        public static Snapshot Of(Observation o) =>
            new(o.Value, o.SourceId, o.Locator, o.Basis, o.DerivedFrom ?? "", o.Note ?? "", o.PeriodAsStated ?? "");

        public string ChangedFields(Snapshot now)
        {
            var fields = new List<string>();
            if (!Value.Equals(now.Value))
            {
                fields.Add("value");
            }

            if (Source != now.Source)
            {
                fields.Add("source");
            }

            if (Locator != now.Locator)
            {
                fields.Add("locator");
            }

            if (Basis != now.Basis || DerivedFrom != now.DerivedFrom)
            {
                fields.Add("basis");
            }

            if (Note != now.Note || PeriodAsStated != now.PeriodAsStated)
            {
                fields.Add("note");
            }

            return string.Join(", ", fields);
        }
    }
}

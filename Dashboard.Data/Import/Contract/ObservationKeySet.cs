using Dashboard.Data.Model;

namespace Dashboard.Data.Import.Contract;

/// <summary>
/// Exact in-memory check of the observation key (indicator, entity, counterpart, period) across the files of one
/// folder import. Lets the bulk load insert into a table whose unique index is built afterwards, while still naming
/// the earlier row for each duplicate. Key parts are interned to small numbers, so a million keys cost ~40 MB.
/// </summary>
internal sealed class ObservationKeySet
{
    private const int PartBits = 24;

    private readonly Dictionary<string, int> _codes = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> _periods = new(StringComparer.Ordinal);
    private readonly Dictionary<UInt128, (int Dataset, int Line)> _first = [];
    private readonly List<string> _datasets = [];

    /// <summary>Registers a dataset; returns the number to pass to <see cref="Add"/>.</summary>
    public int AddDataset(string datasetId)
    {
        _datasets.Add(datasetId);
        return _datasets.Count - 1;
    }

    /// <summary>Records the key of a row; returns null when it is new, else where it was first given ("dataset 'x' line N").</summary>
    public string? Add(int dataset, Observation o, int line)
    {
        var key = ((UInt128)Intern(_codes, o.IndicatorId) << (3 * PartBits))
            | ((UInt128)Intern(_codes, o.EntityCode) << (2 * PartBits))
            | ((UInt128)(o.CounterpartCode is null ? 0 : Intern(_codes, o.CounterpartCode) + 1) << PartBits)
            | (UInt128)Intern(_periods, o.Period);
        if (_first.TryAdd(key, (dataset, line)))
        {
            return null;
        }

        var (firstDataset, firstLine) = _first[key];
        return $"dataset '{_datasets[firstDataset]}' line {firstLine}";
    }

    private static int Intern(Dictionary<string, int> map, string value)
    {
        if (!map.TryGetValue(value, out var n))
        {
            n = map.Count;
            if (n >= (1 << PartBits) - 1)
            {
                throw new InvalidOperationException("too many distinct codes or periods for one import");
            }

            map.Add(value, n);
        }

        return n;
    }
}

using Dashboard.Data.Model;

namespace Dashboard.Web.Charts.Composing;

/// <summary>Which observations a selection of entity codes asks for.</summary>
public static class EntitySelection
{
    /// <summary>
    /// Keeps the observations a selection of codes asks for; empty = all. A code that is an entity of the rows selects
    /// entities; the other codes select counterparts (so <c>KAZ</c> on supplier shares is Kazakhstan's imports, not
    /// Kazakhstan as a supplier, and <c>KAZ,CHN</c> is Kazakhstan's imports from China).
    /// </summary>
    public static IReadOnlyList<Observation> Select(IReadOnlyList<Observation> rows, IReadOnlyList<string> codes)
    {
        if (codes.Count == 0)
        {
            return rows;
        }

        var wanted = codes.ToHashSet(StringComparer.Ordinal);
        var asEntity = rows.Select(o => o.EntityCode).Where(wanted.Contains).ToHashSet(StringComparer.Ordinal);
        var asCounterpart = rows.Where(o => o.CounterpartCode is not null).Select(o => o.CounterpartCode!)
            .Where(c => wanted.Contains(c) && !asEntity.Contains(c)).ToHashSet(StringComparer.Ordinal);
        if (asEntity.Count == 0 && asCounterpart.Count == 0)
        {
            return [];
        }

        return rows
            .Where(o => asEntity.Count == 0 || asEntity.Contains(o.EntityCode))
            .Where(o => asCounterpart.Count == 0 || (o.CounterpartCode is not null && asCounterpart.Contains(o.CounterpartCode)))
            .ToList();
    }
}

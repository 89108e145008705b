using Dashboard.Data.Model;

namespace Dashboard.Web.Charts.Loading;

/// <summary>Keeps a capped read to whole series, so a chart never draws a series cut off part way.</summary>
internal static class WholeSeries
{
    /// <summary>
    /// <paramref name="rows"/> were read in chart order (series after series) with one row more than
    /// <paramref name="max"/>: the first <paramref name="max"/>, less the last series when the cap cut it — unless it
    /// is the only one, then its first <paramref name="max"/> periods.
    /// </summary>
    public static IReadOnlyList<Observation> Trim(IReadOnlyList<Observation> rows, int max)
    {
        if (rows.Count <= max)
        {
            return rows;
        }

        var kept = rows.Take(max).ToList();
        var last = kept[^1];
        if (!Same(last, rows[max]))
        {
            return kept;
        }

        var end = kept.FindLastIndex(o => !Same(o, last));
        return end < 0 ? kept : kept[..(end + 1)];
    }

    private static bool Same(Observation a, Observation b) =>
        a.EntityCode == b.EntityCode && a.CounterpartCode == b.CounterpartCode;
}

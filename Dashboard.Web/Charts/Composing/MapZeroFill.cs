using Dashboard.Data.Model;

namespace Dashboard.Web.Charts.Composing;

/// <summary>
/// The zeros a map may show without a stored row, pure: only where the data contract says a missing row means zero
/// (<c>indicators.missing_means_zero</c>, e.g. TOP500: a country absent from a list has 0 systems), and only for
/// periods the indicator has rows for (a list that exists). Each zero names the source of that period's rows. They
/// colour the map and answer the pointer; they are not rows: the table, CSV and API hold only stored rows.
/// </summary>
public static class MapZeroFill
{
    /// <param name="indicator">Its <c>MissingMeansZero</c> decides; otherwise there are none.</param>
    /// <param name="rows">The map's rows (one counterpart), every period.</param>
    /// <param name="subjects">The states the map fills.</param>
    public static IReadOnlyList<MapZero> For(Indicator indicator, IReadOnlyList<Observation> rows, IReadOnlyList<string> subjects)
    {
        if (!indicator.MissingMeansZero)
        {
            return [];
        }

        var zeros = new List<MapZero>();
        foreach (var period in rows.GroupBy(o => o.Period, StringComparer.Ordinal))
        {
            var present = period.Select(o => o.EntityCode).ToHashSet(StringComparer.Ordinal);
            var source = period.Select(o => o.SourceId).Order(StringComparer.Ordinal).First();
            var parsed = period.First().ParsedPeriod;
            zeros.AddRange(subjects.Where(s => !present.Contains(s)).Select(s => new MapZero(s, parsed, source)));
        }

        return zeros;
    }
}

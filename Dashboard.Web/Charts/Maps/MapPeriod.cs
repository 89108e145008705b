using Dashboard.Data.Model;

namespace Dashboard.Web.Charts.Maps;

/// <summary>
/// Which single period a map shows (issue 12), pure. With <c>to</c>: the latest period with data for any of the
/// subject countries that lies wholly inside [from, to] (so <c>to=2019</c> maps 2019 when 2019 has rows). Without it:
/// the latest period with data for most of them (more than half; 3 of the 5 states), or, when no period reaches that,
/// the latest of those with the most. Null when no row of a subject falls in the range.
/// </summary>
public static class MapPeriod
{
    /// <param name="rows">Entity code and period of every row of the indicator.</param>
    /// <param name="subjects">The countries the map fills (e.g. KAZ, KGZ, TJK, TKM, UZB).</param>
    /// <param name="from">Earliest period allowed (null = any).</param>
    /// <param name="to">Latest period allowed (null = choose by coverage).</param>
    public static string? Choose(IEnumerable<(string EntityCode, string Period)> rows, IReadOnlyCollection<string> subjects, Period? from = null, Period? to = null)
    {
        var coverage = rows
            .Where(r => subjects.Contains(r.EntityCode) && Period.TryParse(r.Period, out _, out _))
            .GroupBy(r => r.Period)
            .Select(g => (Period: Period.Parse(g.Key), Count: g.Select(r => r.EntityCode).Distinct().Count()))
            .Where(p => (from is null || p.Period.Start >= from.Value.Start) && (to is null || p.Period.End <= to.Value.End))
            .OrderBy(p => p.Period.End).ThenBy(p => p.Period.Start)
            .ToList();
        if (coverage.Count == 0)
        {
            return null;
        }

        if (to is not null)
        {
            return coverage[^1].Period.Text;
        }

        var majority = subjects.Count / 2 + 1;
        var enough = coverage.Where(p => p.Count >= majority).ToList();
        if (enough.Count > 0)
        {
            return enough[^1].Period.Text;
        }

        var most = coverage.Max(p => p.Count);
        return coverage.Last(p => p.Count == most).Period.Text;
    }
}

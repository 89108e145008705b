using Dashboard.Data.Model;

namespace Dashboard.Web.Export;

/// <summary>
/// What a chart shows, read from the store: the indicator, the entities by name, the periods with data (oldest
/// first) and the sources cited. Used for file names, citations and predict-then-reveal.
/// </summary>
public sealed record ChartFacts(
    Indicator Indicator,
    IReadOnlyList<string> EntityNames,
    IReadOnlyList<Period> Periods,
    IReadOnlyList<Source> Sources)
{
    public int? FirstYear => Periods.Count == 0 ? null : Periods.Min(p => p.StartYear);

    public int? LastYear => Periods.Count == 0 ? null : Periods.Max(p => p.EndYear);

    /// <summary>For predict-then-reveal: the period before the latest one, or null when there is only one.</summary>
    public Period? PeriodBeforeLatest => Periods.Count >= 2 ? Periods[^2] : null;

    public Period? LatestPeriod => Periods.Count == 0 ? null : Periods[^1];
}

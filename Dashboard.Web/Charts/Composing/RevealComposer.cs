using Dashboard.Data.Model;
using Dashboard.Web.Charts.Model;

namespace Dashboard.Web.Charts.Composing;

/// <summary>
/// The predict step of a predict-then-reveal chart, pure: the whole chart with the points after a period left out —
/// same kind, series (an empty one keeps its place in the key), categories and texts — and the whole chart attached
/// (<see cref="ChartSpec.Whole"/>) so the drawing keeps its axes. Not a new query: a period range asked of the store
/// would change the kind (one period draws as bars), the axes and the grouping of small suppliers.
/// </summary>
public static class RevealComposer
{
    public static ChartSpec UpTo(ChartSpec spec, Period stop)
    {
        bool Shown(Period p) => p.End <= stop.End;
        return spec with
        {
            Periods = spec.Periods.Where(Shown).ToList(),
            Series = spec.Series.Select(s => s with { Points = s.Points.Where(p => Shown(p.Period)).ToList() }).ToList(),
            Marks = spec.Marks.Where(m => Shown(m.Period)).ToList(),
            Observations = spec.Observations.Where(o => Shown(o.ParsedPeriod)).ToList(),
            Whole = spec,
        };
    }
}

using Dashboard.Web.Charts.Styling;
using Dashboard.Web.Localization;
using ScottPlot.TickGenerators;

namespace Dashboard.Web.Charts.Drawing;

/// <summary>The value axis of series and bar charts: limits with headroom, capped at the indicator's maximum, and its ticks.</summary>
internal static class ValueAxes
{
    private static NumericAutomatic Ticks(Language language) => new() { LabelFormatter = v => ValueFormat.Tick(v, language), TickDensity = 0.8 };

    public static void Apply(ChartFrame f, IEnumerable<double> values, bool fromZero, double headroom = 0.08)
    {
        var list = values.ToList();
        var (min, max) = list.Count == 0 ? (0, 1) : (list.Min(), list.Max());
        var lo = fromZero ? Math.Min(0, min) : min;
        var range = Math.Max(max - lo, Math.Abs(max) * 0.1 + 1e-9);
        if (!fromZero)
        {
            lo -= range * 0.08;
        }

        var hi = max + range * headroom;
        if (max <= 0)
        {
            hi = 0 + range * headroom;
        }

        if (f.Spec.MaxValue is { } cap && max <= cap && hi > cap)
        {
            hi = cap;
        }

        if (hi <= lo)
        {
            hi = lo + 1;
        }

        f.Plot.Axes.Left.TickGenerator = Ticks(f.Language);
        f.Plot.Axes.SetLimitsY(lo, hi);
        f.Plot.Axes.Left.Label.Text = f.Spec.YAxisLabel ?? "";
    }
}

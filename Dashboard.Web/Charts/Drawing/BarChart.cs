using Dashboard.Web.Charts.Model;
using Dashboard.Web.Charts.Rendering;
using Dashboard.Web.Charts.Styling;
using ScottPlot;
using ScottPlot.TickGenerators;

namespace Dashboard.Web.Charts.Drawing;

/// <summary>Grouped bars: one group per category (period), one bar per series; a single period as one bar per series.</summary>
internal static class BarChart
{
    public static void Draw(ChartFrame f)
    {
        var spec = f.Spec;
        f.StyleAxes();
        f.Plot.Axes.Bottom.MajorTickStyle.Length = 0;
        var series = spec.Series.Where(s => s.Points.Count > 0).ToList();
        var bars = new List<Bar>();
        var drawn = new List<(ChartPoint, Bar)>();
        var ticks = new List<Tick>();
        List<LegendEntry>? legend = null;
        var groups = spec.Categories.Count <= 1 ? series.Count : spec.Categories.Count;
        var positions = new Dictionary<(string Series, string Category), double>();

        // Bars no wider than ~150 px at the reference size, however few there are.
        var pxPerUnit = Math.Max(1, f.Size.Width * 0.85 / Math.Max(1, groups));
        var groupWidth = Math.Min(0.8, 150 * f.K * (spec.Categories.Count <= 1 ? 1 : Math.Max(1, series.Count) * 0.8) / pxPerUnit);
        if (spec.Categories.Count <= 1)
        {
            // One period: one bar per series, named on the axis (the period is in the subtitle).
            for (var i = 0; i < series.Count; i++)
            {
                var p = series[i].Points[^1];
                bars.Add(MakeBar(f, i, p, groupWidth, series[i].StyleCode, ValueFormat.Label(p.Value, spec.Unit, f.Language)));
                drawn.Add((p, bars[^1]));
                ticks.Add(new Tick(i, series[i].Name, true));
                positions[(series[i].Name, p.Category)] = i;
            }
        }
        else
        {
            var width = groupWidth / series.Count;
            for (var c = 0; c < spec.Categories.Count; c++)
            {
                ticks.Add(new Tick(c, spec.Categories[c], true));
                for (var j = 0; j < series.Count; j++)
                {
                    var p = series[j].Points.FirstOrDefault(p => p.Category == spec.Categories[c]);
                    if (p is null)
                    {
                        continue;
                    }

                    var x = c - groupWidth / 2 + width * (j + 0.5);
                    var label = spec.Categories.Count * series.Count <= 24 ? ValueFormat.Label(p.Value, spec.Unit, f.Language) : "";
                    bars.Add(MakeBar(f, x, p, width * 0.9, series[j].StyleCode, label));
                    drawn.Add((p, bars[^1]));
                    positions[(series[j].Name, p.Category)] = x;
                }
            }

            // One series is named in the subtitle already; several need a key.
            legend = series.Count > 1 ? series.Select(s => new LegendEntry(s.Name, s.StyleCode, LegendSwatch.Box)).ToList() : null;
        }

        var plot = f.Plot.Add.Bars(bars);
        StyleBarLabels(plot, f);
        f.Plot.Axes.Bottom.TickGenerator = new NumericManual([.. ticks]);
        f.Plot.Axes.SetLimitsX(-0.6, groups - 0.4);
        ValueAxes.Apply(f, bars.Select(b => b.Value).Concat(spec.Marks.Select(m => m.Value)), fromZero: true, headroom: 0.14);
        MarkOverlay.Add(f, m => positions.TryGetValue((m.SeriesName, m.Category), out var x) ? x : null);
        PointProbe.Bars(f, drawn);
        f.AddFrame(legend);
    }

    /// <summary>A bar from zero; an estimate of the source's is hollow: a light fill inside an outline of the series colour.</summary>
    private static Bar MakeBar(ChartFrame f, double x, ChartPoint p, double size, string code, string label) => new()
    {
        Position = x,
        Value = p.Value,
        ValueBase = 0,
        Size = size,
        FillColor = ChartEstimates.Is(p) ? EstimateStyle.Tint(f.SeriesColor(code), f.Theme.Background) : f.SeriesColor(code),
        LineColor = f.SeriesColor(code),
        LineWidth = ChartEstimates.Is(p) ? Math.Max(1.5f, 2 * f.K) : 0,
        Label = label,
    };

    private static void StyleBarLabels(ScottPlot.Plottables.BarPlot plot, ChartFrame f)
    {
        plot.ValueLabelStyle.FontName = ChartFonts.Family;
        plot.ValueLabelStyle.FontSize = f.ValueSize;
        plot.ValueLabelStyle.ForeColor = f.Theme.Foreground;
        plot.ValueLabelStyle.Bold = true;
    }
}

using ScottPlot;
using ScottPlot.TickGenerators;
using SkiaSharp;

namespace Dashboard.Web.Charts.Drawing;

/// <summary>Line, slope, grouped-bar and stacked-share charts: the kinds drawn with ScottPlot plottables on axes.</summary>
internal static class SeriesCharts
{
    private const int MaxMarkersPerSeries = 40;

    public static void Line(ChartFrame f)
    {
        var spec = f.Spec;
        f.StyleAxes();
        var step = UsualStep(spec.Series.SelectMany(s => s.Points).Select(p => p.X));
        foreach (var s in spec.Series.Where(s => s.Points.Count > 0))
        {
            var style = f.Style(s.EntityCode);
            var color = f.SeriesColor(s.EntityCode);
            var marker = f.Style(s.MarkerCode ?? s.EntityCode).Marker;

            // Too many points for a marker on each: keep the shape at the line end for greyscale readers.
            var dense = s.Points.Count > MaxMarkersPerSeries;
            var runs = Runs(s.Points, step);
            for (var r = 0; r < runs.Count; r++)
            {
                var run = runs[r];
                f.Plot.Add.Plottable(new SeriesLine(run.Select(p => p.X).ToArray(), run.Select(p => p.Value).ToArray(), color, f.LineWidth, style.Dash)
                {
                    // A lone point between gaps keeps its marker even in a dense series, or it would vanish.
                    Marker = dense && run.Count > 1 && r < runs.Count - 1 ? MarkerShape.None : marker,
                    MarkerSize = dense ? f.MarkerSize * 1.2f : f.MarkerSize,
                    MarkerAtEndOnly = dense && run.Count > 1,
                });
            }

            AddMarks(f, s, color);
        }

        var points = spec.Series.SelectMany(s => s.Points).ToList();
        TimeTicks(f, points);
        var (minX, maxX) = (points.Min(p => p.X), points.Max(p => p.X));
        var pad = Math.Max(0.3, (maxX - minX) * 0.03);
        f.Plot.Axes.SetLimitsX(minX - pad, maxX + pad);
        var values = points.Select(p => p.Value).Concat(spec.Marks.Select(m => m.Value)).ToList();
        ValueAxis(f, values, fromZero: values.All(v => v >= 0));
        MarkOverlay.Add(f, m => m.X);

        var labels = spec.Series.Where(s => s.Points.Count > 0)
            .Select(s => new EndLabel(s.Name, s.EntityCode, s.Points[^1].Value, s.MarkerCode))
            .ToList();
        DirectLabelsOrLegend(f, labels);
    }

    /// <summary>The chart's usual step between periods: the median gap between the distinct x positions of all series.</summary>
    public static double UsualStep(IEnumerable<double> xs)
    {
        var distinct = xs.Distinct().Order().ToList();
        var steps = distinct.Zip(distinct.Skip(1), (a, b) => b - a).Order().ToList();
        return steps.Count == 0 ? double.PositiveInfinity : steps[(steps.Count - 1) / 2];
    }

    /// <summary>
    /// Splits a series where periods are missing, so a line never bridges a gap in the data: a step more than 1.6
    /// times the chart's usual step (<see cref="UsualStep"/>) starts a new run (a year without deliveries, TOP500
    /// lists without performance values).
    /// </summary>
    public static List<List<ChartPoint>> Runs(IReadOnlyList<ChartPoint> points, double usualStep)
    {
        var runs = new List<List<ChartPoint>>();
        if (points.Count == 0)
        {
            return runs;
        }

        runs.Add([points[0]]);
        for (var i = 1; i < points.Count; i++)
        {
            if (points[i].X - points[i - 1].X > usualStep * 1.6)
            {
                runs.Add([]);
            }

            runs[^1].Add(points[i]);
        }

        return runs;
    }

    public static void Slope(ChartFrame f)
    {
        var spec = f.Spec;
        f.StyleAxes();
        var periods = spec.Series.SelectMany(s => s.Points).Select(p => (p.X, p.PeriodLabel)).Distinct().OrderBy(p => p.X).ToList();
        var (left, right) = (periods[0], periods[^1]);
        using var valueFont = Ink.Font(f.LabelSize);
        var leftLabelWidth = 0f;

        // Light verticals at the two periods (drawn first, under the lines), labelled on the axis.
        foreach (var x in new[] { 0.0, 1.0 })
        {
            var v = f.Plot.Add.VerticalLine(x, Math.Max(1, f.K), f.Theme.Grid);
            v.LinePattern = LinePattern.Solid;
        }

        foreach (var s in spec.Series.Where(s => s.Points.Count > 0))
        {
            var style = f.Style(s.EntityCode);
            var color = f.SeriesColor(s.EntityCode);
            var pts = s.Points.Where(p => p.X == left.X || p.X == right.X).ToList();
            var xs = pts.Select(p => p.X == left.X ? 0.0 : 1.0).ToArray();
            var ys = pts.Select(p => p.Value).ToArray();
            f.Plot.Add.Plottable(new SeriesLine(xs, ys, color, f.LineWidth, style.Dash) { Marker = style.Marker, MarkerSize = f.MarkerSize * 1.3f });
            if (pts.FirstOrDefault(p => p.X == left.X) is { } first)
            {
                var text = ValueFormat.Label(first.Value, spec.Unit);
                leftLabelWidth = Math.Max(leftLabelWidth, Ink.Width(text, valueFont));
                var t = f.Plot.Add.Text(text, 0, first.Value);
                StyleText(t, f, color, f.LabelSize, bold: true);
                t.Alignment = Alignment.MiddleRight;
                t.OffsetX = -f.MarkerSize * 1.1f;
            }

            AddMarks(f, s with { Points = s.Points.Select(p => p with { X = p.X == left.X ? 0 : 1 }).ToList() }, color);
        }

        f.Plot.Axes.Bottom.TickGenerator = new NumericManual([0.0, 1.0], [left.PeriodLabel, right.PeriodLabel]);
        f.Plot.Axes.Bottom.TickLabelStyle.Bold = true;
        f.Plot.Axes.Bottom.MajorTickStyle.Length = 0;
        f.Plot.Axes.Bottom.FrameLineStyle.Width = 0;

        // Room on the left for the first-period values, in axis units of the (roughly known) data width.
        var dataWidth = Math.Max(100, f.Size.Width * 0.6f);
        var leftPad = Math.Clamp((leftLabelWidth + f.MarkerSize * 2) / dataWidth, 0.08, 0.6);
        f.Plot.Axes.SetLimitsX(-leftPad, 1.06);
        var points = spec.Series.SelectMany(s => s.Points).ToList();
        var values = points.Select(p => p.Value).Concat(spec.Marks.Select(m => m.Value)).ToList();
        ValueAxis(f, values, fromZero: values.All(v => v >= 0));
        MarkOverlay.Add(f, m => m.X == left.X ? 0 : m.X == right.X ? 1 : null);

        var labels = spec.Series.Where(s => s.Points.Any(p => p.X == right.X))
            .Select(s => s.Points.Last(p => p.X == right.X))
            .Zip(spec.Series.Where(s => s.Points.Any(p => p.X == right.X)), (p, s) =>
                new EndLabel($"{s.Name} {ValueFormat.Label(p.Value, spec.Unit)}", s.EntityCode, p.Value))
            .ToList();
        DirectLabelsOrLegend(f, labels, boldLabels: true);
    }

    public static void GroupedBar(ChartFrame f)
    {
        var spec = f.Spec;
        f.StyleAxes();
        f.Plot.Axes.Bottom.MajorTickStyle.Length = 0;
        var series = spec.Series.Where(s => s.Points.Count > 0).ToList();
        var bars = new List<Bar>();
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
                bars.Add(MakeBar(f, i, p.Value, 0, groupWidth, series[i].EntityCode, ValueFormat.Label(p.Value, spec.Unit)));
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
                    var label = spec.Categories.Count * series.Count <= 24 ? ValueFormat.Label(p.Value, spec.Unit) : "";
                    bars.Add(MakeBar(f, x, p.Value, 0, width * 0.9, series[j].EntityCode, label));
                    positions[(series[j].Name, p.Category)] = x;
                }
            }

            // One series is named in the subtitle already; several need a key.
            legend = series.Count > 1 ? series.Select(s => new LegendEntry(s.Name, s.EntityCode, LegendSwatch.Box)).ToList() : null;
        }

        var plot = f.Plot.Add.Bars(bars);
        StyleBarLabels(plot, f);
        f.Plot.Axes.Bottom.TickGenerator = new NumericManual([.. ticks]);
        f.Plot.Axes.SetLimitsX(-0.6, groups - 0.4);
        ValueAxis(f, bars.Select(b => b.Value).Concat(spec.Marks.Select(m => m.Value)), fromZero: true, headroom: 0.14);
        MarkOverlay.Add(f, m => positions.TryGetValue((m.SeriesName, m.Category), out var x) ? x : null);
        f.AddFrame(legend);
    }

    public static void StackedShare(ChartFrame f) => StackedShareChart.Draw(f);

    public static void Empty(ChartFrame f, string message)
    {
        f.HideAxes();
        f.Plot.Add.Plottable(new FigurePlottable(rp =>
        {
            using var font = Ink.Font(f.SubtitleSize * 1.2f);
            var r = rp.DataRect;
            Ink.Draw(rp.Canvas, Ink.Fit(message, font, r.Width), r.HorizontalCenter, r.VerticalCenter, font, f.Theme.Muted, SKTextAlign.Center);
        }));
        f.AddFrame();
    }

    private static Bar MakeBar(ChartFrame f, double x, double value, double valueBase, double size, string code, string label) => new()
    {
        Position = x,
        Value = value,
        ValueBase = valueBase,
        Size = size,
        FillColor = f.SeriesColor(code),
        LineWidth = 0,
        Label = label,
    };

    private static void StyleBarLabels(ScottPlot.Plottables.BarPlot plot, ChartFrame f)
    {
        plot.ValueLabelStyle.FontName = ChartFonts.Family;
        plot.ValueLabelStyle.FontSize = f.ValueSize;
        plot.ValueLabelStyle.ForeColor = f.Theme.Foreground;
        plot.ValueLabelStyle.Bold = true;
    }

    private static void StyleText(ScottPlot.Plottables.Text t, ChartFrame f, Color color, float size, bool bold)
    {
        t.LabelStyle.FontName = ChartFonts.Family;
        t.LabelStyle.FontSize = size;
        t.LabelStyle.ForeColor = color;
        t.LabelStyle.Bold = bold;
        t.LabelStyle.BackgroundColor = Colors.Transparent;
        t.LabelStyle.BorderWidth = 0;
        _ = f;
    }

    /// <summary>A ring and a small label on marked points (e.g. the paper's own figure).</summary>
    private static void AddMarks(ChartFrame f, ChartSeries s, Color color)
    {
        foreach (var p in s.Points.Where(p => p.Marked))
        {
            var ring = f.Plot.Add.Marker(p.X, p.Value, MarkerShape.OpenCircle, f.MarkerSize * 2.4f, color);
            ring.MarkerLineWidth = Math.Max(1.5f, f.K * 2);
            if (!string.IsNullOrEmpty(p.MarkLabel))
            {
                var t = f.Plot.Add.Text(p.MarkLabel, p.X, p.Value);
                StyleText(t, f, color, f.ValueSize * 0.9f, bold: false);
                t.Alignment = Alignment.LowerCenter;
                t.OffsetY = -f.MarkerSize * 1.3f;
            }
        }
    }

    private static NumericAutomatic ValueTicks() => new() { LabelFormatter = ValueFormat.Tick, TickDensity = 0.8 };

    private static void ValueAxis(ChartFrame f, IEnumerable<double> values, bool fromZero, double headroom = 0.08)
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

        f.Plot.Axes.Left.TickGenerator = ValueTicks();
        f.Plot.Axes.SetLimitsY(lo, hi);
        f.Plot.Axes.Left.Label.Text = f.Spec.YAxisLabel ?? "";
    }

    /// <summary>
    /// Year ticks as integers without thousands separators; short spans of monthly data get one tick per period
    /// labelled like "Nov 2019"; a few ranges are labelled "2010–2014".
    /// </summary>
    private static void TimeTicks(ChartFrame f, IReadOnlyList<ChartPoint> points)
    {
        var distinct = points.Select(p => (p.X, p.PeriodLabel, p.Period)).Distinct().OrderBy(p => p.X).ToList();
        var (minX, maxX) = (distinct[0].X, distinct[^1].X);
        var avail = Math.Max(100, f.Size.Width - 2 * f.Margin - 140 * f.K);
        var span = maxX - minX;
        var months = distinct.All(d => d.Period.Length == 7);
        var ranges = distinct.All(d => d.Period.Length == 9);
        var labelWidth = f.TickSize * (months ? 4.6 : ranges ? 5.6 : 2.6);
        var maxTicks = Math.Max(2, (int)(avail / (labelWidth * 1.6)));
        if ((months && span < 3) || (ranges && distinct.Count <= maxTicks))
        {
            var every = (int)Math.Ceiling(distinct.Count / (double)maxTicks);
            var ticks = distinct.Where((_, i) => i % every == 0).Select(d => new Tick(d.X, d.PeriodLabel, true)).ToArray();
            f.Plot.Axes.Bottom.TickGenerator = new NumericManual(ticks);
            return;
        }

        int[] steps = [1, 2, 5, 10, 20, 25, 50, 100, 200, 500];
        var step = steps.FirstOrDefault(s => Math.Floor(maxX) / s - Math.Ceiling(minX) / s + 1 <= maxTicks, 1000);
        var first = Math.Ceiling(Math.Ceiling(minX) / step) * step;
        var yearTicks = new List<Tick>();
        for (var y = first; y <= Math.Floor(maxX) + 1e-9; y += step)
        {
            yearTicks.Add(new Tick(y, ValueFormat.Year(y), true));
        }

        if (yearTicks.Count == 0)
        {
            yearTicks.Add(new Tick(Math.Round(minX), ValueFormat.Year(minX), true));
        }

        f.Plot.Axes.Bottom.TickGenerator = new NumericManual([.. yearTicks]);
    }

    /// <summary>
    /// Labels each series at its line end, right of the data area, pushed apart so they never overlap; falls back to a
    /// key under the subtitle when there are too many series or the labels would take more than 30 % of the width.
    /// </summary>
    private static void DirectLabelsOrLegend(ChartFrame f, List<EndLabel> labels, bool boldLabels = false)
    {
        using var font = Ink.Font(f.LabelSize, boldLabels);
        var width = labels.Count == 0 ? 0 : labels.Max(l => Ink.Width(l.Text, font));
        var gap = f.LabelSize * 0.6f;
        var lineHeight = Ink.LineHeight(f.LabelSize);
        var fits = labels.Count <= 8 && width + gap <= f.Size.Width * 0.3f
            && labels.Count * lineHeight <= f.Size.Height * 0.5f;
        if (!fits)
        {
            f.AddFrame(labels.Select(l => new LegendEntry(l.Text, l.Code, LegendSwatch.Line, l.MarkerCode)).ToList());
            return;
        }

        f.AddFrame(rightExtra: width + gap, drawRight: rp =>
        {
            using var lf = Ink.Font(f.LabelSize, boldLabels);
            var yAxis = rp.Plot.Axes.Left;
            var targets = labels.Select(l => yAxis.GetPixel(l.Value, rp.DataRect)).ToList();
            var ys = LabelPlacement.Spread(targets, lineHeight, rp.DataRect.Top, rp.DataRect.Bottom + lineHeight * 0.3f);
            var placed = labels.Select((l, i) => (Label: l, Target: targets[i], Y: ys[i])).ToList();

            var x = rp.DataRect.Right + gap;
            foreach (var (label, target, y) in placed)
            {
                var color = f.SeriesColor(label.Code);
                if (Math.Abs(target - y) > 2)
                {
                    Ink.Line(rp.Canvas, rp.DataRect.Right + 2, target, x - 3, y, color, Math.Max(1, f.K));
                }

                Ink.Draw(rp.Canvas, label.Text, x, y + f.LabelSize * 0.36f, lf, color);
            }
        });
    }
}

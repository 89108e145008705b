using Dashboard.Data.Model;
using Dashboard.Web.Charts.Model;
using Dashboard.Web.Charts.Rendering;
using Dashboard.Web.Charts.Styling;
using ScottPlot;
using ScottPlot.TickGenerators;
using SkiaSharp;

namespace Dashboard.Web.Charts.Drawing;

/// <summary>Line and slope charts (and the "no data" image): series drawn with ScottPlot plottables on a time axis.</summary>
internal static class SeriesCharts
{
    /// <summary>A series with more points than this has no marker on each (a deck's native line chart follows it).</summary>
    public const int MaxMarkersPerSeries = 40;

    public static void Line(ChartFrame f)
    {
        var spec = f.Spec;
        f.StyleAxes();
        var step = UsualStep(spec.Series.SelectMany(s => s.Points).Select(p => p.X));
        foreach (var s in spec.Series.Where(s => s.Points.Count > 0))
        {
            var style = f.Style(s.StyleCode);
            var color = f.SeriesColor(s.StyleCode);
            var marker = f.Style(s.MarkerCode ?? s.StyleCode).Marker;

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
                    Estimates = run.Select(ChartEstimates.Is).ToArray(),
                    EstimateColor = EstimateStyle.Tint(color, f.Theme.Background),
                    Background = f.Theme.Background,
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
        ValueAxes.Apply(f, values, fromZero: values.All(v => v >= 0));
        MarkOverlay.Add(f, m => m.X);
        PointProbe.Series(f, p => p.X);

        var labels = spec.Series.Where(s => s.Points.Count > 0)
            .Select(s => new EndLabel(s.Name, s.StyleCode, s.Points[^1].Value, s.MarkerCode))
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
        // A predict step keeps both ends of its whole chart (the later one still empty).
        var periods = (spec.Whole ?? spec).Series.SelectMany(s => s.Points).Select(p => (p.X, p.PeriodLabel)).Distinct().OrderBy(p => p.X).ToList();
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
            var style = f.Style(s.StyleCode);
            var color = f.SeriesColor(s.StyleCode);
            var pts = s.Points.Where(p => p.X == left.X || p.X == right.X).ToList();
            var xs = pts.Select(p => p.X == left.X ? 0.0 : 1.0).ToArray();
            var ys = pts.Select(p => p.Value).ToArray();
            f.Plot.Add.Plottable(new SeriesLine(xs, ys, color, f.LineWidth, style.Dash)
            {
                Marker = style.Marker,
                MarkerSize = f.MarkerSize * 1.3f,
                Estimates = pts.Select(ChartEstimates.Is).ToArray(),
                EstimateColor = EstimateStyle.Tint(color, f.Theme.Background),
                Background = f.Theme.Background,
            });
            if (pts.FirstOrDefault(p => p.X == left.X) is { } first)
            {
                var text = ValueFormat.Label(first.Value, spec.Unit, f.Language);
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
        ValueAxes.Apply(f, values, fromZero: values.All(v => v >= 0));
        MarkOverlay.Add(f, m => m.X == left.X ? 0 : m.X == right.X ? 1 : null);
        PointProbe.Series(f, p => p.X == left.X ? 0 : p.X == right.X ? 1 : null);

        var labels = spec.Series.Where(s => s.Points.Any(p => p.X == right.X))
            .Select(s => s.Points.Last(p => p.X == right.X))
            .Zip(spec.Series.Where(s => s.Points.Any(p => p.X == right.X)), (p, s) =>
                new EndLabel($"{s.Name} {ValueFormat.Label(p.Value, spec.Unit, f.Language)}", s.StyleCode, p.Value))
            .ToList();
        DirectLabelsOrLegend(f, labels, boldLabels: true);
    }

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

    /// <summary>
    /// Year ticks as integers without thousands separators; short spans of monthly data get one tick per period
    /// labelled like "Nov 2019"; a few ranges are labelled "2010–2014".
    /// </summary>
    private static void TimeTicks(ChartFrame f, IReadOnlyList<ChartPoint> points)
    {
        var distinct = points.Select(p => (p.X, p.PeriodLabel, p.Period)).Distinct().OrderBy(p => p.X).ToList();
        var (minX, maxX) = (distinct[0].X, distinct[^1].X);
        // The data area is the image less margins, the value axis and (wide layout) the end labels.
        var avail = Math.Max(100, f.Size.Width - 2 * f.Margin - (f.IsNarrow ? 70 : 140) * f.K);
        var span = maxX - minX;
        var months = distinct.All(d => d.Period.Kind == PeriodKind.Month);
        var ranges = distinct.All(d => d.Period.Kind == PeriodKind.Range);
        int MaxTicks(double labelWidth) => Math.Max(2, (int)(avail / (f.TickSize * labelWidth * 1.6)));
        var maxTicks = MaxTicks(months ? 4.6 : ranges ? 5.6 : 2.6);
        if ((months && span < 3) || (ranges && distinct.Count <= maxTicks))
        {
            var every = (int)Math.Ceiling(distinct.Count / (double)maxTicks);
            var ticks = distinct.Where((_, i) => i % every == 0).Select(d => new Tick(d.X, d.PeriodLabel, true)).ToArray();
            f.Plot.Axes.Bottom.TickGenerator = new NumericManual(ticks);
            return;
        }

        // Year labels ("2010") are shorter than the month or range labels the estimate above may have assumed.
        maxTicks = MaxTicks(2.6);
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
    /// key under the subtitle when there are too many series or the labels would take more than 30 % of the width, and
    /// always in the narrow layout (a phone has no width to spare).
    /// </summary>
    private static void DirectLabelsOrLegend(ChartFrame f, List<EndLabel> labels, bool boldLabels = false)
    {
        using var font = Ink.Font(f.LabelSize, boldLabels);
        var width = labels.Count == 0 ? 0 : labels.Max(l => Ink.Width(l.Text, font));
        var gap = f.LabelSize * 0.6f;
        var lineHeight = Ink.LineHeight(f.LabelSize);
        var fits = !f.IsNarrow && labels.Count <= 8 && width + gap <= f.Size.Width * 0.3f
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

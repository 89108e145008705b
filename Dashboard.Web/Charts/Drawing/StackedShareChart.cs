using Dashboard.Web.Charts.Model;
using Dashboard.Web.Charts.Styling;
using ScottPlot;
using ScottPlot.TickGenerators;
using SkiaSharp;

namespace Dashboard.Web.Charts.Drawing;

/// <summary>
/// Stacked share bars: one bar per category (window), segments in series order from the bottom (China, Russia,
/// named suppliers, "Other suppliers"), so China's segment starts at zero and reads against the value axis. Several
/// recipients are drawn as groups of bars under the recipient's name. Category labels go level, turned or thinned
/// (<see cref="CategoryAxisLayout"/>); value labels only where they fit (<see cref="SegmentLabel"/>); the paper's
/// figures as ◆ on their segment, labelled once per claim above the bars.
/// </summary>
internal static class StackedShareChart
{
    /// <summary>Extra x distance between the bars of two recipients, in bar slots.</summary>
    internal const double GroupGap = 0.9;

    internal const double BarWidth = 0.76;

    public static void Draw(ChartFrame f)
    {
        var spec = f.Spec;
        f.StyleAxes();
        var n = spec.Categories.Count;
        var groups = spec.CategoryGroups.Count == n ? spec.CategoryGroups : null;
        var labels = spec.CategoryLabels.Count == n ? spec.CategoryLabels : spec.Categories;
        var xs = Positions(n, groups);

        var bars = new List<(ChartPoint Point, Bar Bar)>();
        var tops = new double[n];
        var segments = new List<(int Category, double Low, double Value, string Code)>();
        foreach (var s in spec.Series)
        {
            foreach (var p in s.Points)
            {
                var c = IndexOf(spec.Categories, p.Category);
                if (c < 0 || p.Value <= 0)
                {
                    continue;
                }

                bars.Add((p, new Bar
                {
                    Position = xs[c],
                    Value = tops[c] + p.Value,
                    ValueBase = tops[c],
                    Size = BarWidth,
                    FillColor = f.SeriesColor(s.StyleCode),
                    LineColor = f.Theme.Background,
                    LineWidth = Math.Max(1, f.K * 1.2f),
                }));
                segments.Add((c, tops[c], p.Value, s.StyleCode));
                tops[c] += p.Value;
            }
        }

        f.Plot.Add.Bars(bars.Select(b => b.Bar).ToList());
        PointProbe.Bars(f, bars);
        var full = tops.Length == 0 ? 0 : tops.Max();
        full = spec.Unit == "%" ? Math.Max(100, full) : full;
        if (full <= 0)
        {
            full = 1;
        }

        // Room above the bars for the labels of the paper's figures.
        var hi = full * (spec.Marks.Count > 0 ? 1.2 : 1.02);
        f.Plot.Axes.SetLimitsY(0, hi);
        f.Plot.Axes.Left.TickGenerator = new NumericManual(NiceTicks(full).Select(v => new Tick(v, ValueFormat.Tick(v, f.Language), true)).ToArray());
        f.Plot.Axes.Left.Label.Text = spec.YAxisLabel ?? "";
        // A few bars stay bar-shaped: at most ~120 px wide at the reference size, centred.
        var span = xs.Length == 0 ? 0 : xs[^1] - xs[0];
        var units = Math.Max(span + 1.2, (f.Size.Width - 2 * f.Margin - 70 * f.K) * BarWidth / (120 * f.K));
        var first = xs.Length == 0 ? 0 : xs[0];
        f.Plot.Axes.SetLimitsX(first + span / 2 - units / 2, first + span / 2 + units / 2);

        f.Plot.Add.Plottable(new FigurePlottable(rp =>
        {
            DrawSegmentLabels(f, rp, xs, segments, tops);
            DrawMarks(f, rp, xs, full);
        }));

        StackedShareCategoryAxis.Draw(f, xs, labels, groups);
        f.AddFrame(spec.Series.Select(s => new LegendEntry(s.Name, s.StyleCode, LegendSwatch.Box)).ToList());
    }

    /// <summary>Bar positions: one slot per category, a gap where the recipient changes.</summary>
    public static double[] Positions(int count, IReadOnlyList<string>? groups)
    {
        var xs = new double[count];
        var gap = 0.0;
        for (var i = 0; i < count; i++)
        {
            if (i > 0 && groups is not null && groups[i] != groups[i - 1])
            {
                gap += GroupGap;
            }

            xs[i] = i + gap;
        }

        return xs;
    }

    /// <summary>Up to six round ticks from 0 to <paramref name="full"/> (0, 20, …, 100 for shares).</summary>
    public static IReadOnlyList<double> NiceTicks(double full)
    {
        var raw = full / 5;
        var magnitude = Math.Pow(10, Math.Floor(Math.Log10(raw)));
        var step = new[] { 1, 2, 2.5, 5, 10 }.Select(m => m * magnitude).First(s => full / s <= 6);
        var ticks = new List<double>();
        for (var v = 0.0; v <= full + step * 1e-6; v += step)
        {
            ticks.Add(Math.Round(v, 10));
        }

        return ticks;
    }

    private static void DrawSegmentLabels(ChartFrame f, RenderPack rp, double[] xs, List<(int Category, double Low, double Value, string Code)> segments, double[] tops)
    {
        var r = rp.DataRect;
        using var font = Ink.Font(f.ValueSize, bold: true);
        var x0 = rp.Plot.Axes.Bottom.GetPixel(0, r);
        var barPx = Math.Abs(rp.Plot.Axes.Bottom.GetPixel(BarWidth, r) - x0);
        foreach (var (c, low, value, code) in segments)
        {
            var yLow = rp.Plot.Axes.Left.GetPixel(low, r);
            var yHigh = rp.Plot.Axes.Left.GetPixel(low + value, r);
            var share = tops[c] > 0 ? 100 * value / tops[c] : 0;
            var text = SegmentLabel.Choose(value, share, barPx, Math.Abs(yLow - yHigh), f.ValueSize, t => Ink.Width(t, font)) is { } label ? f.Language.Digits(label) : null;
            if (text is null)
            {
                continue;
            }

            var fill = f.SeriesColor(code);
            var ink = ChartPalette.Contrast(fill, Colors.White) >= ChartPalette.Contrast(fill, Colors.Black) ? Colors.White : Colors.Black;
            Ink.Draw(rp.Canvas, text, rp.Plot.Axes.Bottom.GetPixel(xs[c], r), (yLow + yHigh) / 2 + f.ValueSize * 0.36f, font, ink, SKTextAlign.Center);
        }
    }

    /// <summary>◆ at the stated value on each marked bar; one label per claim above its bars, with a bracket over several.</summary>
    private static void DrawMarks(ChartFrame f, RenderPack rp, double[] xs, double full)
    {
        var spec = f.Spec;
        var r = rp.DataRect;
        var size = f.MarkerSize * 1.7f;
        var outline = Math.Max(1.2f, f.K * 1.5f);
        using var font = Ink.Font(f.ValueSize, bold: true);
        var barHalf = Math.Abs(rp.Plot.Axes.Bottom.GetPixel(BarWidth / 2, r) - rp.Plot.Axes.Bottom.GetPixel(0, r));
        var top = rp.Plot.Axes.Left.GetPixel(full, r);
        var lineHeight = Ink.LineHeight(f.ValueSize);
        var taken = new List<SKRect>();
        foreach (var group in spec.Marks.GroupBy(m => m.Group, StringComparer.Ordinal))
        {
            var onBars = group.Select(m => (Mark: m, C: IndexOf(spec.Categories, m.Category))).Where(m => m.C >= 0).ToList();
            if (onBars.Count == 0)
            {
                continue;
            }

            foreach (var (mark, c) in onBars)
            {
                var (mx, my) = (rp.Plot.Axes.Bottom.GetPixel(xs[c], r), rp.Plot.Axes.Left.GetPixel(mark.Value, r));
                Ink.Diamond(rp.Canvas, mx, my, size, f.SeriesColor(mark.SeriesCode), f.Theme.Foreground, outline);
                f.Points?.Mark(mark, mx, my, size);
            }

            var left = rp.Plot.Axes.Bottom.GetPixel(xs[onBars.Min(m => m.C)], r) - barHalf;
            var right = rp.Plot.Axes.Bottom.GetPixel(xs[onBars.Max(m => m.C)], r) + barHalf;
            var text = onBars[0].Mark.Label;
            var width = Ink.Width(text, font);
            var centre = Math.Clamp((left + right) / 2, r.Left + width / 2, r.Right - width / 2);
            var bracketY = top - lineHeight * 0.35f;
            var baseline = bracketY - lineHeight * 0.35f;
            var box = new SKRect(centre - width / 2 - 4, baseline - f.ValueSize, centre + width / 2 + 4, baseline + 2);
            while (taken.Any(t => t.IntersectsWith(box)))
            {
                baseline -= lineHeight;
                box.Offset(0, -lineHeight);
            }

            taken.Add(box);
            var color = f.Theme.Foreground;
            var stroke = Math.Max(1, f.K * 1.2f);
            Ink.Line(rp.Canvas, left, bracketY, right, bracketY, color, stroke);
            Ink.Line(rp.Canvas, left, bracketY, left, top, color, stroke);
            Ink.Line(rp.Canvas, right, bracketY, right, top, color, stroke);
            if (baseline < bracketY - lineHeight * 0.5f)
            {
                Ink.Line(rp.Canvas, centre, bracketY, centre, baseline + 2, color, stroke);
            }

            Ink.DrawWithHalo(rp.Canvas, $"{Composing.ChartTexts.MarkSymbol} {text}", centre, baseline, font, color, f.Theme.Background, SKTextAlign.Center);
        }
    }

    private static int IndexOf(IReadOnlyList<string> list, string value)
    {
        for (var i = 0; i < list.Count; i++)
        {
            if (list[i] == value)
            {
                return i;
            }
        }

        return -1;
    }
}

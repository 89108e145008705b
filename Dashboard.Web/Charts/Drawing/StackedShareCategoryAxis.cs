using ScottPlot;
using ScottPlot.TickGenerators;
using SkiaSharp;

namespace Dashboard.Web.Charts.Drawing;

/// <summary>
/// The category axis of <see cref="StackedShareChart"/>: window labels under each bar (level, turned or thinned by
/// <see cref="CategoryAxisLayout"/>), and with several recipients, each recipient's name centred under its group of bars.
/// </summary>
internal static class StackedShareCategoryAxis
{
    /// <summary>Window labels under each bar (level, turned or thinned) and, for several recipients, their names under the groups.</summary>
    public static void Draw(ChartFrame f, double[] xs, IReadOnlyList<string> labels, IReadOnlyList<string>? groups)
    {
        f.Plot.Axes.Bottom.TickGenerator = new NumericManual([]);
        f.Plot.Axes.Bottom.MajorTickStyle.Length = 0;
        if (xs.Length == 0)
        {
            return;
        }

        using var tickFont = Ink.Font(f.TickSize);
        var lineHeight = Ink.LineHeight(f.TickSize);

        // The data area is about the image less margins and the value axis; labels are laid out for that width.
        var dataWidth = Math.Max(50, f.Size.Width - 2 * f.Margin - 70 * f.K);
        var limits = f.Plot.Axes.GetLimits();
        var slot = (float)(dataWidth / (limits.Right - limits.Left));
        var layout = CategoryAxisLayout.For(slot, labels.Select(l => Ink.Width(l, tickFont)).ToList(), lineHeight);
        // Recipient names wrap to two lines when one is wider than its group of bars.
        using var groupFont = Ink.Font(f.TickSize, bold: true);
        var groupLines = groups is not null && Runs(groups).Any(r => Ink.Width(groups[r.Start], groupFont) > GroupWidth(r, slot)) ? 2 : 1;
        var groupRow = groups is null ? 0 : lineHeight * (0.5f + groupLines);
        var height = layout.Height + groupRow + f.TickSize * 0.5f;

        f.Plot.Axes.AddPanel(new FigurePanel(Edge.Bottom, height, rp =>
        {
            var r = rp.DataRect;
            using var font = Ink.Font(f.TickSize);
            var y = r.Bottom + f.TickSize * 0.45f;
            for (var i = 0; i < xs.Length; i++)
            {
                // Thinned labels count from the last bar, so the latest window is always named.
                if ((xs.Length - 1 - i) % layout.Every != 0)
                {
                    continue;
                }

                var x = rp.Plot.Axes.Bottom.GetPixel(xs[i], r);
                if (!layout.Rotated)
                {
                    Ink.Draw(rp.Canvas, labels[i], x, y + f.TickSize, font, f.Theme.Foreground, SKTextAlign.Center);
                    continue;
                }

                var saved = rp.Canvas.Save();
                rp.Canvas.Translate(x + f.TickSize * 0.3f, y);
                rp.Canvas.RotateDegrees(-45);
                Ink.Draw(rp.Canvas, labels[i], 0, f.TickSize * 0.35f, font, f.Theme.Foreground, SKTextAlign.Right);
                rp.Canvas.RestoreToCount(saved);
            }

            if (groups is null)
            {
                return;
            }

            using var bold = Ink.Font(f.TickSize, bold: true);
            var half = Math.Abs(rp.Plot.Axes.Bottom.GetPixel(StackedShareChart.BarWidth / 2, r) - rp.Plot.Axes.Bottom.GetPixel(0, r));
            var gy = r.Bottom + layout.Height + f.TickSize * 0.45f;
            foreach (var run in Runs(groups))
            {
                var left = rp.Plot.Axes.Bottom.GetPixel(xs[run.Start], r) - half;
                var right = rp.Plot.Axes.Bottom.GetPixel(xs[run.End], r) + half;
                Ink.Line(rp.Canvas, left, gy, right, gy, f.Theme.Axis, Math.Max(1, f.K));
                var gapPx = Math.Abs(rp.Plot.Axes.Bottom.GetPixel(StackedShareChart.GroupGap, r) - rp.Plot.Axes.Bottom.GetPixel(0, r));
                var lines = Ink.Wrap(groups[run.Start], bold, Math.Max(20, right - left + gapPx), groupLines);
                for (var l = 0; l < lines.Count; l++)
                {
                    Ink.Draw(rp.Canvas, lines[l], (left + right) / 2, gy + lineHeight * (0.95f + l), bold, f.Theme.Foreground, SKTextAlign.Center);
                }
            }
        }));
    }

    /// <summary>Width a recipient's name may take: its bars and half the gap on either side.</summary>
    private static float GroupWidth((int Start, int End) run, float slot) => (float)((run.End - run.Start + StackedShareChart.BarWidth + StackedShareChart.GroupGap) * slot);

    private static IEnumerable<(int Start, int End)> Runs(IReadOnlyList<string> groups)
    {
        var start = 0;
        for (var i = 1; i <= groups.Count; i++)
        {
            if (i == groups.Count || groups[i] != groups[start])
            {
                yield return (start, i - 1);
                start = i;
            }
        }
    }
}

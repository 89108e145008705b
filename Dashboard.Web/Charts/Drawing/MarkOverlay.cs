using Dashboard.Web.Charts.Model;
using ScottPlot;
using SkiaSharp;

namespace Dashboard.Web.Charts.Drawing;

/// <summary>
/// Draws the paper's figures (<see cref="ChartSpec.Marks"/>) on line, slope and bar charts: a ◆ in the series'
/// colour at the stated value, labelled beside it ("paper: 228") in the series' colour with a halo. Labels of marks
/// close together are spread so they never overlap; one label per group of marks of the same claim.
/// </summary>
internal static class MarkOverlay
{
    public static void Add(ChartFrame f, Func<ChartMark, double?> xOf)
    {
        var marks = f.Spec.Marks.Select(m => (Mark: m, X: xOf(m))).Where(m => m.X is not null).ToList();
        if (marks.Count == 0)
        {
            return;
        }

        f.Plot.Add.Plottable(new FigurePlottable(rp =>
        {
            var r = rp.DataRect;
            var size = f.MarkerSize * 1.7f;
            var outline = Math.Max(1.2f, f.K * 1.5f);
            var placed = marks.Select(m => (m.Mark,
                    Px: rp.Plot.Axes.Bottom.GetPixel(m.X!.Value, r),
                    Py: rp.Plot.Axes.Left.GetPixel(m.Mark.Value, r)))
                .ToList();
            foreach (var (mark, px, py) in placed)
            {
                Ink.Diamond(rp.Canvas, px, py, size, f.SeriesColor(mark.SeriesCode), f.Theme.Foreground, outline);
                f.Points?.Mark(mark, px, py, size);
            }

            // One label per group, beside its right-most mark; labels near each other are spread vertically.
            using var font = Ink.Font(f.ValueSize, bold: true);
            var labels = placed.GroupBy(p => p.Mark.Group, StringComparer.Ordinal)
                .Select(g => g.OrderBy(p => p.Px).Last())
                .OrderBy(p => p.Px)
                .ToList();
            var spacing = Ink.LineHeight(f.ValueSize);
            var ys = new float[labels.Count];
            var start = 0;
            for (var i = 1; i <= labels.Count; i++)
            {
                if (i == labels.Count || labels[i].Px - labels[i - 1].Px > 120 * f.K)
                {
                    var spread = LabelPlacement.Spread(labels.Skip(start).Take(i - start).Select(l => l.Py).ToList(), spacing, r.Top + spacing / 2, r.Bottom - spacing / 2);
                    spread.CopyTo(ys, start);
                    start = i;
                }
            }

            for (var i = 0; i < labels.Count; i++)
            {
                var (mark, px, _) = labels[i];
                var width = Ink.Width(mark.Label, font);
                var right = px + size * 0.75f + width <= r.Right;
                var x = right ? px + size * 0.75f : px - size * 0.75f;
                var baseline = ys[i] + f.ValueSize * 0.36f;
                Ink.DrawWithHalo(rp.Canvas, mark.Label, x, baseline, font, f.SeriesColor(mark.SeriesCode), f.Theme.Background,
                    right ? SKTextAlign.Left : SKTextAlign.Right);
                var (left, halo) = (right ? x : x - width, f.ValueSize * 0.14f);
                f.Points?.Mark(mark, px, placed.First(p => ReferenceEquals(p.Mark, mark)).Py, size,
                    left - halo, baseline - f.ValueSize, left + width + halo, baseline + f.ValueSize * 0.3f);
            }
        }));
    }
}

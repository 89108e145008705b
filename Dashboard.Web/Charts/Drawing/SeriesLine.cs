using Dashboard.Web.Charts.Styling;
using ScottPlot;
using SkiaSharp;

namespace Dashboard.Web.Charts.Drawing;

/// <summary>
/// A series line with markers, dashed by hand: dashes become plain stroked segments, because Skia's SVG output
/// cannot express a dash path effect and would otherwise write every dash as a large filled outline.
/// </summary>
internal sealed class SeriesLine(double[] xs, double[] ys, Color color, float width, DashStyle dash) : IPlottable
{
    public bool IsVisible { get; set; } = true;

    public IAxes Axes { get; set; } = new ScottPlot.Axes();

    public IEnumerable<LegendItem> LegendItems => [];

    public Color Color { get; } = color;

    public DashStyle Dash { get; } = dash;

    public MarkerShape Marker { get; set; } = MarkerShape.None;

    public float MarkerSize { get; set; }

    /// <summary>Draw the marker only at the last point (dense series).</summary>
    public bool MarkerAtEndOnly { get; set; }

    /// <summary>Per point, whether it is the source's estimate (drawn apart, see <see cref="EstimateStyle"/>); null: none is.</summary>
    public IReadOnlyList<bool>? Estimates { get; set; }

    /// <summary>The colour estimates are drawn in (<see cref="EstimateStyle.Tint"/>).</summary>
    public Color EstimateColor { get; set; }

    /// <summary>The background a hollow estimate marker is filled with, so the dotted line does not show through it.</summary>
    public Color Background { get; set; } = Colors.White;

    public AxisLimits GetAxisLimits() => xs.Length == 0
        ? AxisLimits.NoLimits
        : new AxisLimits(xs.Min(), xs.Max(), ys.Min(), ys.Max());

    public void Render(RenderPack rp)
    {
        if (xs.Length == 0)
        {
            return;
        }

        var points = xs.Select((x, i) => Axes.GetPixel(new Coordinates(x, ys[i]))).Select(p => new SKPoint(p.X, p.Y)).ToArray();
        bool Estimate(int i) => Estimates is { } e && i < e.Count && e[i];

        // A stretch between two actual values keeps the entity's dash; one that reaches an estimate is dotted and light.
        Stroke(rp, Stretches(points, i => !Estimate(i) && !Estimate(i + 1)), Ink.Dash(Dash, width), Color, Dash == DashStyle.Dotted);
        Stroke(rp, Stretches(points, i => Estimate(i) || Estimate(i + 1)), EstimateStyle.Dots(width), EstimateColor, round: true);

        if (Marker != MarkerShape.None)
        {
            var lineWidth = Math.Max(1.5f, width * 0.6f);
            for (var i = MarkerAtEndOnly ? points.Length - 1 : 0; i < points.Length; i++)
            {
                if (Estimate(i))
                {
                    Ink.Marker(rp, points[i].X, points[i].Y, MarkerShape.FilledCircle, MarkerSize * 0.8f, Background, 0);
                    Ink.Marker(rp, points[i].X, points[i].Y, EstimateStyle.Hollow(Marker), MarkerSize, EstimateColor, lineWidth);
                }
                else
                {
                    Ink.Marker(rp, points[i].X, points[i].Y, Marker, MarkerSize, Color, lineWidth);
                }
            }
        }
    }

    /// <summary>The polylines of consecutive segments (segment i joins points i and i + 1) that <paramref name="take"/> keeps; a lone point when there is no segment.</summary>
    private static List<SKPoint[]> Stretches(SKPoint[] points, Func<int, bool> take)
    {
        var stretches = new List<SKPoint[]>();
        if (points.Length == 1)
        {
            if (take(0))
            {
                stretches.Add(points);
            }

            return stretches;
        }

        var start = -1;
        for (var i = 0; i <= points.Length - 1; i++)
        {
            var kept = i < points.Length - 1 && take(i);
            if (kept && start < 0)
            {
                start = i;
            }
            else if (!kept && start >= 0)
            {
                stretches.Add(points[start..(i + 1)]);
                start = -1;
            }
        }

        return stretches;
    }

    private void Stroke(RenderPack rp, List<SKPoint[]> stretches, float[]? intervals, Color color, bool round)
    {
        if (stretches.Count == 0)
        {
            return;
        }

        using var paint = new SKPaint
        {
            Color = color.ToSKColor(),
            IsAntialias = true,
            Style = SKPaintStyle.Stroke,
            StrokeWidth = width,
            StrokeJoin = SKStrokeJoin.Round,
            StrokeCap = round ? SKStrokeCap.Round : SKStrokeCap.Butt,
        };
        foreach (var stretch in stretches)
        {
            using var path = DashedPath(stretch, intervals);
            rp.Canvas.DrawPath(path, paint);
        }
    }

    /// <summary>The polyline as one path; with a pattern, only its "on" stretches, the phase running on across vertices.</summary>
    public static SKPath DashedPath(IReadOnlyList<SKPoint> points, float[]? intervals)
    {
        var path = new SKPath();
        path.MoveTo(points[0]);
        if (intervals is null || intervals.Length == 0 || intervals.Any(i => i <= 0))
        {
            for (var i = 1; i < points.Count; i++)
            {
                path.LineTo(points[i]);
            }

            return path;
        }

        var index = 0;
        var remaining = intervals[0];
        var on = true;
        for (var i = 1; i < points.Count; i++)
        {
            var (a, b) = (points[i - 1], points[i]);
            var length = SKPoint.Distance(a, b);
            var pos = 0f;
            while (length - pos > remaining)
            {
                pos += remaining;
                var t = pos / length;
                var at = new SKPoint(a.X + (b.X - a.X) * t, a.Y + (b.Y - a.Y) * t);
                if (on)
                {
                    path.LineTo(at);
                }
                else
                {
                    path.MoveTo(at);
                }

                on = !on;
                index = (index + 1) % intervals.Length;
                remaining = intervals[index];
            }

            remaining -= length - pos;
            if (on)
            {
                path.LineTo(b);
            }
        }

        return path;
    }
}

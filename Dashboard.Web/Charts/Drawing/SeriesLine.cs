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
        using var path = DashedPath(points, Ink.Dash(Dash, width));
        using var paint = new SKPaint
        {
            Color = Color.ToSKColor(),
            IsAntialias = true,
            Style = SKPaintStyle.Stroke,
            StrokeWidth = width,
            StrokeJoin = SKStrokeJoin.Round,
            StrokeCap = Dash == DashStyle.Dotted ? SKStrokeCap.Round : SKStrokeCap.Butt,
        };
        rp.Canvas.DrawPath(path, paint);

        if (Marker != MarkerShape.None)
        {
            var lineWidth = Math.Max(1.5f, width * 0.6f);
            foreach (var p in MarkerAtEndOnly ? points[^1..] : points)
            {
                Ink.Marker(rp, p.X, p.Y, Marker, MarkerSize, Color, lineWidth);
            }
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

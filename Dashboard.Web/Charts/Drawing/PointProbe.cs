using Dashboard.Web.Charts.Model;
using ScottPlot;

namespace Dashboard.Web.Charts.Drawing;

/// <summary>
/// Records in the frame's <see cref="Points.PointMap"/> where each value of the series was drawn, from the axes and
/// the data area of the render under way (the same mapping the series' own plottables use). The probes draw nothing
/// and take no part in axis limits; they are added only when someone asked for the points.
/// </summary>
internal static class PointProbe
{
    /// <summary>Line and slope charts: each point at (<paramref name="x"/>(point), value); points without an x are not drawn.</summary>
    public static void Series(ChartFrame f, Func<ChartPoint, double?> x)
    {
        if (f.Points is not { } map)
        {
            return;
        }

        f.Plot.Add.Plottable(new FigurePlottable(rp =>
        {
            foreach (var p in f.Spec.Series.SelectMany(s => s.Points))
            {
                if (x(p) is { } at)
                {
                    map.Point(p, rp.Plot.Axes.Bottom.GetPixel(at, rp.DataRect), rp.Plot.Axes.Left.GetPixel(p.Value, rp.DataRect));
                }
            }
        }, limits: false));
    }

    /// <summary>Bars and stacked segments: each drawn bar's rectangle, the point at its middle.</summary>
    public static void Bars(ChartFrame f, IReadOnlyList<(ChartPoint Point, Bar Bar)> bars)
    {
        if (f.Points is not { } map)
        {
            return;
        }

        f.Plot.Add.Plottable(new FigurePlottable(rp =>
        {
            var (xAxis, yAxis, r) = (rp.Plot.Axes.Bottom, rp.Plot.Axes.Left, rp.DataRect);
            foreach (var (point, bar) in bars)
            {
                var left = xAxis.GetPixel(bar.Position - bar.Size / 2, r);
                var right = xAxis.GetPixel(bar.Position + bar.Size / 2, r);
                var low = yAxis.GetPixel(bar.ValueBase, r);
                var high = yAxis.GetPixel(bar.Value, r);
                map.Area(point, (left + right) / 2, (low + high) / 2, left, high, right, low);
            }
        }, limits: false));
    }
}

using Dashboard.Web.Charts.Drawing;
using Dashboard.Web.Charts.Drawing.Map;
using Dashboard.Web.Charts.Model;
using Dashboard.Web.Charts.Points;
using Dashboard.Web.Charts.Rendering;
using Dashboard.Web.Charts.Selection;
using Dashboard.Web.Charts.Styling;
using ScottPlot;

namespace Dashboard.Web.Charts.Drawing;

/// <summary>
/// Turns a <see cref="ChartSpec"/> into a <see cref="Plot"/> for a theme and size: pure (no I/O, no database). The
/// spec's kind is already resolved (<see cref="ChartKinds.Resolve"/>), so this only draws it. The plot is laid out in
/// 1× pixels with <see cref="Plot.ScaleFactor"/> = scale, so a 2× image has twice the pixels and the same layout. A
/// plot is not thread-safe: build one per request. Fonts must be registered first (<see cref="ChartFonts.EnsureRegistered"/>).
/// </summary>
public static class ChartBuilder
{
    public const string NoDataMessage = "No data for this selection";

    /// <summary>
    /// The plot of <paramref name="spec"/>. With <paramref name="points"/>, rendering the plot records in it where each
    /// drawn value lies in the image (see <see cref="PointMap"/>). <paramref name="framing"/> leaves the texts out for a
    /// slide that prints them. A predict step (<see cref="ChartSpec.Whole"/>) gets the axes of its whole chart.
    /// </summary>
    public static Plot Build(ChartSpec spec, ChartTheme theme, ChartSize size, ChartLayout layout = ChartLayout.Wide, PointMap? points = null,
        ChartFraming framing = ChartFraming.Full)
    {
        var plot = new Plot { ScaleFactor = size.Scale };
        var frame = new ChartFrame(plot, spec, theme, size, layout, points, framing);
        if (spec.IsEmpty)
        {
            points?.NoPoints(frame.Language.T(NoDataMessage));
            SeriesCharts.Empty(frame, frame.Language.T(NoDataMessage));
            return plot;
        }

        switch (spec.Kind)
        {
            case ChartKind.Timeline:
                ListCharts.Timeline(frame);
                break;
            case ChartKind.Table:
                ListCharts.Table(frame);
                break;
            case ChartKind.Map:
                MapChart.Draw(frame, spec.Map!);
                break;
            case ChartKind.Slope:
                SeriesCharts.Slope(frame);
                break;
            case ChartKind.GroupedBar:
                BarChart.Draw(frame);
                break;
            case ChartKind.StackedShare:
                StackedShareChart.Draw(frame);
                break;
            default:
                SeriesCharts.Line(frame);
                break;
        }

        if (points is not null)
        {
            // Where the data area ended up (after the key, axes and footer took their room), for points.json.
            plot.Add.Plottable(new FigurePlottable(rp => points.Area(rp.DataRect.Left, rp.DataRect.Top, rp.DataRect.Right, rp.DataRect.Bottom), limits: false));
        }

        if (spec.Whole is { IsEmpty: false } whole)
        {
            // The same limits and time ticks as the whole chart: the reveal adds points, never moves the axes.
            using var full = Build(whole, theme, size, layout, framing: framing);
            plot.Axes.SetLimits(full.Axes.GetLimits());
            plot.Axes.Bottom.TickGenerator = full.Axes.Bottom.TickGenerator;
        }

        return plot;
    }
}

using Dashboard.Web.Charts.Drawing;
using ScottPlot;

namespace Dashboard.Web.Charts;

/// <summary>
/// Turns a <see cref="ChartSpec"/> into a <see cref="Plot"/> for a theme and size: pure (no I/O, no database). The
/// plot is laid out in 1× pixels with <see cref="Plot.ScaleFactor"/> = scale, so a 2× image has twice the pixels and
/// the same layout. A plot is not thread-safe: build one per request. Fonts must be registered first
/// (<see cref="ChartFonts.EnsureRegistered"/>).
/// </summary>
public static class ChartBuilder
{
    public const string NoDataMessage = "No data for this selection";

    public static Plot Build(ChartSpec spec, ChartTheme theme, ChartSize size)
    {
        var plot = new Plot { ScaleFactor = size.Scale };
        var frame = new ChartFrame(plot, spec, theme, size);
        if (spec.IsEmpty)
        {
            SeriesCharts.Empty(frame, NoDataMessage);
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
            case ChartKind.Slope when spec.Series.SelectMany(s => s.Points).Select(p => p.X).Distinct().Count() == 2:
                SeriesCharts.Slope(frame);
                break;
            case ChartKind.GroupedBar:
                SeriesCharts.GroupedBar(frame);
                break;
            case ChartKind.StackedShare:
                SeriesCharts.StackedShare(frame);
                break;
            case ChartKind.Line or ChartKind.Slope when spec.Series.SelectMany(s => s.Points).Select(p => p.X).Distinct().Count() < 2:
                // Cannot draw a line through one period.
                SeriesCharts.GroupedBar(frame);
                break;
            default:
                SeriesCharts.Line(frame);
                break;
        }

        return plot;
    }
}

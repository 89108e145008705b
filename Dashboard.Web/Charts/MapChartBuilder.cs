using Dashboard.Web.Charts.Drawing;
using ScottPlot;

namespace Dashboard.Web.Charts;

/// <summary>
/// Turns a map layer into a <see cref="Plot"/>, like <see cref="ChartBuilder"/> does for the other kinds: pure, laid
/// out in 1× pixels with <see cref="Plot.ScaleFactor"/> = scale, one plot per request, fonts registered first. The
/// spec gives the frame (title, subtitle, notes, footer); the geometry credit is added to the footer before the site
/// name ("Source: … · Boundaries: Natural Earth · GeoAI Dashboard"). Render with <see cref="ChartRenderer"/>; its SVG
/// gives every country one element with a &lt;title&gt; (<see cref="MapSvgTitles"/>).
/// </summary>
public static class MapChartBuilder
{
    public static Plot Build(ChartSpec spec, MapLayer layer, ChartTheme theme, ChartSize size)
    {
        var plot = new Plot { ScaleFactor = size.Scale };
        var frame = new ChartFrame(plot, spec with { Footer = WithCredit(spec.Footer, layer.Credit) }, theme, size);
        MapChart.Draw(frame, layer);
        return plot;
    }

    /// <summary>The footer with the credit before its last " · " part (the site name), or appended.</summary>
    public static string WithCredit(string footer, string credit)
    {
        if (string.IsNullOrWhiteSpace(credit) || footer.Contains(credit, StringComparison.Ordinal))
        {
            return footer;
        }

        if (string.IsNullOrWhiteSpace(footer))
        {
            return credit;
        }

        var site = footer.LastIndexOf(" · ", StringComparison.Ordinal);
        return site > 0 ? footer[..site] + " · " + credit + footer[site..] : footer + " · " + credit;
    }
}

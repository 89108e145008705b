using System.Security;
using Dashboard.Web.Charts.Drawing;
using Dashboard.Web.Charts.Drawing.Map;
using ScottPlot;

namespace Dashboard.Web.Charts.Rendering;

/// <summary>
/// Gives each country of a map its accessible name in the SVG: the country's fill is one &lt;path&gt; (every polygon
/// in one path), found by the path data the map drew it with (Skia's SVG canvas writes exactly
/// <c>SKPath.ToSvgPathData()</c>), in drawing order; it gets <c>class="map-region" data-code="KGZ"</c> and a
/// &lt;title&gt; child "Kyrgyzstan: 47.9 % (2019)". Plots without a map are returned unchanged.
/// </summary>
public static class MapSvgTitles
{
    public static string Attach(string svg, Plot plot)
    {
        var map = plot.GetPlottables().OfType<MapPlottable>().FirstOrDefault();
        return map is null ? svg : Attach(svg, map.LastDrawn);
    }

    internal static string Attach(string svg, IReadOnlyList<MapDrawnRegion> regions)
    {
        var s = new System.Text.StringBuilder(svg.Length + regions.Count * 120);
        var from = 0;
        foreach (var region in regions)
        {
            var d = svg.IndexOf($" d=\"{region.PathData}\"", from, StringComparison.Ordinal);
            var start = d < 0 ? -1 : svg.LastIndexOf("<path ", d, StringComparison.Ordinal);
            var end = d < 0 ? -1 : svg.IndexOf("/>", d, StringComparison.Ordinal);
            if (start < from || end < 0)
            {
                // Not drawn (nothing of it in view): no element to title.
                continue;
            }

            s.Append(svg, from, start - from);
            s.Append("<path class=\"map-region\" data-code=\"").Append(SecurityElement.Escape(region.Code)).Append("\" ");
            s.Append(svg, start + 6, end - (start + 6));
            s.Append("><title>").Append(SecurityElement.Escape(region.Title)).Append("</title></path>");
            from = end + 2;
        }

        s.Append(svg, from, svg.Length - from);
        return s.ToString();
    }
}

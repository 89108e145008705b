using Dashboard.Web.Charts.Maps;
namespace Dashboard.Web.Charts.Drawing.Map;

/// <summary>
/// A choropleth in the frame every chart has: title, subtitle, notes and footer from the frame's spec, the map and
/// its legend in the data area (see <see cref="MapLayout"/> and <see cref="MapPainter"/>).
/// </summary>
internal static class MapChart
{
    public static MapPlottable Draw(ChartFrame f, MapLayer layer)
    {
        f.HideAxes();
        var map = new MapPlottable(f, layer);
        f.Plot.Add.Plottable(map);
        f.AddFrame();
        return map;
    }
}

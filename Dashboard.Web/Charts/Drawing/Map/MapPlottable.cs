using Dashboard.Data.Geo;
using ScottPlot;
using Dashboard.Web.Charts.Maps;

namespace Dashboard.Web.Charts.Drawing.Map;

/// <summary>
/// The map inside the data area, drawn in pixel space. Keeps the layout and the countries of its last render, which
/// <see cref="Rendering.MapSvgTitles"/> reads to title each country's element (a plot is rendered by one thread at a time).
/// </summary>
internal sealed class MapPlottable(ChartFrame frame, MapLayer layer) : IPlottable
{
    public bool IsVisible { get; set; } = true;

    public IAxes Axes { get; set; } = new ScottPlot.Axes();

    public IEnumerable<LegendItem> LegendItems => [];

    public MapLayer Layer => layer;

    public MapLayout? LastLayout { get; private set; }

    public IReadOnlyList<MapDrawnRegion> LastDrawn { get; private set; } = [];

    public AxisLimits GetAxisLimits() => new(0, 1, 0, 1);

    public void Render(RenderPack rp)
    {
        // ScottPlot lays a plot out once more before the final pass (and SVG output renders a layout pass first):
        // the labels are placed once per data area.
        var r = rp.DataRect;
        var area = new MapRect(r.Left, r.Top, r.Right, r.Bottom);
        if (LastLayout is null || _area != area)
        {
            LastLayout = MapLayout.Compute(frame, layer, area);
            _area = area;
        }

        LastDrawn = MapPainter.Paint(rp.Canvas, frame, layer, LastLayout);
    }

    private MapRect _area;
}

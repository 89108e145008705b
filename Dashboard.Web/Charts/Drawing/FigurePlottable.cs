using ScottPlot;

namespace Dashboard.Web.Charts.Drawing;

/// <summary>A plottable that paints in pixel space inside the data area (timeline, table, "no data" message).</summary>
internal sealed class FigurePlottable(Action<RenderPack> draw) : IPlottable
{
    public bool IsVisible { get; set; } = true;

    public IAxes Axes { get; set; } = new ScottPlot.Axes();

    public IEnumerable<LegendItem> LegendItems => [];

    public AxisLimits GetAxisLimits() => new(0, 1, 0, 1);

    public void Render(RenderPack rp) => draw(rp);
}

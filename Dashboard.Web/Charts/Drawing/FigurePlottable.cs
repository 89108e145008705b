using ScottPlot;

namespace Dashboard.Web.Charts.Drawing;

/// <summary>
/// A plottable that paints in pixel space inside the data area (timeline, table, "no data" message). With
/// <paramref name="limits"/> false it takes no part in axis limits (a probe that only reads the layout).
/// </summary>
internal sealed class FigurePlottable(Action<RenderPack> draw, bool limits = true) : IPlottable
{
    public bool IsVisible { get; set; } = true;

    public IAxes Axes { get; set; } = new ScottPlot.Axes();

    public IEnumerable<LegendItem> LegendItems => [];

    public AxisLimits GetAxisLimits() => limits ? new(0, 1, 0, 1) : AxisLimits.NoLimits;

    public void Render(RenderPack rp) => draw(rp);
}

using ScottPlot;

namespace Dashboard.Web.Charts.Drawing;

/// <summary>
/// A panel of fixed size on one edge of the data area (header, footer, margins, direct labels). The layout reserves
/// its size; <see cref="Draw"/> paints in figure coordinates, so the order of panels on an edge does not matter.
/// </summary>
internal sealed class FigurePanel(Edge edge, float size, Action<RenderPack>? draw = null) : IPanel
{
    public bool IsVisible { get; set; } = true;

    public Edge Edge { get; } = edge;

    public bool ShowDebugInformation { get; set; }

    public float MinimumSize { get; set; } = size;

    public float MaximumSize { get; set; } = size;

    public Action<RenderPack>? Draw { get; } = draw;

    public float Measure(Paint paint) => MinimumSize;

    public PixelRect GetPanelRect(PixelRect dataRect, float size, float offset, Paint paint) => Edge switch
    {
        Edge.Left => new PixelRect(dataRect.Left - offset - size, dataRect.Left - offset, dataRect.Bottom, dataRect.Top),
        Edge.Right => new PixelRect(dataRect.Right + offset, dataRect.Right + offset + size, dataRect.Bottom, dataRect.Top),
        Edge.Bottom => new PixelRect(dataRect.Left, dataRect.Right, dataRect.Bottom + offset + size, dataRect.Bottom + offset),
        _ => new PixelRect(dataRect.Left, dataRect.Right, dataRect.Top - offset, dataRect.Top - offset - size),
    };

    public void Render(RenderPack rp, float size, float offset)
    {
        if (IsVisible && Draw is not null)
        {
            var saved = rp.Canvas.Save();
            Draw(rp);
            rp.Canvas.RestoreToCount(saved);
        }
    }
}

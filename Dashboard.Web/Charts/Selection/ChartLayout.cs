namespace Dashboard.Web.Charts.Selection;

/// <summary>
/// How a chart is arranged for the screen it is made for: <see cref="Wide"/> (the default: 1200×675, labels at the
/// line ends) or <see cref="Narrow"/> (for phones: 480×720 by default, type sized for a 390 px screen, fewer ticks, a
/// stacked key instead of end labels). Asked for with <c>layout=narrow</c>; part of <see cref="ChartSelection"/>.
/// </summary>
public enum ChartLayout
{
    Wide,
    Narrow,
}

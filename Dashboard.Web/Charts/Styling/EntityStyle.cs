using ScottPlot;

namespace Dashboard.Web.Charts.Styling;

/// <summary>
/// How one entity looks in every chart: a colour for light backgrounds, a lighter shade of the same hue for dark
/// ones (both meet WCAG AA 4.5:1 against their background), a dash pattern and a marker shape.
/// </summary>
public sealed record EntityStyle(string LightHex, string DarkHex, DashStyle Dash, MarkerShape Marker)
{
    public Color ColorFor(ChartTheme theme) => Color.FromHex(theme.IsDark ? DarkHex : LightHex);
}

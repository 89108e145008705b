using Dashboard.Web.Charts.Model;
using ScottPlot;

namespace Dashboard.Web.Charts.Drawing;

/// <summary>
/// How the source's estimates and projections (<see cref="ChartEstimates"/>) are told apart from actual
/// data, on every chart that draws points one by one: the stretch of line leading to an estimate is dotted and in a
/// lighter tint of the series colour, its marker hollow and light, its bar hollow (a light fill inside an outline).
/// The entity's own dash and marker shape still carry its identity; the composer's note names the convention.
/// </summary>
internal static class EstimateStyle
{
    /// <summary>The series colour half-way to the background: lighter on a light theme, darker on a dark one.</summary>
    public static Color Tint(Color color, Color background) => new(
        (byte)((color.R + background.R) / 2), (byte)((color.G + background.G) / 2), (byte)((color.B + background.B) / 2), color.A);

    /// <summary>Round dots, whatever the entity's own dash: short enough to read as "not measured".</summary>
    public static float[] Dots(float width) => [0.1f, 2.2f * width];

    /// <summary>The open form of a filled marker (an open one stays as it is; the light tint then tells it apart).</summary>
    public static MarkerShape Hollow(MarkerShape shape) => shape switch
    {
        MarkerShape.FilledCircle => MarkerShape.OpenCircle,
        MarkerShape.FilledSquare => MarkerShape.OpenSquare,
        MarkerShape.FilledTriangleUp => MarkerShape.OpenTriangleUp,
        MarkerShape.FilledTriangleDown => MarkerShape.OpenTriangleDown,
        MarkerShape.FilledDiamond => MarkerShape.OpenDiamond,
        _ => shape,
    };
}

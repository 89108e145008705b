namespace Dashboard.Web.Charts.Styling;

/// <summary>Line dash patterns, so series stay distinguishable in greyscale; lengths scale with the line width.</summary>
public enum DashStyle
{
    Solid,
    Dashed,
    Dotted,
    DashDot,
    LongDash,
    DashDotDot,
}

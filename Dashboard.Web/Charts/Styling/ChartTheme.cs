using Dashboard.Web.Charts.Selection;
using ScottPlot;

namespace Dashboard.Web.Charts.Styling;

/// <summary>
/// Colours and type sizes of a chart. Sizes are in 1× pixels for the reference size 1200×675 and grow with the
/// image (see <see cref="TypeScale"/>), so a 1920×1080 slide reads like the reference chart, only larger.
/// </summary>
public sealed record ChartTheme
{
    public const int ReferenceWidth = 1200;
    public const int ReferenceHeight = 675;

    /// <summary>
    /// The reference size of the narrow layout: a 440×550 narrow chart has the reference type sizes, so the default
    /// 480×720 one (×1.09: ticks 16.4 px) shown 356 CSS px wide on a 390 px phone still has ticks of 12 CSS px.
    /// </summary>
    public const int NarrowReferenceWidth = 440;
    public const int NarrowReferenceHeight = 550;

    public required string Name { get; init; }
    public bool IsDark { get; init; }
    public required Color Background { get; init; }
    public required Color Foreground { get; init; }
    public required Color Muted { get; init; }
    public required Color Grid { get; init; }
    public required Color Axis { get; init; }
    public float TitleSize { get; init; } = 26;
    public float SubtitleSize { get; init; } = 16;
    public float AxisLabelSize { get; init; } = 16;
    public float TickLabelSize { get; init; } = 15;
    public float FooterSize { get; init; } = 13;
    public float DirectLabelSize { get; init; } = 15;
    public float ValueLabelSize { get; init; } = 14;
    public float LineWidth { get; init; } = 3;
    public float MarkerSize { get; init; } = 10;
    public float Margin { get; init; } = 28;

    public static ChartTheme Light { get; } = new()
    {
        Name = "light",
        Background = Color.FromHex("#FFFFFF"),
        Foreground = Color.FromHex("#1A1A1A"),
        Muted = Color.FromHex("#51585F"),
        Grid = Color.FromHex("#E2E5E9"),
        Axis = Color.FromHex("#5C636A"),
    };

    public static ChartTheme Dark { get; } = new()
    {
        Name = "dark",
        IsDark = true,
        Background = Color.FromHex("#14171C"),
        Foreground = Color.FromHex("#ECEEF1"),
        Muted = Color.FromHex("#B4BAC2"),
        Grid = Color.FromHex("#2C323A"),
        Axis = Color.FromHex("#8A929B"),
    };

    /// <summary>High contrast and large type for a projector: axis labels at least 28 px at 1920×1080.</summary>
    public static ChartTheme Projector { get; } = new()
    {
        Name = "projector",
        Background = Color.FromHex("#FFFFFF"),
        Foreground = Color.FromHex("#000000"),
        Muted = Color.FromHex("#2B2B2B"),
        Grid = Color.FromHex("#C8CCD0"),
        Axis = Color.FromHex("#000000"),
        TitleSize = 34,
        SubtitleSize = 21,
        AxisLabelSize = 20,
        TickLabelSize = 18,
        FooterSize = 16,
        DirectLabelSize = 19,
        ValueLabelSize = 18,
        LineWidth = 5,
        MarkerSize = 14,
        Margin = 30,
    };

    public static IReadOnlyList<ChartTheme> All { get; } = [Light, Dark, Projector];

    /// <summary>The theme with this name (case-insensitive), or null.</summary>
    public static ChartTheme? Find(string? name) =>
        All.FirstOrDefault(t => string.Equals(t.Name, name, StringComparison.OrdinalIgnoreCase));

    /// <summary>
    /// How much to enlarge the reference sizes for an image of this 1× size: the smaller of the width and height
    /// ratios to 1200×675 (narrow layout: to 440×550, since a phone shows the image at about its own width), kept
    /// between 0.45 and 3.
    /// </summary>
    public static float TypeScale(int width, int height, ChartLayout layout = ChartLayout.Wide) => layout == ChartLayout.Narrow
        ? Math.Clamp(Math.Min(width / (float)NarrowReferenceWidth, height / (float)NarrowReferenceHeight), 0.45f, 3f)
        : Math.Clamp(Math.Min(width / (float)ReferenceWidth, height / (float)ReferenceHeight), 0.45f, 3f);
}

namespace Dashboard.Web.Charts.Selection;

/// <summary>
/// Image size in 1× pixels and the scale: the image has Width×Scale by Height×Scale pixels. The one default size and
/// the one set of size limits (the pixel cap is <see cref="ChartOptions.MaxPixels"/>).
/// </summary>
public readonly record struct ChartSize(int Width, int Height, int Scale = 1)
{
    public const int MinWidth = 200;
    public const int MaxWidth = 3840;
    public const int MinHeight = 150;
    public const int MaxHeight = 2160;
    public const int MinScale = 1;
    public const int MaxScale = 4;

    public static ChartSize Default => new(1200, 675, 1);

    /// <summary>
    /// The 1× size of a <see cref="ChartLayout.Narrow"/> chart when none is asked for: a phone's width, taller than wide
    /// (2:3, so title, key and source line leave the plot at least half the height; 534 CSS px tall on a 390 px phone).
    /// </summary>
    public static ChartSize Narrow => new(480, 720, 1);

    /// <summary>The size a layout gets when no width or height is asked for.</summary>
    public static ChartSize DefaultFor(ChartLayout layout) => layout == ChartLayout.Narrow ? Narrow : Default;

    public int PixelWidth => Width * Scale;

    public int PixelHeight => Height * Scale;

    /// <summary>Width × height × scale², the figure the pixel cap limits.</summary>
    public long Pixels => (long)Width * Height * Scale * Scale;
}

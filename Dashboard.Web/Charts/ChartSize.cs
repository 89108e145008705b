namespace Dashboard.Web.Charts;

/// <summary>Image size in 1× pixels and the scale: the image has Width×Scale by Height×Scale pixels.</summary>
public readonly record struct ChartSize(int Width, int Height, int Scale = 1)
{
    public static ChartSize Default => new(1200, 675, 1);

    public int PixelWidth => Width * Scale;

    public int PixelHeight => Height * Scale;
}

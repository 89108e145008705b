using Dashboard.Web.Charts;

namespace Dashboard.Tests.Charts.Maps;

public sealed class MapSampleImagesTests
{
    public MapSampleImagesTests() => ChartFonts.EnsureRegistered();

    [Theory]
    [InlineData("light", 1200, 675, 1)]
    [InlineData("dark", 1920, 1080, 2)]
    [InlineData("projector", 1920, 1080, 1)]
    [InlineData("light", 1080, 1080, 1)]
    [InlineData("light", 640, 360, 1)]
    public void Render_Debt2019_WritesSamples(string theme, int width, int height, int scale)
    {
        var size = new ChartSize(width, height, scale);
        using var plot = MapChartBuilder.Build(MapSamples.Spec(), MapSamples.DebtWithoutTurkmenistan(), ChartTheme.Find(theme)!, size);
        var folder = Directory.CreateDirectory(Path.Combine(AppContext.BaseDirectory, "chart-samples"));
        File.WriteAllBytes(Path.Combine(folder.FullName, $"map-{theme}-{width}x{height}@{scale}.png"), ChartRenderer.RenderPng(plot, size));
        File.WriteAllText(Path.Combine(folder.FullName, $"map-{theme}-{width}x{height}@{scale}.svg"), ChartRenderer.RenderSvg(plot, size, "t"));
    }
}

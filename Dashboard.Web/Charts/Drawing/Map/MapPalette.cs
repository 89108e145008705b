using Dashboard.Web.Charts.Styling;
using ScottPlot;

namespace Dashboard.Web.Charts.Drawing.Map;

/// <summary>
/// Map colours. Classes use five steps of viridis (perceptually uniform, readable with every common colour-vision
/// deficiency and in greyscale): on light backgrounds the lowest class is the lightest, on dark ones the darkest, so
/// more always means more contrast with the page. Context countries are neutral grey, water a faint blue, and "no
/// data" a pale fill with grey hatching, none of them a viridis colour.
/// </summary>
internal static class MapPalette
{
    /// <summary>viridis at 0, 0.25, 0.5, 0.75, 1 (matplotlib), dark to light.</summary>
    public static readonly IReadOnlyList<string> Viridis = ["#440154", "#3B528B", "#21918C", "#5EC962", "#FDE725"];

    /// <summary>viridis at 0, 0.2, …, 1, for six classes (a zero class and five more).</summary>
    public static readonly IReadOnlyList<string> Viridis6 = ["#440154", "#414487", "#2A788E", "#22A884", "#7AD151", "#FDE725"];

    /// <summary>The fill of class <paramref name="index"/> of <paramref name="count"/> classes (fewer classes spread over the ramp).</summary>
    public static Color Bin(int index, int count, ChartTheme theme)
    {
        var ramp = count > Viridis.Count ? Viridis6 : Viridis;
        var step = count <= 1 ? 2 : (int)Math.Round(index * (ramp.Count - 1) / (double)(count - 1));
        return Color.FromHex(ramp[theme.IsDark ? step : ramp.Count - 1 - step]);
    }

    public static Color Water(ChartTheme theme) => Color.FromHex(theme.IsDark ? "#1A2430" : "#E6EEF5");

    public static Color Land(ChartTheme theme) => Color.FromHex(theme.IsDark ? "#3A4048" : theme.Name == "projector" ? "#CACED3" : "#D5D9DE");

    public static Color NoData(ChartTheme theme) => Color.FromHex(theme.IsDark ? "#23282F" : "#F7F8F9");

    public static Color Hatch(ChartTheme theme) => Color.FromHex(theme.IsDark ? "#8A929B" : theme.Name == "projector" ? "#5C636A" : "#8A9199");

    /// <summary>Borders between countries: the page colour, so shapes read as separate.</summary>
    public static Color Border(ChartTheme theme) => theme.Background;

    /// <summary>Black or white, whichever contrasts more with <paramref name="fill"/> (WCAG relative luminance).</summary>
    public static Color TextOn(Color fill)
    {
        var l = Luminance(fill);
        return (l + 0.05) / 0.05 >= 1.05 / (l + 0.05) ? Color.FromHex("#000000") : Color.FromHex("#FFFFFF");
    }

    public static double Luminance(Color c)
    {
        static double Channel(byte v)
        {
            var s = v / 255.0;
            return s <= 0.04045 ? s / 12.92 : Math.Pow((s + 0.055) / 1.055, 2.4);
        }

        return 0.2126 * Channel(c.R) + 0.7152 * Channel(c.G) + 0.0722 * Channel(c.B);
    }
}

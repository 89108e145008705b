using Dashboard.Web.Charts.Model;
using ScottPlot;

namespace Dashboard.Web.Charts.Styling;

/// <summary>
/// The one palette: China is always red, Russia always blue, the United States purple, and each Central Asian state
/// its own hue, in every chart kind and theme. Codes without a fixed style get one from a fallback cycle, chosen by
/// a stable hash of the code so the same code looks the same in every chart.
/// </summary>
public static class ChartPalette
{
    private static readonly Dictionary<string, EntityStyle> Fixed = new(StringComparer.Ordinal)
    {
        ["CHN"] = new("#C0392B", "#F0766A", DashStyle.Solid, MarkerShape.FilledCircle),
        ["RUS"] = new("#1F4E9C", "#7FA7F0", DashStyle.Dashed, MarkerShape.FilledSquare),
        ["USA"] = new("#6A3D9A", "#B99CE3", DashStyle.Dotted, MarkerShape.FilledTriangleUp),
        ["CA5"] = new("#37474F", "#B0BEC5", DashStyle.LongDash, MarkerShape.FilledDiamond),
        ["KAZ"] = new("#00796B", "#4DB6AC", DashStyle.DashDot, MarkerShape.OpenCircle),
        ["KGZ"] = new("#9A6700", "#E0B04B", DashStyle.DashDotDot, MarkerShape.OpenSquare),
        ["TJK"] = new("#2E7D32", "#81C784", DashStyle.Dashed, MarkerShape.OpenTriangleUp),
        ["TKM"] = new("#B04A00", "#F29A5C", DashStyle.Dotted, MarkerShape.OpenDiamond),
        ["UZB"] = new("#6D4C41", "#C9A89B", DashStyle.LongDash, MarkerShape.FilledTriangleDown),
    };

    private static readonly EntityStyle[] Fallback =
    [
        new("#4A5A66", "#A7B6C2", DashStyle.DashDot, MarkerShape.OpenTriangleDown),
        new("#7B5E00", "#D9BE5C", DashStyle.Dashed, MarkerShape.OpenCircleWithDot),
        new("#00607A", "#5BC0DE", DashStyle.DashDotDot, MarkerShape.Eks),
        new("#8E3B5E", "#E08AB0", DashStyle.Dotted, MarkerShape.Cross),
        new("#3E5C2B", "#9CCC7A", DashStyle.LongDash, MarkerShape.Asterisk),
        new("#5B4B8A", "#AFA2DD", DashStyle.Solid, MarkerShape.OpenCircleWithCross),
    ];

    /// <summary>
    /// The pseudo-code of a stacked-share segment that sums the minor suppliers ("Other suppliers"); not an entity
    /// code (those never start with <c>*</c>). A neutral grey fill, never used for text.
    /// </summary>
    public const string OtherCode = "*other";

    private static readonly EntityStyle Other = new("#A3A8AD", "#6E757C", DashStyle.Dotted, MarkerShape.OpenCircle);

    /// <summary>The dashboard's subject: always kept, listed first, and the default counterparts.</summary>
    public static IReadOnlyList<string> FocusCodes { get; } = ["CHN", "RUS"];

    private static readonly string[] Order = ["CHN", "RUS", "USA", "CA5", "KAZ", "KGZ", "TJK", "TKM", "UZB"];

    /// <summary>Where a code comes in series and category order: China, Russia, the US, the region, the five states, then the rest.</summary>
    public static int Rank(string code)
    {
        var i = Array.IndexOf(Order, code);
        return i < 0 ? Order.Length : i;
    }

    /// <summary>The codes with a fixed style (for the palette tests).</summary>
    internal static IReadOnlyCollection<string> FixedCodes => Fixed.Keys;

    internal static IReadOnlyList<EntityStyle> FallbackStyles => Fallback;

    public static EntityStyle For(string? code)
    {
        if (code is not null && Fixed.TryGetValue(code, out var style))
        {
            return style;
        }

        if (code == OtherCode)
        {
            return Other;
        }

        // A stable (not randomised per process) hash, so an unknown code keeps its style across restarts.
        var hash = 17u;
        foreach (var c in code ?? "")
        {
            hash = unchecked(hash * 31 + c);
        }

        return Fallback[hash % (uint)Fallback.Length];
    }

    /// <summary>
    /// Styles for the codes of one chart: fixed codes keep theirs; every other code keeps its own fallback style unless
    /// an earlier code of the chart already has that colour or one too like it, in which case it takes the next unused fallback (so two
    /// minor suppliers never share a colour while the fallbacks last).
    /// </summary>
    public static IReadOnlyDictionary<string, EntityStyle> Assign(IEnumerable<string> codes)
    {
        var result = new Dictionary<string, EntityStyle>(StringComparer.Ordinal);
        var ordered = codes.Distinct(StringComparer.Ordinal).ToList();
        var used = new List<Color>();
        foreach (var code in ordered.Where(c => Fixed.ContainsKey(c) || c == OtherCode))
        {
            result[code] = For(code);
            used.Add(Color.FromHex(result[code].LightHex));
        }

        bool Clashes(EntityStyle style) => used.Any(u => Distance(u, Color.FromHex(style.LightHex)) < MinDistance);
        foreach (var code in ordered.Where(c => !result.ContainsKey(c)))
        {
            var own = For(code);
            var style = Clashes(own) ? Fallback.FirstOrDefault(f => !Clashes(f)) ?? own : own;
            result[code] = style;
            used.Add(Color.FromHex(style.LightHex));
        }

        return result;
    }

    /// <summary>
    /// The styles of one chart's codes (series, marker codes, event actors), as its drawing and a deck's native chart
    /// colour them.
    /// </summary>
    public static IReadOnlyDictionary<string, EntityStyle> Assign(ChartSpec spec) =>
        Assign(spec.Series.Select(s => s.StyleCode)
            .Concat(spec.Series.Select(s => s.MarkerCode).OfType<string>())
            .Concat(spec.Events.Select(e => e.ActorCode)));

    /// <summary>Colours closer than this (RGB distance) are too alike to tell two series apart.</summary>
    private const double MinDistance = 60;

    private static double Distance(Color a, Color b) =>
        Math.Sqrt(Math.Pow(a.R - b.R, 2) + Math.Pow(a.G - b.G, 2) + Math.Pow(a.B - b.B, 2));

    /// <summary>WCAG relative luminance of a colour.</summary>
    public static double Luminance(Color color)
    {
        static double Channel(byte v)
        {
            var c = v / 255.0;
            return c <= 0.04045 ? c / 12.92 : Math.Pow((c + 0.055) / 1.055, 2.4);
        }

        return 0.2126 * Channel(color.R) + 0.7152 * Channel(color.G) + 0.0722 * Channel(color.B);
    }

    /// <summary>WCAG contrast ratio of two colours (1 to 21).</summary>
    public static double Contrast(Color a, Color b)
    {
        var (la, lb) = (Luminance(a), Luminance(b));
        return (Math.Max(la, lb) + 0.05) / (Math.Min(la, lb) + 0.05);
    }
}

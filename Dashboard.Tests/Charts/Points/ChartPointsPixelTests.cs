using System.Text.Json;
using Dashboard.Tests.Support;
using Dashboard.Web.Charts;
using Dashboard.Web.Charts.Selection;
using Dashboard.Web.Charts.Styling;
using SkiaSharp;
using Xunit.Abstractions;

namespace Dashboard.Tests.Charts.Points;

/// <summary>
/// points.json against the PNG of the same query: every point it lists lies on ink of its series' colour in the image
/// (within anti-aliasing, and for dashed lines within half a dash gap), at three sizes, scales, themes and layouts.
/// </summary>
public sealed class ChartPointsPixelTests(ShippedDataFactory app, ITestOutputHelper output) : IClassFixture<ShippedDataFactory>
{
    [Theory]
    [InlineData("", 1200, 675, 1, "light", ChartLayout.Wide)]
    [InlineData("width=800&height=600&scale=2&theme=dark", 800, 600, 2, "dark", ChartLayout.Wide)]
    [InlineData("layout=narrow&scale=3", 480, 720, 3, "light", ChartLayout.Narrow)]
    public async Task PointsJson_Top500Systems_EveryPointOnItsSeriesColourInThePng(string query, int width, int height, int scale, string themeName, ChartLayout layout)
    {
        var client = app.CreateClient();
        var json = await client.GetStringAsync(new Uri("/charts/top500-systems.points.json?" + query, UriKind.Relative));
        var png = await client.GetByteArrayAsync(new Uri("/charts/top500-systems.png?" + query, UriKind.Relative));
        using var doc = JsonDocument.Parse(json);
        using var bitmap = SKBitmap.Decode(png);
        var root = doc.RootElement;
        Assert.Equal((width * scale, height * scale), (root.GetProperty("width").GetInt32(), root.GetProperty("height").GetInt32()));
        Assert.Equal((bitmap.Width, bitmap.Height), (width * scale, height * scale));

        var theme = ChartTheme.Find(themeName)!;
        var series = root.GetProperty("series").EnumerateArray().Select(s => (Code: s.GetProperty("entity").GetString()!, Color: SKColor.Parse(s.GetProperty("color").GetString()))).ToList();
        Assert.Equal(["CHN", "RUS", "USA", "KAZ", "UZB"], series.Select(s => s.Code));
        Assert.All(series, s => Assert.Equal(ChartPalette.For(s.Code).ColorFor(theme).ToHex(), "#" + s.Color.ToString()[3..], ignoreCase: true));

        // Anti-aliasing: a pixel and a half; dashed lines: plus half the longest gap (2.4 line widths, Ink.Dash).
        var lineWidth = theme.LineWidth * ChartTheme.TypeScale(width, height, layout);
        var points = root.GetProperty("points").EnumerateArray()
            .Select(p => (Series: p.GetProperty("series").GetInt32(), Period: p.GetProperty("period").GetString(), X: p.GetProperty("x").GetDouble(), Y: p.GetProperty("y").GetDouble()))
            .ToList();
        Assert.Equal(5 * 67, points.Count);
        // The paper's figures are drawn over the lines: a ◆ and its label ("paper: 117") may cover a point.
        var marks = root.GetProperty("marks").EnumerateArray().Select(m => (X: m.GetProperty("x").GetDouble(), Y: m.GetProperty("y").GetDouble(),
            Size: m.GetProperty("size").GetDouble(), Box: m.GetProperty("labelBox").EnumerateArray().Select(v => v.GetDouble()).ToArray())).ToList();
        Assert.Equal(3, marks.Count);
        bool Covered((int, string?, double X, double Y) p, double radius) => marks.Any(m =>
            Math.Abs(p.X - m.X) + Math.Abs(p.Y - m.Y) <= m.Size / 2 + radius
            || (m.Box.Length == 4 && p.X >= m.Box[0] - radius && p.X <= m.Box[2] + radius && p.Y >= m.Box[1] - radius && p.Y <= m.Box[3] + radius));

        var failures = new List<string>();
        var covered = new List<string>();
        foreach (var p in points)
        {
            var dashed = ChartPalette.For(series[p.Series].Code).Dash != DashStyle.Solid;
            var radius = (1.5 + (dashed ? 1.2 * lineWidth : 0)) * scale;

            // A series drawn later covers this one where their points coincide (Kazakhstan and Uzbekistan at 0) or
            // where its line crosses this point (China under the United States' line in June 2016 on a phone).
            var accepted = series.Select((_, i) => i)
                .Where(i => i > p.Series && Segments(points, i).Any(seg => SegmentDistance(p, seg.A, seg.B) <= radius))
                .Select(i => series[i].Color).Prepend(series[p.Series].Color).ToList();
            if (!HasColourNear(bitmap, p.X, p.Y, radius, accepted))
            {
                (Covered(p, radius) ? covered : failures).Add($"{series[p.Series].Code} {p.Period} at ({p.X}, {p.Y})");
            }
        }

        output.WriteLine($"{points.Count} points; under a mark of the paper: {string.Join("; ", covered)}; not on their colour: {string.Join("; ", failures)}");
        Assert.Empty(failures);
        Assert.True(covered.Count <= 5, $"{covered.Count} points hidden under the paper's marks");
    }

    /// <summary>The line pieces of series <paramref name="index"/>: consecutive points, and a lone point as a piece of its own.</summary>
    private static IEnumerable<((int, string?, double X, double Y) A, (int, string?, double X, double Y) B)> Segments(
        List<(int Series, string? Period, double X, double Y)> points, int index)
    {
        var own = points.Where(q => q.Series == index).ToList();
        return own.Count == 1 ? [(own[0], own[0])] : own.Zip(own.Skip(1));
    }

    private static double SegmentDistance((int, string?, double X, double Y) p, (int, string?, double X, double Y) a, (int, string?, double X, double Y) b)
    {
        var (dx, dy) = (b.X - a.X, b.Y - a.Y);
        var length = dx * dx + dy * dy;
        var t = length == 0 ? 0 : Math.Clamp(((p.X - a.X) * dx + (p.Y - a.Y) * dy) / length, 0, 1);
        var (x, y) = (a.X + t * dx - p.X, a.Y + t * dy - p.Y);
        return Math.Sqrt(x * x + y * y);
    }

    /// <summary>True when a pixel within <paramref name="radius"/> of (x, y) is one of <paramref name="colours"/>, give or take anti-aliasing.</summary>
    private static bool HasColourNear(SKBitmap bitmap, double x, double y, double radius, IReadOnlyList<SKColor> colours)
    {
        var r = (int)Math.Ceiling(radius);
        for (var dy = -r; dy <= r; dy++)
        {
            for (var dx = -r; dx <= r; dx++)
            {
                var (px, py) = ((int)Math.Floor(x) + dx, (int)Math.Floor(y) + dy);
                if (dx * dx + dy * dy > radius * radius || px < 0 || py < 0 || px >= bitmap.Width || py >= bitmap.Height)
                {
                    continue;
                }

                var c = bitmap.GetPixel(px, py);
                if (colours.Any(k => Math.Abs(c.Red - k.Red) + Math.Abs(c.Green - k.Green) + Math.Abs(c.Blue - k.Blue) <= 48))
                {
                    return true;
                }
            }
        }

        return false;
    }
}

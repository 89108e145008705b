using System.Text.Json;
using Dashboard.Tests.Endpoints;
using Microsoft.Playwright;
using Xunit.Abstractions;

namespace Dashboard.Tests.Browser;

/// <summary>
/// Values under the pointer on a map (chart-values.js with the countries' outlines from points.json): the embedded
/// 2019 debt map shows Kyrgyzstan's 47.9 at its point, a point inside Kazakhstan's bounding box but inside Uzbekistan
/// shows Uzbekistan (the outline is the hover area, not its box), the highlight is the country's outline, and up/down
/// step through the countries. Skipped, with the reason printed, where Chromium is not installed.
/// </summary>
public sealed class MapValuesBrowserTests(ChromiumFixture chromium, ITestOutputHelper output) : IClassFixture<ChromiumFixture>
{
    private const string Frame = "figure.chart .frame";

    [SkippableFact]
    public async Task HoverAndKeys_EmbeddedDebtMap_CountryUnderThePointerByItsOutline()
    {
        Skip.If(chromium.SkipReason is not null, chromium.SkipReason);
        await using var app = await BrowserApp.StartAsync(chromium);
        var page = await app.NewPageAsync(1000, 800);
        await page.GotoAsync(app.BaseUrl + "/embed/external-debt-share-china-bilateral?kind=map&to=2019");
        await page.Locator(Frame + ".chart-interactive").WaitForAsync();
        var src = await page.Locator(Frame + " img").EvaluateAsync<string>("i => i.currentSrc");
        Assert.Contains("kind=map", src, StringComparison.Ordinal);
        var json = await page.EvaluateAsync<string>("src => fetch(src.replace('.png', '.points.json')).then(r => r.text())", src);
        using var doc = JsonDocument.Parse(json);
        var width = doc.RootElement.GetProperty("width").GetDouble();
        var points = doc.RootElement.GetProperty("points").EnumerateArray().ToDictionary(p => p.GetProperty("entity").GetString()!, p => p.Clone());
        var box = (await page.Locator(Frame + " img").BoundingBoxAsync())!;
        var k = box.Width / width;
        var tip = page.Locator(Frame + " .chart-tip");

        // Kyrgyzstan at its own point.
        var kgz = points["KGZ"];
        await page.Mouse.MoveAsync((float)(box.X + kgz.GetProperty("x").GetDouble() * k), (float)(box.Y + kgz.GetProperty("y").GetDouble() * k));
        await Assertions.Expect(tip).ToBeVisibleAsync();
        var text = await tip.InnerTextAsync();
        output.WriteLine("tooltip at KGZ: " + text.Replace('\n', ' '));
        Assert.Contains("Kyrgyzstan", text, StringComparison.Ordinal);
        Assert.Contains("47.9", text, StringComparison.Ordinal);
        Assert.Contains("2019", text, StringComparison.Ordinal);

        // Uzbekistan where Kazakhstan's bounding box covers it: its outline decides, and the highlight is that outline.
        var (ux, uy) = InsideUzbekistanWithinKazakhstansBox(points);
        output.WriteLine($"UZB inside KAZ's box at image ({ux}, {uy})");
        await page.Mouse.MoveAsync((float)(box.X + ux * k), (float)(box.Y + uy * k));
        await Assertions.Expect(tip).ToContainTextAsync("Uzbekistan");
        Assert.DoesNotContain("Kazakhstan", await tip.InnerTextAsync(), StringComparison.Ordinal);
        Assert.Equal(1, await page.Locator(Frame + " svg.chart-overlay path.chart-shape").CountAsync());
        Assert.Equal(0, await page.Locator(Frame + " svg.chart-overlay rect").CountAsync());
        var outline = await page.Locator(Frame + " svg.chart-overlay path.chart-shape").GetAttributeAsync("d");
        Assert.Equal(EndpointsShape(points["UZB"]).Count, outline!.Count(c => c == 'M'));
        await page.ScreenshotAsync(new() { Path = Path.Combine(BrowserApp.ScreenshotFolder, "map-values-hover.png") });

        // Keys: from the hovered country, up/down step through the countries in the order of points.json's series.
        var order = points.Values.OrderBy(p => p.GetProperty("series").GetInt32()).Select(p => p.GetProperty("label").GetString()!).ToList();
        var at = order.IndexOf("Uzbekistan");
        await page.Locator(Frame).FocusAsync();
        await page.Keyboard.PressAsync("ArrowUp");
        await Assertions.Expect(page.Locator("figure.chart .chart-live")).ToContainTextAsync(order[at - 1] + ", 2019: ");
        await page.Keyboard.PressAsync("ArrowUp");
        await Assertions.Expect(page.Locator("figure.chart .chart-live")).ToContainTextAsync(order[at - 2] + ", 2019: ");
        await page.Keyboard.PressAsync("ArrowDown");
        await Assertions.Expect(page.Locator("figure.chart .chart-live")).ToContainTextAsync(order[at - 1] + ", 2019: ");
        Assert.Contains(order[at - 1], await tip.InnerTextAsync(), StringComparison.Ordinal);
    }

    private static List<double[]> EndpointsShape(JsonElement point) => MapEndpointTests.Shape(point);

    /// <summary>
    /// An image point inside Uzbekistan's outline, 8 px clear of its edges, inside Kazakhstan's bounding box and outside
    /// Kazakhstan: where a box hit-test would answer Kazakhstan.
    /// </summary>
    private static (double X, double Y) InsideUzbekistanWithinKazakhstansBox(Dictionary<string, JsonElement> points)
    {
        var kaz = points["KAZ"];
        var (uzb, kazShape) = (EndpointsShape(points["UZB"]), EndpointsShape(kaz));
        var (left, top, right, bottom) = (kaz.GetProperty("left").GetDouble(), kaz.GetProperty("top").GetDouble(), kaz.GetProperty("right").GetDouble(), kaz.GetProperty("bottom").GetDouble());
        var clear = new[] { (0, 0), (8, 0), (-8, 0), (0, 8), (0, -8), (6, 6), (-6, -6), (6, -6), (-6, 6) };
        for (var y = top + 8; y < bottom - 8; y += 2)
        {
            for (var x = left + 8; x < right - 8; x += 2)
            {
                if (clear.All(d => MapEndpointTests.Inside(uzb, x + d.Item1, y + d.Item2) && !MapEndpointTests.Inside(kazShape, x + d.Item1, y + d.Item2)))
                {
                    return (x, y);
                }
            }
        }

        throw new Xunit.Sdk.XunitException("no point of Uzbekistan inside Kazakhstan's bounding box");
    }
}

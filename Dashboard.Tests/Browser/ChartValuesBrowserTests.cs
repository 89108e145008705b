using System.Globalization;
using System.Text.Json;
using Microsoft.Playwright;
using Xunit.Abstractions;

namespace Dashboard.Tests.Browser;

/// <summary>
/// Values under the pointer, a finger and the keys (chart-values.js) on the indicator page of top500-systems: the
/// tooltip at China's November 2019 list reads 228, arrow keys announce the next point through the aria-live region,
/// and a 390 px phone gets the narrow render with readable axis labels. Skipped, with the reason printed, where
/// Chromium is not installed.
/// </summary>
public sealed class ChartValuesBrowserTests(ChromiumFixture chromium, ITestOutputHelper output) : IClassFixture<ChromiumFixture>
{
    private const string Frame = "figure.chart .frame";

    [SkippableFact]
    public async Task HoverAndKeys_Top500China_Tooltip228ThenNextPointsAnnounced()
    {
        Skip.If(chromium.SkipReason is not null, chromium.SkipReason);
        await using var app = await BrowserApp.StartAsync(chromium);
        var page = await app.NewPageAsync(1280, 900);
        await page.GotoAsync(app.BaseUrl + "/indicators/top500-systems");
        var points = await ShownPointsAsync(page);
        Assert.DoesNotContain("layout=narrow", points.Src, StringComparison.Ordinal);

        var (x, y) = await CssPositionAsync(page, points, "CHN", "2019-11");
        await page.Mouse.MoveAsync(x, y);
        var tip = page.Locator(Frame + " .chart-tip");
        await tip.WaitForAsync(new() { State = WaitForSelectorState.Visible });
        var text = await tip.InnerTextAsync();
        output.WriteLine("tooltip: " + text.Replace('\n', ' '));
        Assert.Contains("China", text, StringComparison.Ordinal);
        Assert.Contains("Nov 2019", text, StringComparison.Ordinal);
        Assert.Contains("228 systems", text, StringComparison.Ordinal);
        Assert.Contains("Source: TOP500.org", text, StringComparison.Ordinal);
        await page.ScreenshotAsync(new() { Path = Path.Combine(BrowserApp.ScreenshotFolder, "values-hover.png") });

        // Keys go on from the hovered point: right = China's next list, down = the next series at the same time.
        await page.Locator(Frame).FocusAsync();
        await page.Keyboard.PressAsync("ArrowRight");
        await ExpectLiveAsync(page, Expected(points, "CHN", "2020-06"));
        await page.Keyboard.PressAsync("ArrowDown");
        await ExpectLiveAsync(page, Expected(points, "RUS", "2020-06"));
        await page.Keyboard.PressAsync("ArrowLeft");
        await ExpectLiveAsync(page, Expected(points, "RUS", "2019-11"));
        Assert.Contains("Russia", await tip.InnerTextAsync(), StringComparison.Ordinal);
    }

    [SkippableFact]
    public async Task Phone390_Top500_NarrowRenderReadableTicksTapAndKeys()
    {
        Skip.If(chromium.SkipReason is not null, chromium.SkipReason);
        await using var app = await BrowserApp.StartAsync(chromium);
        var page = await app.NewPhonePageAsync(390, 844, 3);
        await page.GotoAsync(app.BaseUrl + "/indicators/top500-systems");
        var points = await ShownPointsAsync(page);

        // The browser chose the narrow render (2× on a 3× screen), and its tick labels are at least 11 CSS px.
        Assert.Contains("layout=narrow", points.Src, StringComparison.Ordinal);
        Assert.Contains("scale=2", points.Src, StringComparison.Ordinal);
        var shownWidth = await page.Locator(Frame + " img").EvaluateAsync<double>("i => i.getBoundingClientRect().width");
        var tickCss = points.TickFontSize * shownWidth / points.Width;
        output.WriteLine($"narrow render {points.Src}: {points.Width} px shown {shownWidth:0.#} CSS px wide, ticks {points.TickFontSize} px = {tickCss:0.##} CSS px");
        Assert.True(tickCss >= 11, $"tick labels {tickCss:0.##} CSS px");

        var (x, y) = await CssPositionAsync(page, points, "CHN", "2019-11");
        await page.Touchscreen.TapAsync(x, y);
        var tip = page.Locator(Frame + " .chart-tip");
        await tip.WaitForAsync(new() { State = WaitForSelectorState.Visible });
        Assert.Contains("228 systems", await tip.InnerTextAsync(), StringComparison.Ordinal);
        await ExpectLiveAsync(page, Expected(points, "CHN", "2019-11"));
        await page.ScreenshotAsync(new() { Path = Path.Combine(BrowserApp.ScreenshotFolder, "values-phone-tap.png") });

        await page.Locator(Frame).FocusAsync();
        await page.Keyboard.PressAsync("ArrowRight");
        await ExpectLiveAsync(page, Expected(points, "CHN", "2020-06"));
    }

    private sealed record Shown(string Src, double Width, double TickFontSize, JsonElement Points);

    /// <summary>Waits for the script to load the points of the render the browser shows, and returns them.</summary>
    private static async Task<Shown> ShownPointsAsync(IPage page)
    {
        await page.Locator(Frame + ".chart-interactive").WaitForAsync();
        var src = await page.Locator(Frame + " img").EvaluateAsync<string>("i => i.currentSrc");
        var json = await page.EvaluateAsync<string>("src => fetch(src.replace('.png', '.points.json')).then(r => r.text())", src);
        using var doc = JsonDocument.Parse(json);
        var root = doc.RootElement.Clone();
        return new Shown(src, root.GetProperty("width").GetDouble(), root.GetProperty("tickFontSize").GetDouble(), root.GetProperty("points"));
    }

    private static JsonElement Point(Shown shown, string entity, string period) =>
        shown.Points.EnumerateArray().Single(p => p.GetProperty("entity").GetString() == entity && p.GetProperty("period").GetString() == period);

    /// <summary>Where a point is on the page: its image pixel scaled to the size the image is shown at.</summary>
    private static async Task<(float X, float Y)> CssPositionAsync(IPage page, Shown shown, string entity, string period)
    {
        await page.Locator(Frame + " img").ScrollIntoViewIfNeededAsync();
        var box = (await page.Locator(Frame + " img").BoundingBoxAsync())!;
        var p = Point(shown, entity, period);
        var k = box.Width / shown.Width;
        return ((float)(box.X + p.GetProperty("x").GetDouble() * k), (float)(box.Y + p.GetProperty("y").GetDouble() * k));
    }

    /// <summary>The announcement of a point as the data say it should read (series, period, value with unit).</summary>
    private static string Expected(Shown shown, string entity, string period)
    {
        var p = Point(shown, entity, period);
        return string.Create(CultureInfo.InvariantCulture, $"{p.GetProperty("label").GetString()}, {p.GetProperty("periodLabel").GetString()}: {p.GetProperty("valueText").GetString()}.");
    }

    private static async Task ExpectLiveAsync(IPage page, string expected)
    {
        var live = page.Locator("figure.chart .chart-live[aria-live=polite]");
        await Assertions.Expect(live).ToContainTextAsync(expected);
    }
}

using System.Text.Json;
using Dashboard.Tests.Support;
using System.Text.RegularExpressions;
using Dashboard.Web.Localization;
using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;
using Xunit.Abstractions;

namespace Dashboard.Tests.Browser;

/// <summary>
/// Issue 24's checks as a reader sees them, in Chromium at a phone's 390×844 and a laptop's 1366×768: no page scrolls
/// sideways and axe finds no WCAG 2.2 AA violation on any of them; tooltips read rounded values; the TOP500 map has
/// whole-number classes and its states without systems are a colour, not hatched; a nine-series chart keeps half of
/// a phone's image for its plot; the map's slider changes the year without leaving the page; an embed's frame is as
/// tall as its content; the TOP500 page and its points.json arrive Brotli-compressed. Skipped, with the reason
/// printed, where Chromium is not installed.
/// </summary>
public sealed partial class ScreenBrowserTests(ChromiumFixture chromium, ITestOutputHelper output) : IClassFixture<ChromiumFixture>
{
    private const string Frame = "figure.chart .frame";

    /// <summary>Typical query pages beside every page the layout links to (read from the page itself).</summary>
    private static readonly string[] QueryPages =
    [
        "/indicators",
        "/indicators/top500-systems",
        "/indicators/top500-systems?kind=map",
        "/indicators/external-debt-share-china-bilateral?kind=map&to=2019",
        "/indicators/arms-tiv-delivered",
        "/indicators/arms-supplier-share-5y",
        "/indicators/safe-city-projects",
        "/indicators/ai-strategy-events",
        "/indicators/aigs-safe-city",
        "/compare?indicator=top500-systems&entities=CHN,RUS&from=2010&to=2019",
        "/compare?indicator=external-debt-share-china-bilateral&kind=map&to=2018",
        "/timeline?actor=CHN&dimension=military",
        "/export/chart?indicator=top500-systems",
        "/embed/top500-systems?entities=CHN,RUS",
        "/indicators/no-such-indicator",
    ];

    private static readonly string[] WcagTags = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"];

    [SkippableFact]
    public async Task EveryPage_PhoneAndLaptop_NoSidewaysScrollAndNoAxeViolations()
    {
        Skip.If(chromium.SkipReason is not null, chromium.SkipReason);
        await using var app = await BrowserApp.StartAsync(chromium);
        var problems = new List<string>();
        foreach (var (width, height) in new[] { (390, 844), (1366, 768) })
        {
            var page = await app.NewPageAsync(width, height);
            await page.GotoAsync(app.BaseUrl + "/");
            var linked = await page.EvaluateAsync<string[]>(
                "() => [...document.querySelectorAll('header.site a[href], footer.site a[href]')].map(a => a.getAttribute('href')).filter(h => h.startsWith('/'))");
            // The language switch sets a cookie that sends later English URLs to another language: the Russian and
            // Turkish sweep below covers those pages.
            var urls = linked.Where(u => !u.StartsWith(LanguageSwitch.Path + "/", StringComparison.Ordinal)).Concat(QueryPages).Distinct(StringComparer.Ordinal).ToList();
            Assert.Contains("/api-docs", urls);
            Assert.Contains("/admin", urls);
            foreach (var url in urls)
            {
                await CheckPageAsync(page, app.BaseUrl, url, width, "en", problems);
            }

            output.WriteLine($"{width}×{height}: {urls.Count} pages checked: {string.Join(" ", urls)}");
            await page.Context.CloseAsync();
        }

        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }

    [SkippableTheory]
    [InlineData("ru")]
    [InlineData("tr")]
    public async Task EveryPage_RussianAndTurkish_NoSidewaysScrollAndNoAxeViolations(string culture)
    {
        Skip.If(chromium.SkipReason is not null, chromium.SkipReason);
        await using var app = await BrowserApp.StartAsync(chromium);
        var problems = new List<string>();
        var prefix = "/" + culture;
        foreach (var (width, height) in new[] { (390, 844), (1366, 768) })
        {
            var page = await app.NewPageAsync(width, height);
            await page.GotoAsync(app.BaseUrl + prefix + "/");
            var linked = await page.EvaluateAsync<string[]>(
                "() => [...document.querySelectorAll('header.site nav[aria-label] ul:not(:has([hreflang])) a[href], footer.site a[href]')].map(a => a.getAttribute('href')).filter(h => h.startsWith('/'))");
            var urls = linked.Where(u => u.StartsWith(prefix + "/", StringComparison.Ordinal))
                .Concat(QueryPages.Select(q => prefix + q)).Distinct(StringComparer.Ordinal).ToList();
            Assert.True(urls.Count >= QueryPages.Length + 5, string.Join(" ", urls));
            foreach (var url in urls)
            {
                await CheckPageAsync(page, app.BaseUrl, url, width, culture, problems);
            }

            output.WriteLine($"{culture} {width}×{height}: {urls.Count} pages checked: {string.Join(" ", urls)}");
            await page.Context.CloseAsync();
        }

        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }

    [SkippableTheory]
    [InlineData(390, 844)]
    [InlineData(1366, 768)]
    public async Task Tooltips_Top500ShareAndDebtMap_RoundedByTheIndicatorsPrecision(int width, int height)
    {
        Skip.If(chromium.SkipReason is not null, chromium.SkipReason);
        await using var app = await BrowserApp.StartAsync(chromium);
        var page = await app.NewPageAsync(width, height);

        // TOP500 share of Rmax: stored with six decimals, shown with three significant digits.
        await page.GotoAsync(app.BaseUrl + "/indicators/top500-rmax-share");
        var rmax = await HoverAsync(page, p => p.GetProperty("entity").GetString() == "CHN" && p.GetProperty("period").GetString() == "2019-11");
        output.WriteLine("TOP500 share tooltip: " + rmax);
        var value = ValueLine().Match(rmax);
        Assert.True(value.Success, rmax);
        Assert.True(value.Groups[1].Value.Replace(".", "", StringComparison.Ordinal).TrimStart('0').Length <= 3, rmax);

        // TOP500 systems: whole systems.
        await page.GotoAsync(app.BaseUrl + "/indicators/top500-systems");
        var systems = await HoverAsync(page, p => p.GetProperty("entity").GetString() == "CHN" && p.GetProperty("period").GetString() == "2019-11");
        Assert.Contains("228 systems", systems, StringComparison.Ordinal);

        // The debt map of 2019: Kyrgyzstan's 47.915408702246445 % reads 47.9 %.
        await page.GotoAsync(app.BaseUrl + "/indicators/external-debt-share-china-bilateral?kind=map&to=2019");
        var debt = await HoverAsync(page, p => p.GetProperty("entity").GetString() == "KGZ");
        output.WriteLine("debt map tooltip: " + debt);
        Assert.Contains("47.9 %", debt, StringComparison.Ordinal);
        Assert.DoesNotContain("47.91", debt, StringComparison.Ordinal);
    }

    [SkippableTheory]
    [InlineData(390, 844)]
    [InlineData(1366, 768)]
    public async Task Top500Map_WholeNumberClassesAndZeroStatesFilledNotHatched(int width, int height)
    {
        Skip.If(chromium.SkipReason is not null, chromium.SkipReason);
        await using var app = await BrowserApp.StartAsync(chromium);
        var page = await app.NewPageAsync(width, height);
        await page.GotoAsync(app.BaseUrl + "/indicators/top500-systems?kind=map");
        var (src, points) = await ShownPointsAsync(page);
        using var doc = points;
        var classes = doc.RootElement.GetProperty("classes").EnumerateArray().Select(c => (Label: c.GetProperty("label").GetString()!, Color: c.GetProperty("color").GetString()!)).ToList();
        output.WriteLine("classes: " + string.Join(", ", classes.Select(c => $"{c.Label} {c.Color}")));
        Assert.All(classes, c => Assert.Matches("^[0-9]+(–[0-9]+)?$", c.Label));
        Assert.Equal("0", classes[0].Label);

        // Every state without a system on the list: inside its outline the image is its class colour, no hatching.
        var zeros = doc.RootElement.GetProperty("points").EnumerateArray().Where(p => p.GetProperty("value").GetDouble() == 0).ToList();
        Assert.NotEmpty(zeros);
        foreach (var zero in zeros)
        {
            var shape = JsonSerializer.Serialize(zero.GetProperty("shape"));
            var share = await page.EvaluateAsync<double>(SameColourShareScript, new object[] { src, shape, classes[0].Color });
            output.WriteLine($"{zero.GetProperty("entity").GetString()}: {share:P0} of its inside is {classes[0].Color}");
            Assert.True(share > 0.8, $"{zero.GetProperty("entity").GetString()}: only {share:P0} in the zero colour (hatched?)");
        }
    }

    [SkippableFact]
    public async Task Phone_ArmsDeliveries_PlotAtLeastHalfTheImageAndAFullKey()
    {
        Skip.If(chromium.SkipReason is not null, chromium.SkipReason);
        await using var app = await BrowserApp.StartAsync(chromium);
        var page = await app.NewPhonePageAsync(390, 844, 3);
        await page.GotoAsync(app.BaseUrl + "/indicators/arms-tiv-delivered");
        var (src, points) = await ShownPointsAsync(page);
        using var doc = points;
        Assert.Contains("layout=narrow", src, StringComparison.Ordinal);
        var plot = doc.RootElement.GetProperty("plot").EnumerateArray().Select(v => v.GetDouble()).ToArray();
        var share = (plot[3] - plot[1]) / doc.RootElement.GetProperty("height").GetDouble();
        output.WriteLine($"plot share of the phone image: {share:P1}");
        Assert.True(share >= 0.5, $"plot is {share:P1} of the image height");
        var key = page.Locator("figure.chart details.chart-key");
        await Assertions.Expect(key.Locator("summary")).ToHaveTextAsync($"Show all {doc.RootElement.GetProperty("series").GetArrayLength()} series");
        await page.ScreenshotAsync(new() { Path = Path.Combine(BrowserApp.ScreenshotFolder, "phone-arms-tiv.png"), FullPage = true });
    }

    [SkippableTheory]
    [InlineData(390, 844)]
    [InlineData(1366, 768)]
    public async Task MapSlider_MovedOneStep_NewYearWithoutNavigation(int width, int height)
    {
        Skip.If(chromium.SkipReason is not null, chromium.SkipReason);
        await using var app = await BrowserApp.StartAsync(chromium);
        var page = await app.NewPageAsync(width, height);
        var loads = 0;
        await page.GotoAsync(app.BaseUrl + "/indicators/external-debt-share-china-bilateral?kind=map&to=2019");
        page.Load += (_, _) => loads++;
        await page.EvaluateAsync("() => { window.__samePage = true; }");
        await page.Locator(Frame + ".chart-interactive").WaitForAsync();
        var slider = page.Locator("#map-slider");
        await Assertions.Expect(page.Locator(".map-slider output")).ToHaveTextAsync("2019");

        await slider.FocusAsync();
        await page.Keyboard.PressAsync("ArrowLeft");

        await Assertions.Expect(page.Locator(".map-slider output")).ToHaveTextAsync("2018");
        await page.WaitForFunctionAsync("() => document.querySelector('figure.chart img').currentSrc.includes('to=2018') && document.querySelector('figure.chart img').complete");
        await Assertions.Expect(page.Locator("section[aria-labelledby=h-data] table")).ToContainTextAsync("2018");
        Assert.True(await page.EvaluateAsync<bool>("() => window.__samePage === true"), "the page was reloaded");
        Assert.Equal(0, loads);
        Assert.EndsWith("to=2018", page.Url, StringComparison.Ordinal);
        var tip = await HoverAsync(page, p => p.GetProperty("entity").GetString() == "KGZ", "to=2018");
        Assert.Contains("2018", tip, StringComparison.Ordinal);
    }

    [SkippableFact]
    public async Task Embed_PastedCode_FrameAsTallAsItsContent()
    {
        Skip.If(chromium.SkipReason is not null, chromium.SkipReason);
        await using var app = await BrowserApp.StartAsync(chromium);
        var page = await app.NewPageAsync(1366, 768);
        await page.GotoAsync(app.BaseUrl + "/indicators/top500-systems");
        var snippet = await page.Locator("textarea#embed-code").InputValueAsync();
        Assert.Contains("/js/embed-resize.js", snippet, StringComparison.Ordinal);
        await using var host = await BrowserApp.StartOtherOriginAsync("<!DOCTYPE html><html><body><h1>Another site</h1>" + snippet.Replace("<iframe ", "<iframe id=\"embed\" ", StringComparison.Ordinal) + "</body></html>");

        foreach (var width in new[] { 1366, 390 })
        {
            await page.SetViewportSizeAsync(width, 844);
            await page.GotoAsync(host.Urls.First());
            var frame = page.FrameLocator("#embed");
            await frame.Locator(Frame + ".chart-interactive").WaitForAsync();
            await page.WaitForFunctionAsync("() => document.getElementById('embed').style.height !== ''");
            var content = 0.0;
            var outer = 0.0;
            await Poll.UntilAsync(async () =>
            {
                content = await frame.Locator("html").EvaluateAsync<double>("h => h.getBoundingClientRect().height");
                outer = await page.Locator("#embed").EvaluateAsync<double>("f => f.getBoundingClientRect().height");
                return Math.Abs(content - outer);
            }, d => d <= 8, $"the frame at {width}px to take its content's height");
            output.WriteLine($"{width}px: frame {outer} px, content {content} px");
            Assert.Equal(1, await frame.Locator("h1.embed-title").CountAsync());
            Assert.True(await frame.Locator("h1.embed-title").EvaluateAsync<double>("h => h.getBoundingClientRect().height") <= 1, "the title is shown twice");
        }
    }

    [SkippableTheory]
    [InlineData(390, 844)]
    [InlineData(1366, 768)]
    public async Task Top500PageAndPoints_ArriveBrotliCompressed(int width, int height)
    {
        Skip.If(chromium.SkipReason is not null, chromium.SkipReason);
        await using var app = await BrowserApp.StartAsync(chromium);
        var page = await app.NewPageAsync(width, height);
        var points = page.WaitForResponseAsync(r => r.Url.Contains("/charts/top500-systems.points.json", StringComparison.Ordinal));

        var response = await page.GotoAsync(app.BaseUrl + "/indicators/top500-systems");
        var json = await points;

        var sent = await response!.Request.AllHeadersAsync();
        output.WriteLine("Chromium's Accept-Encoding: " + sent.GetValueOrDefault("accept-encoding"));
        Assert.Equal("br", (await response.AllHeadersAsync()).GetValueOrDefault("content-encoding"));
        Assert.Equal("br", (await json.AllHeadersAsync()).GetValueOrDefault("content-encoding"));
        Assert.True((await json.JsonAsync())!.Value.GetProperty("points").GetArrayLength() > 100);
    }

    /// <summary>Hovers the first point <paramref name="which"/> picks in the render shown and returns the tooltip's text.</summary>
    private static async Task<string> HoverAsync(IPage page, Func<JsonElement, bool> which, string? srcContains = null)
    {
        var img = page.Locator(Frame + " img");
        var (_, points) = await ShownPointsAsync(page, srcContains);
        using var doc = points;
        var point = doc.RootElement.GetProperty("points").EnumerateArray().First(which);
        await img.ScrollIntoViewIfNeededAsync();
        var box = (await img.BoundingBoxAsync())!;
        var k = box.Width / doc.RootElement.GetProperty("width").GetDouble();
        await page.Mouse.MoveAsync(0, 0);
        await page.Mouse.MoveAsync((float)(box.X + point.GetProperty("x").GetDouble() * k), (float)(box.Y + point.GetProperty("y").GetDouble() * k));
        var tip = page.Locator(Frame + " .chart-tip");
        await Assertions.Expect(tip).ToBeVisibleAsync();
        return (await tip.InnerTextAsync()).Replace('\n', ' ');
    }

    /// <summary>
    /// Once the chart is interactive (and, if given, its image URL contains <paramref name="srcContains"/>): the URL
    /// of the render the browser chose and that render's points.json.
    /// </summary>
    private static async Task<(string Src, JsonDocument Points)> ShownPointsAsync(IPage page, string? srcContains = null)
    {
        await page.Locator(Frame + ".chart-interactive").WaitForAsync();
        if (srcContains is not null)
        {
            await page.WaitForFunctionAsync("s => document.querySelector('figure.chart .frame img').currentSrc.includes(s)", srcContains);
        }

        var src = await page.Locator(Frame + " img").EvaluateAsync<string>("i => i.currentSrc");
        return (src, JsonDocument.Parse(await page.EvaluateAsync<string>("src => fetch(src.replace('.png', '.points.json')).then(r => r.text())", src)));
    }

    /// <summary>
    /// Opens <paramref name="url"/> and adds what is wrong with it to <paramref name="problems"/>: an html lang other than
    /// <paramref name="culture"/>, content wider than the screen (with a screenshot), axe WCAG 2.2 AA violations.
    /// </summary>
    private static async Task CheckPageAsync(IPage page, string baseUrl, string url, int width, string culture, List<string> problems)
    {
        await page.GotoAsync(baseUrl + url, new() { WaitUntil = WaitUntilState.Load });
        if (await page.EvaluateAsync<string>("() => document.documentElement.lang") != culture)
        {
            problems.Add($"{url}: html lang is not {culture}");
        }

        var (scroll, client) = await ScrollWidthAsync(page);
        if (scroll > client)
        {
            var wide = await page.EvaluateAsync<string>(
                "() => [...document.querySelectorAll('body *')].filter(e => e.getBoundingClientRect().right > document.documentElement.clientWidth + 1).slice(0, 4).map(e => e.tagName + '.' + e.className).join(', ')");
            problems.Add($"{url} at {width}px: {scroll} px wide ({wide})");
            await page.ScreenshotAsync(new() { Path = Path.Combine(BrowserApp.ScreenshotFolder, $"sideways-{culture}-{width}-{Slug(url)}.png"), FullPage = true });
        }

        var axe = await page.RunAxe(new AxeRunOptions { RunOnly = new RunOnlyOptions { Type = "tag", Values = WcagTags.ToList() } });
        foreach (var v in axe.Violations ?? [])
        {
            problems.Add($"{url} at {width}px: axe {v.Id} ({v.Impact}) on {string.Join(" | ", v.Nodes.Take(3).Select(n => n.Html))}");
        }
    }

    private static async Task<(int Scroll, int Client)> ScrollWidthAsync(IPage page)
    {
        var sizes = await page.EvaluateAsync<int[]>("() => [document.documentElement.scrollWidth, document.documentElement.clientWidth]");
        return (sizes[0], sizes[1]);
    }

    private static string Slug(string url) => Regex.Replace(url, "[^a-z0-9]+", "-").Trim('-');

    /// <summary>
    /// Share of the pixels on a grid inside a shape (rings of image x, y) that have the given colour (±12 per
    /// channel), in the PNG at <c>src</c> drawn onto a canvas: hatching would leave a large share in other colours.
    /// </summary>
    private const string SameColourShareScript = """
        async ([src, shapeJson, hex]) => {
          const rings = JSON.parse(shapeJson);
          const img = new Image();
          img.src = src;
          await img.decode();
          const c = document.createElement('canvas');
          c.width = img.naturalWidth; c.height = img.naturalHeight;
          const g = c.getContext('2d');
          g.drawImage(img, 0, 0);
          const inside = (x, y) => {
            let hit = false;
            for (const r of rings) for (let i = 0, j = r.length - 2; i < r.length; j = i, i += 2)
              if ((r[i + 1] > y) !== (r[j + 1] > y) && x < (r[j] - r[i]) * (y - r[i + 1]) / (r[j + 1] - r[i + 1]) + r[i]) hit = !hit;
            return hit;
          };
          const xs = rings.flatMap(r => r.filter((_, i) => i % 2 === 0)), ys = rings.flatMap(r => r.filter((_, i) => i % 2 === 1));
          const want = [1, 3, 5].map(i => parseInt(hex.slice(i, i + 2), 16));
          let n = 0, same = 0;
          for (let x = Math.min(...xs); x <= Math.max(...xs); x += 3)
            for (let y = Math.min(...ys); y <= Math.max(...ys); y += 3)
              if (inside(x, y) && inside(x + 4, y) && inside(x - 4, y) && inside(x, y + 4) && inside(x, y - 4)) {
                const d = g.getImageData(Math.round(x), Math.round(y), 1, 1).data;
                n++;
                if (Math.abs(d[0] - want[0]) <= 12 && Math.abs(d[1] - want[1]) <= 12 && Math.abs(d[2] - want[2]) <= 12) same++;
              }
          return n === 0 ? 0 : same / n;
        }
        """;


    [GeneratedRegex(@"([0-9][0-9,.]*) %")]
    private static partial Regex ValueLine();
}

using Dashboard.Tests.Support;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Xunit.Abstractions;

namespace Dashboard.Tests.Browser;

/// <summary>
/// A person's path through the site in a real browser (Debian's Chromium driven by Playwright): Overview → an
/// indicator → Compare, change the selection, and see the URL and the chart follow. Skipped, with the reason
/// printed, where Chromium is not installed.
/// </summary>
public sealed class BrowserFlowTests(ChromiumFixture chromium, ITestOutputHelper output) : IClassFixture<ChromiumFixture>
{
    [SkippableFact]
    public async Task OverviewToIndicatorToCompare_ChangeSelection_UrlChangesAndChartLoads()
    {
        Skip.If(chromium.SkipReason is not null, chromium.SkipReason);

        using var factory = new DashboardFactory();
        factory.UseKestrel(0);
        factory.StartServer();
        var baseUrl = ServerAddress(factory);
        output.WriteLine($"App at {baseUrl}");

        using var playwright = await Playwright.CreateAsync();
        await using var browser = await playwright.Chromium.LaunchAsync(new() { ExecutablePath = chromium.ExecutablePath, Headless = true, Args = ChromiumFixture.Args });
        var page = await browser.NewPageAsync(new() { ViewportSize = new() { Width = 1366, Height = 900 } });
        page.SetDefaultTimeout(ChromiumFixture.StepTimeoutMs);
        var screenshots = Directory.CreateDirectory(Path.Combine(AppContext.BaseDirectory, "screenshots")).FullName;

        // Overview: the first Tab reaches the skip link (keyboard users can jump past the navigation).
        await page.GotoAsync(baseUrl + "/");
        Assert.Equal("China and Russia in Central Asia: AI as an instrument of power", (await page.TextContentAsync("h1"))?.Trim());
        await page.Keyboard.PressAsync("Tab");
        Assert.Equal("Skip to content", await page.EvaluateAsync<string>("() => document.activeElement.textContent"));
        await AssertChartLoadedAsync(page, "figure[data-chart='arms-import-share'] img");
        await page.ScreenshotAsync(new() { Path = Path.Combine(screenshots, "1-overview.png"), FullPage = true });

        // → the indicator page of the economic key chart (the paper's debt shares: KGZ 40 %, TJK 50 %, creditor China).
        await page.ClickAsync("figure[data-chart='public-debt-share-china'] h3 a");
        await page.WaitForURLAsync(baseUrl + "/indicators/public-debt-share-china");
        Assert.Equal("Share of public debt owed to Chinese banks", (await page.TextContentAsync("h1"))?.Trim());
        Assert.Equal(2, await page.Locator("table#data tbody tr").CountAsync());
        await AssertChartLoadedAsync(page, "figure.chart img");
        await page.ScreenshotAsync(new() { Path = Path.Combine(screenshots, "2-indicator.png"), FullPage = true });

        // → Compare from the indicator's export block; untick Tajikistan and submit the form.
        await page.ClickAsync(".downloads >> text=Compare entities and periods");
        await page.WaitForURLAsync(baseUrl + "/compare?indicator=public-debt-share-china");
        Assert.Equal("Compare", (await page.TextContentAsync("nav[aria-label='Main'] a[aria-current=page]"))?.Trim());
        var before = page.Url;
        Assert.True(await page.IsCheckedAsync("input[name=entities][value=TJK]"));
        await AssertChartLoadedAsync(page, "figure.chart img");

        await page.UncheckAsync("input[name=entities][value=TJK]");
        await page.ClickAsync("form#compare-form button[type=submit]");
        await page.WaitForURLAsync(url => url != before);

        var after = page.Url;
        output.WriteLine($"URL before: {before}\nURL after:  {after}");
        Assert.Equal(baseUrl + "/compare?indicator=public-debt-share-china&entities=CHN,KGZ", after);
        Assert.False(await page.IsCheckedAsync("input[name=entities][value=TJK]"));
        Assert.Equal(["KGZ"], await page.Locator("table#data tbody tr").EvaluateAllAsync<string[]>("rows => rows.map(r => r.dataset.entity)"));
        Assert.StartsWith("/charts/public-debt-share-china.png?entities=CHN,KGZ&v=", await page.GetAttributeAsync("figure.chart img", "src"), StringComparison.Ordinal);
        await AssertChartLoadedAsync(page, "figure.chart img");

        var shot = Path.Combine(screenshots, "3-compare.png");
        await page.ScreenshotAsync(new() { Path = shot, FullPage = true });
        output.WriteLine($"Screenshots in {screenshots}");
        Assert.True(new FileInfo(shot).Length > 10_000);
    }

    /// <summary>Waits for the chart image to finish loading and checks the browser decoded it (natural width &gt; 0).</summary>
    private static async Task AssertChartLoadedAsync(IPage page, string selector)
    {
        var img = page.Locator(selector).First;
        await img.ScrollIntoViewIfNeededAsync();
        await page.WaitForFunctionAsync("sel => { const i = document.querySelector(sel); return i !== null && i.complete; }", selector);
        var naturalWidth = await img.EvaluateAsync<int>("i => i.naturalWidth");
        Assert.True(naturalWidth > 0, $"chart image {await img.GetAttributeAsync("src")} did not load (naturalWidth = 0)");
    }

    private static string ServerAddress(DashboardFactory factory)
    {
        var addresses = factory.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses;
        var address = addresses.First();
        // Kestrel reports the loopback binding as localhost or 127.0.0.1; the browser is pointed at 127.0.0.1.
        return new UriBuilder(address) { Host = "127.0.0.1" }.Uri.ToString().TrimEnd('/');
    }
}

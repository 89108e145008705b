using Dashboard.Tests.Support;
using Microsoft.Playwright;
using Xunit.Abstractions;

namespace Dashboard.Tests.Browser;

/// <summary>
/// Framing across origins in a real browser: a page served by a second Kestrel (another port, so another origin)
/// frames <c>/embed/top500-systems</c>, which shows, and <c>/</c>, which Chromium blocks. Skipped, with the reason
/// printed, where Chromium is not installed.
/// </summary>
public sealed class EmbedBrowserTests(ChromiumFixture chromium, ITestOutputHelper output) : IClassFixture<ChromiumFixture>
{
    [SkippableFact]
    public async Task Embed_FramedByAnotherOrigin_ShowsChartWithValues_HomePageBlocked()
    {
        Skip.If(chromium.SkipReason is not null, chromium.SkipReason);
        await using var app = await BrowserApp.StartAsync(chromium);
        var page = await app.NewPageAsync(1000, 1000);

        // The Embed box of the indicator page: its script puts the page's origin in front of the frame's path.
        await page.GotoAsync(app.BaseUrl + "/indicators/top500-systems");
        var snippet = await page.Locator("textarea#embed-code").InputValueAsync();
        Assert.StartsWith($"<iframe src=\"{app.BaseUrl}/embed/top500-systems\" title=\"TOP500 supercomputers by country (GeoAI Dashboard)\"", snippet, StringComparison.Ordinal);

        // Another site pastes that code, and tries to frame the home page too.
        await using var host = await BrowserApp.StartOtherOriginAsync(
            "<!DOCTYPE html><html><body><h1>Another site</h1>" + snippet.Replace("<iframe ", "<iframe id=\"embed\" ", StringComparison.Ordinal) +
            $"<iframe id=\"home\" src=\"{app.BaseUrl}/\" title=\"Home\" width=\"900\" height=\"300\"></iframe></body></html>");
        var hostUrl = host.Urls.First();
        Assert.NotEqual(new Uri(hostUrl).Port, new Uri(app.BaseUrl).Port);
        var refused = new List<string>();
        page.Console += (_, m) => refused.Add(m.Text);

        await page.GotoAsync(hostUrl);

        // The embed shows its title, source line with licence, and a chart whose values answer the pointer.
        var embed = page.FrameLocator("#embed");
        await Assertions.Expect(embed.Locator("h1.embed-title")).ToHaveTextAsync("TOP500 supercomputers by country");
        await Assertions.Expect(embed.Locator(".embed-source")).ToContainTextAsync("Source: TOP500.org");
        await Assertions.Expect(embed.Locator(".embed-source")).ToContainTextAsync("Licence:");
        await embed.Locator("figure.chart .frame.chart-interactive").WaitForAsync();
        var img = embed.Locator("figure.chart img");
        var (width, _) = await BrowserApp.LoadedImageSizeAsync(img);
        Assert.True(width > 0, "the embedded chart did not load");
        await embed.Locator("figure.chart .frame").HoverAsync();
        Assert.Equal("_blank", await embed.Locator("base").GetAttributeAsync("target"));

        // The home page refuses to be framed: Chromium puts its error page in the frame instead.
        var home = (await (await page.QuerySelectorAsync("#home"))!.ContentFrameAsync())!;
        await Poll.UntilAsync(() => home.Url != "about:blank", "the framed home page to be refused (its frame to leave about:blank)");

        output.WriteLine($"home frame: {home.Url}; console: {string.Join(" | ", refused)}");
        Assert.StartsWith("chrome-error://", home.Url, StringComparison.Ordinal);
        Assert.Equal(0, await page.FrameLocator("#home").Locator("header.site").CountAsync());
        Assert.Contains(refused, m => m.Contains("frame-ancestors 'none'", StringComparison.Ordinal));
        await page.ScreenshotAsync(new() { Path = Path.Combine(BrowserApp.ScreenshotFolder, "embed-framed.png"), FullPage = true });
    }

}

using Dashboard.Tests.Support;
using Microsoft.Playwright;
using Xunit.Abstractions;

namespace Dashboard.Tests.Browser;

/// <summary>
/// The export panel in a real browser: choose a preset, scale and theme, click Download, and get a PNG of exactly that
/// size (Playwright download event); without JavaScript the same choice goes through /export/chart. Skipped, with the
/// reason printed, where Chromium is not installed.
/// </summary>
public sealed class ExportPanelBrowserTests(ChromiumFixture chromium, ITestOutputHelper output) : IClassFixture<ChromiumFixture>
{
    [SkippableFact]
    public async Task ExportPanel_ChooseSquare2xDark_DownloadsPngOfThatSize()
    {
        Skip.If(chromium.SkipReason is not null, chromium.SkipReason);
        await using var app = await BrowserApp.StartAsync(chromium);
        var page = await app.NewPageAsync(1366, 900);
        await page.GotoAsync(app.BaseUrl + "/indicators/top500-systems");

        var form = page.Locator("section.export-panel form.export-form");
        await form.Locator("input[name=preset][value=square]").CheckAsync();
        await form.Locator("input[name=scale][value='2']").CheckAsync();
        await form.Locator("input[name=theme][value=dark]").CheckAsync();
        var link = form.Locator("a.export-download");
        Assert.Equal("Download PNG · 2160×2160 px", (await link.TextContentAsync())?.Trim());
        // The script builds the same URL and name as the server (which /export/chart shows without script).
        // Last the data version, as on the page's own chart images: the download URL is immutable too.
        var imageQuery = System.Web.HttpUtility.ParseQueryString(new Uri(app.BaseUrl + await page.Locator("figure.chart img").First.GetAttributeAsync("src")).Query);
        Assert.False(string.IsNullOrEmpty(imageQuery["v"]));
        Assert.Equal("/charts/top500-systems.png?width=1080&height=1080&scale=2&theme=dark&v=" + imageQuery["v"], await link.GetAttributeAsync("href"));
        Assert.Equal("top500-systems-1993-2026-2160x2160-dark.png", await link.GetAttributeAsync("download"));
        await page.Locator("section.export-panel").ScreenshotAsync(new() { Path = Path.Combine(BrowserApp.ScreenshotFolder, "export-panel.png") });

        var download = await page.RunAndWaitForDownloadAsync(() => link.ClickAsync());

        Assert.Equal("top500-systems-1993-2026-2160x2160-dark.png", download.SuggestedFilename);
        var saved = Path.Combine(BrowserApp.ScreenshotFolder, download.SuggestedFilename);
        await download.SaveAsAsync(saved);
        var png = PngInfo.Read(await File.ReadAllBytesAsync(saved));
        Assert.Equal((2160, 2160), (png.Width, png.Height));
        Assert.Equal("TOP500 supercomputers by country", png.Text("Title"));
        Assert.EndsWith("/charts/top500-systems.png?width=1080&height=1080&scale=2&theme=dark", png.Text("Permalink"), StringComparison.Ordinal);
        output.WriteLine($"Downloaded {saved}");
    }

    [SkippableFact]
    public async Task ExportPanel_WithoutJavaScript_FormLeadsToDownloadOfChosenSize()
    {
        Skip.If(chromium.SkipReason is not null, chromium.SkipReason);
        await using var app = await BrowserApp.StartAsync(chromium);
        var page = await app.NewPageAsync(1366, 900, javaScript: false);
        await page.GotoAsync(app.BaseUrl + "/indicators/arms-import-share");

        var form = page.Locator("section.export-panel form.export-form");
        await form.Locator("input[name=preset][value=document]").CheckAsync();
        await form.Locator("input[name=theme][value=projector]").CheckAsync();
        await form.Locator("button[type=submit]").ClickAsync();
        await page.WaitForURLAsync(url => url.Contains("/export/chart?", StringComparison.Ordinal));

        var download = await page.RunAndWaitForDownloadAsync(() => page.Locator("main > p.export-result a.export-download").ClickAsync());

        Assert.Equal("arms-import-share-2010-2019-1200x800-projector.png", download.SuggestedFilename);
        var png = PngInfo.Read(await File.ReadAllBytesAsync((await download.PathAsync())!));
        Assert.Equal((1200, 800), (png.Width, png.Height));
    }
}

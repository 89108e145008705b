using Microsoft.Playwright;
using Xunit.Abstractions;

namespace Dashboard.Tests.Browser;

/// <summary>
/// Presentation mode in a real browser at 1920×1080: walk the paper's deck with the keys a clicker sends (next,
/// previous, reveal, Home/End), check each step's slide, image and URL, and save a screenshot of every step.
/// Skipped, with the reason printed, where Chromium is not installed.
/// </summary>
public sealed class PresentBrowserTests(ChromiumFixture chromium, ITestOutputHelper output) : IClassFixture<ChromiumFixture>
{
    private const string Current = "section.slide:not([hidden])";

    [SkippableFact]
    public async Task PresentDeck_KeyboardNextPreviousReveal_SlidesChangeImagesLoadAndUrlFollows()
    {
        Skip.If(chromium.SkipReason is not null, chromium.SkipReason);
        await using var app = await BrowserApp.StartAsync(chromium);
        var page = await app.NewPageAsync(1920, 1080);

        await page.GotoAsync(app.BaseUrl + "/present?deck=paper");

        // Slide 1, predict: the image stops at 2010–2014 and the prompt shows.
        var step = await AssertStepAsync(page, 1, predicting: true, "to=2010-2014");
        Assert.Equal(app.BaseUrl + "/present?deck=paper", page.Url);
        await ShotAsync(page, 1);

        // Reveal (ArrowRight): same slide, full image, no prompt, URL is the permalink of this step.
        await page.Keyboard.PressAsync("ArrowRight");
        await AssertStepAsync(page, 1, predicting: false, null);
        Assert.EndsWith("/present?deck=paper&slide=1&revealed=1", page.Url, StringComparison.Ordinal);
        await ShotAsync(page, 2);

        // Next slide (Space): SIPRI's five-year windows up to 2010–2014 only.
        await page.Keyboard.PressAsync(" ");
        await AssertStepAsync(page, 2, predicting: true, "to=2010-2014");
        await ShotAsync(page, 3);

        // Reveal with PageDown (what a clicker sends), then back with ArrowLeft: the reveal is undone first.
        await page.Keyboard.PressAsync("PageDown");
        await AssertStepAsync(page, 2, predicting: false, null);
        await ShotAsync(page, 4);
        await page.Keyboard.PressAsync("ArrowLeft");
        await AssertStepAsync(page, 2, predicting: true, "to=2010-2014");
        await page.Keyboard.PressAsync("PageUp");
        await AssertStepAsync(page, 1, predicting: false, null);

        // End and Home.
        await page.Keyboard.PressAsync("End");
        await AssertStepAsync(page, 7, predicting: false, null);
        Assert.EndsWith("slide=7", page.Url, StringComparison.Ordinal);
        await page.Keyboard.PressAsync("Home");
        step = await AssertStepAsync(page, 1, predicting: true, "to=2010-2014");

        // Walk the whole deck forward with ArrowDown; every step shows a loaded image, pixel for pixel at 1080p.
        var shot = 5;
        for (var guard = 0; guard < 14 && step.Slide != 7; guard++)
        {
            await page.Keyboard.PressAsync("ArrowDown");
            step = await AssertStepAsync(page, null, null, null);
            var box = await page.Locator(Current + " img.slide-image").BoundingBoxAsync();
            Assert.Equal((1920f, 1080f), (box!.Width, box.Height));
            await ShotAsync(page, shot++);
        }

        Assert.Equal(7, step.Slide);
        output.WriteLine($"Screenshots in {BrowserApp.ScreenshotFolder}");
    }

    [SkippableFact]
    public async Task PresentDeck_NextLink_WorksWithoutJavaScript()
    {
        Skip.If(chromium.SkipReason is not null, chromium.SkipReason);
        await using var app = await BrowserApp.StartAsync(chromium);
        var page = await app.NewPageAsync(1280, 720, javaScript: false);

        await page.GotoAsync(app.BaseUrl + "/present?deck=paper&slide=3&revealed=1");
        await page.ClickAsync(Current + " a[rel=next]");

        await page.WaitForURLAsync(url => url.EndsWith("slide=4", StringComparison.Ordinal));
        Assert.Equal("slide-4", await page.Locator(Current).GetAttributeAsync("id"));
        var (width, _) = await BrowserApp.LoadedImageSizeAsync(page.Locator(Current + " img.slide-image"));
        Assert.True(width > 0);
    }

    private static async Task<(int Slide, string Src)> AssertStepAsync(IPage page, int? slide, bool? predicting, string? srcContains)
    {
        var current = page.Locator(Current);
        Assert.Equal(1, await current.CountAsync());
        var id = await current.GetAttributeAsync("id");
        var number = int.Parse(id!["slide-".Length..], System.Globalization.CultureInfo.InvariantCulture);
        if (slide is not null)
        {
            Assert.Equal(slide, number);
        }

        var img = current.Locator("img.slide-image");
        var src = (await img.GetAttributeAsync("src"))!;
        var (width, height) = await BrowserApp.LoadedImageSizeAsync(img);
        Assert.True(width > 0, $"slide {number}: image {src} did not load");
        Assert.Equal((1920, 1080), (width, height));
        if (predicting is not null)
        {
            Assert.Equal(predicting, await current.Locator(".predict-banner").IsVisibleAsync());
            if (predicting.Value)
            {
                Assert.Contains(srcContains!, src, StringComparison.Ordinal);
            }
            else
            {
                Assert.DoesNotContain("to=", src, StringComparison.Ordinal);
            }
        }

        Assert.Equal(number.ToString(System.Globalization.CultureInfo.InvariantCulture), await current.Locator(".slide-number").TextContentAsync());
        Assert.StartsWith("Source: ", await current.Locator(".slide-source").TextContentAsync(), StringComparison.Ordinal);
        return (number, src);
    }

    private static async Task ShotAsync(IPage page, int n) =>
        await page.ScreenshotAsync(new() { Path = Path.Combine(BrowserApp.ScreenshotFolder, FormattableString.Invariant($"present-{n:00}.png")) });
}

using Dashboard.Tests.Support;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace Dashboard.Tests.Browser;

/// <summary>
/// The app on a real port (Kestrel on 127.0.0.1, port chosen by the OS) over the shipped data, and Debian's Chromium
/// driven by Playwright, for one browser test. Screenshots go under the test output in <c>screenshots/</c>.
/// </summary>
public sealed class BrowserApp : IAsyncDisposable
{
    private readonly DashboardFactory _factory;
    private readonly IPlaywright _playwright;

    private BrowserApp(DashboardFactory factory, IPlaywright playwright, IBrowser browser, string baseUrl)
    {
        _factory = factory;
        _playwright = playwright;
        Browser = browser;
        BaseUrl = baseUrl;
    }

    public IBrowser Browser { get; }

    /// <summary>e.g. <c>http://127.0.0.1:41234</c> (no trailing slash).</summary>
    public string BaseUrl { get; }

    public static string ScreenshotFolder { get; } = Directory.CreateDirectory(Path.Combine(AppContext.BaseDirectory, "screenshots")).FullName;

    public static async Task<BrowserApp> StartAsync(ChromiumFixture chromium)
    {
        var factory = new DashboardFactory();
        factory.UseKestrel(0);
        factory.StartServer();
        var address = factory.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        var baseUrl = new UriBuilder(address) { Host = "127.0.0.1" }.Uri.ToString().TrimEnd('/');
        var playwright = await Playwright.CreateAsync();
        var browser = await playwright.Chromium.LaunchAsync(new() { ExecutablePath = chromium.ExecutablePath, Headless = true, Args = ChromiumFixture.Args });
        return new BrowserApp(factory, playwright, browser, baseUrl);
    }

    /// <summary>
    /// A second web server on its own loopback port (so another origin, as a site embedding a chart) that answers
    /// <c>/</c> with <paramref name="html"/>.
    /// </summary>
    public static async Task<WebApplication> StartOtherOriginAsync(string html)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        var host = builder.Build();
        host.MapGet("/", () => Results.Content(html, "text/html; charset=utf-8"));
        await host.StartAsync();
        return host;
    }

    /// <summary>A page in a fresh context of this viewport size; downloads accepted.</summary>
    public async Task<IPage> NewPageAsync(int width, int height, bool javaScript = true)
    {
        var context = await Browser.NewContextAsync(new() { ViewportSize = new() { Width = width, Height = height }, AcceptDownloads = true, JavaScriptEnabled = javaScript });
        var page = await context.NewPageAsync();
        page.SetDefaultTimeout(ChromiumFixture.StepTimeoutMs);
        return page;
    }

    /// <summary>A page in a fresh context that emulates a phone: touch, mobile viewport and this pixel ratio.</summary>
    public async Task<IPage> NewPhonePageAsync(int width, int height, float deviceScaleFactor)
    {
        var context = await Browser.NewContextAsync(new() { ViewportSize = new() { Width = width, Height = height }, HasTouch = true, IsMobile = true, DeviceScaleFactor = deviceScaleFactor });
        var page = await context.NewPageAsync();
        page.SetDefaultTimeout(ChromiumFixture.StepTimeoutMs);
        return page;
    }

    /// <summary>Waits until the image has finished loading and returns its natural size (0×0 when it failed).</summary>
    public static async Task<(int Width, int Height)> LoadedImageSizeAsync(ILocator img)
    {
        await img.EvaluateAsync("i => i.complete ? null : new Promise(r => { i.addEventListener('load', r, { once: true }); i.addEventListener('error', r, { once: true }); })");
        var size = await img.EvaluateAsync<int[]>("i => [i.naturalWidth, i.naturalHeight]");
        return (size[0], size[1]);
    }

    public async ValueTask DisposeAsync()
    {
        await Browser.DisposeAsync();
        _playwright.Dispose();
        _factory.Dispose();
    }
}

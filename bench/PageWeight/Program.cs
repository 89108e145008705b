// Transferred bytes of pages as a browser loads them: Debian's Chromium (Playwright), a fresh context per page (empty
// cache), the page loaded until the network is idle, then the Resource Timing entries summed: transferSize (headers +
// body as sent, so compressed when the server compressed), encodedBodySize and decodedBodySize, for the document and
// for everything it pulled in (CSS, JS, chart images, points.json, fonts, favicon).
// Usage: dotnet run -c Release --project bench/PageWeight -- BASE_URL PATH [PATH …]
using System.Globalization;
using Microsoft.Playwright;

if (args.Length < 2)
{
    Console.Error.WriteLine("usage: PageWeight BASE_URL PATH [PATH …]");
    return 2;
}

var inv = CultureInfo.InvariantCulture;
var baseUrl = args[0].TrimEnd('/');
var chromium = Environment.GetEnvironmentVariable("GEOAI_CHROMIUM") is { Length: > 0 } c ? c : "/usr/bin/chromium";
using var playwright = await Playwright.CreateAsync();
await using var browser = await playwright.Chromium.LaunchAsync(new() { ExecutablePath = chromium, Headless = true, Args = ["--no-sandbox", "--disable-gpu"] });

Console.WriteLine("| page | viewport | requests | document transferred | document decoded | all transferred | all decoded | content-encoding of the document |");
Console.WriteLine("|---|---|---:|---:|---:|---:|---:|---|");
foreach (var path in args.Skip(1))
{
    foreach (var (w, h) in new[] { (1366, 768), (390, 844) })
    {
        await using var context = await browser.NewContextAsync(new() { ViewportSize = new() { Width = w, Height = h } });
        var page = await context.NewPageAsync();
        var response = await page.GotoAsync(baseUrl + path, new() { WaitUntil = WaitUntilState.NetworkIdle });
        var encoding = response is null ? "?" : (await response.AllHeadersAsync()).GetValueOrDefault("content-encoding", "none");
        var sizes = await page.EvaluateAsync<double[]>(
            """
            () => {
              const nav = performance.getEntriesByType('navigation')[0];
              const res = performance.getEntriesByType('resource');
              const all = [nav, ...res];
              const sum = f => all.reduce((s, e) => s + (e[f] || 0), 0);
              return [all.length, nav.transferSize, nav.decodedBodySize, sum('transferSize'), sum('decodedBodySize')];
            }
            """);
        Console.WriteLine(string.Create(inv,
            $"| `{path}` | {w}×{h} | {sizes[0]:0} | {sizes[1]:N0} | {sizes[2]:N0} | {sizes[3]:N0} | {sizes[4]:N0} | {encoding} |"));
    }
}

return 0;

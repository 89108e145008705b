using Dashboard.Tests.Browser;
using System.Net;
using System.Text;
using Dashboard.Tests.Support;
using Microsoft.Playwright;
using Xunit.Abstractions;

namespace Dashboard.Tests.Admin;

/// <summary>
/// A real browser (Debian's Chromium through Playwright) uses the admin pages as a person would: sign in, upload a bad
/// file and read its errors, upload a good one, confirm, and find the new indicator. Skipped when /usr/bin/chromium is absent.
/// </summary>
public sealed class AdminBrowserTests(ChromiumFixture chromium, ITestOutputHelper output) : IClassFixture<ChromiumFixture>
{
    private const string Bad = """
        indicator,entity,counterpart,period,period_as_stated,value,source,locator,basis,derived_from,note
        top500-systems,KAZ,,2019-11,,"3,5",paper,table 1,stated,,
        top500-systems,<img src=x onerror=alert(1)>,,2019-11,,1,paper,table 1,stated,,
        """;

    private const string Good = """
        Entity,Code,Year,AI papers <script>alert(1)</script>
        Kazakhstan,KAZ,2020,12
        Kazakhstan,KAZ,2021,15
        Kyrgyzstan,KGZ,2021,4
        """;

    private async Task<(IPlaywright Playwright, IBrowser Browser)> LaunchAsync()
    {
        var playwright = await Playwright.CreateAsync();
        var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = chromium.ExecutablePath,
            Headless = true,
            Args = ChromiumFixture.Args,
        });
        return (playwright, browser);
    }

    /// <summary>Set GEOAI_SCREENSHOTS to a folder to keep screenshots of each step (for looking at the pages).</summary>
    private static async Task ShotAsync(IPage page, string name)
    {
        if (Environment.GetEnvironmentVariable("GEOAI_SCREENSHOTS") is { Length: > 0 } folder)
        {
            await page.ScreenshotAsync(new() { Path = Path.Combine(folder, name + ".png"), FullPage = true });
        }
    }

    private static FilePayload Csv(string name, string content) =>
        new() { Name = name, MimeType = "text/csv", Buffer = Encoding.UTF8.GetBytes(content.ReplaceLineEndings("\n") + "\n") };

    [SkippableFact]
    public async Task Admin_BadFileThenGoodFile_ShowsErrorsThenAppliesNewIndicator()
    {
        Skip.If(chromium.SkipReason is not null, chromium.SkipReason);
        using var factory = new AdminAppFactory();
        var baseUrl = KestrelApp.Start(factory);
        var (playwright, browser) = await LaunchAsync();
        using var _ = playwright;
        await using var __ = browser;
        var page = await browser.NewPageAsync();
        page.SetDefaultTimeout(ChromiumFixture.StepTimeoutMs);
        var dialogs = new List<string>();
        var cspViolations = new List<string>();
        page.Dialog += (_, d) => dialogs.Add(d.Message);
        page.Console += (_, m) =>
        {
            if (m.Text.Contains("Content Security Policy", StringComparison.Ordinal))
            {
                cspViolations.Add(m.Text);
            }
        };

        // Signed out: the admin page answers 401 and links to the sign-in form.
        var first = await page.GotoAsync(baseUrl + "/admin");
        Assert.Equal(401, first!.Status);
        await page.GetByRole(AriaRole.Link, new() { Name = "Sign in with the admin token" }).ClickAsync();
        await page.GetByLabel("Admin token").FillAsync(AdminAppFactory.Token);
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
        await page.WaitForURLAsync(baseUrl + "/admin");

        // A bad file: every error with file, line, column, value and rule; nothing to apply.
        await page.Locator("#file").SetInputFilesAsync(Csv("bad.csv", Bad));
        await page.GetByRole(AriaRole.Button, new() { Name = "Upload and check (dry run)" }).ClickAsync();
        await page.Locator("#errors").WaitForAsync();
        var errorRows = await page.Locator("#errors tbody tr").AllInnerTextsAsync();
        output.WriteLine(string.Join("\n", errorRows));
        Assert.Contains(errorRows, r => r.Contains("bad.csv\t2\tvalue\t3,5\tis not a number", StringComparison.Ordinal));
        Assert.Contains(errorRows, r => r.Contains("bad.csv\t3\tentity\t<img src=x onerror=alert(1)>\tis not a known entity", StringComparison.Ordinal));
        Assert.Equal(0, await page.GetByRole(AriaRole.Button, new() { Name = "Apply to the store" }).CountAsync());
        await ShotAsync(page, "1-errors");

        // A good file defining a new indicator: the dry run's diff, then confirm.
        await page.GotoAsync(baseUrl + "/admin");
        await page.Locator("#file").SetInputFilesAsync(Csv("ai-papers.csv", Good));
        await page.GetByRole(AriaRole.Button, new() { Name = "Upload and check (dry run)" }).ClickAsync();
        await page.Locator("#diff").WaitForAsync();
        Assert.Equal("3", await page.Locator("#diff tr[data-indicator=ai-papers] td").Nth(1).InnerTextAsync());
        await ShotAsync(page, "2-dry-run");
        await page.GetByRole(AriaRole.Button, new() { Name = "Apply to the store" }).ClickAsync();
        await page.GetByText("Applied: dataset").WaitForAsync();
        await ShotAsync(page, "3-applied");

        // The new indicator: its page (pages branch) when present, and the API and the datasets list in any case.
        var indicatorPage = await page.APIRequest.GetAsync(baseUrl + "/indicators/ai-papers");
        if (indicatorPage.Status == 200)
        {
            await page.GotoAsync(baseUrl + "/indicators/ai-papers");
            Assert.Contains("AI papers <script>alert(1)</script>", await page.Locator("h1").InnerTextAsync(), StringComparison.Ordinal);
        }
        else
        {
            output.WriteLine($"/indicators/ai-papers answered {indicatorPage.Status}: the indicator page is not in this branch yet; checked via the API.");
        }

        var api = await page.GotoAsync(baseUrl + "/api/indicators/ai-papers");
        Assert.Equal(200, api!.Status);
        Assert.Contains("AI papers \\u003Cscript\\u003Ealert(1)\\u003C/script\\u003E", await api.TextAsync(), StringComparison.Ordinal);
        await page.GotoAsync(baseUrl + "/admin");
        Assert.Contains("upload", await page.Locator("tr[data-dataset=ai-papers]").InnerTextAsync(), StringComparison.Ordinal);
        await ShotAsync(page, "4-datasets");
        await page.GotoAsync(baseUrl + "/");
        Assert.True(await page.GetByText("AI papers <script>alert(1)</script>").CountAsync() >= 1);

        Assert.Empty(dialogs);
        Assert.Empty(cspViolations);
    }

    [SkippableFact]
    public async Task Upload_FileOverTheLimit_RefusedInTheBrowserWithAMessage()
    {
        Skip.If(chromium.SkipReason is not null, chromium.SkipReason);
        using var factory = new AdminAppFactory(maxUploadBytes: 1024);
        var baseUrl = KestrelApp.Start(factory);
        var (playwright, browser) = await LaunchAsync();
        using var _ = playwright;
        await using var __ = browser;
        var context = await browser.NewContextAsync(new() { ExtraHTTPHeaders = new Dictionary<string, string> { ["Authorization"] = "Bearer " + AdminAppFactory.Token } });
        var page = await context.NewPageAsync();
        page.SetDefaultTimeout(ChromiumFixture.StepTimeoutMs);
        await page.GotoAsync(baseUrl + "/admin");

        await page.Locator("#file").SetInputFilesAsync(new FilePayload { Name = "big.csv", MimeType = "text/csv", Buffer = new byte[4096] });
        await page.GetByRole(AriaRole.Button, new() { Name = "Upload and check (dry run)" }).ClickAsync();

        await Assertions.Expect(page.Locator("#upload-status")).ToHaveTextAsync("big.csv is 4.0 KB; files of at most 1.0 KB are accepted.");
        Assert.Equal(baseUrl + "/admin", page.Url);
    }

    [Fact]
    public async Task Upload_OverTheLimitOnRealServer_Gets413PageNotAConnectionReset()
    {
        using var factory = new AdminAppFactory(maxUploadBytes: 64 * 1024);
        var baseUrl = KestrelApp.Start(factory);
        using var client = new HttpClient();
        client.DefaultRequestHeaders.Authorization = new("Bearer", AdminAppFactory.Token);
        using var multipart = new MultipartFormDataContent { { new ByteArrayContent(new byte[200 * 1024]), "file", "big.csv" } };

        var response = await client.PostAsync(baseUrl + "/admin/upload", multipart);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Contains("files of at most 64 KB are accepted", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }
}

using System.Net;
using System.Text;
using AngleSharp.Html.Parser;
using Dashboard.Tests.Support;

namespace Dashboard.Tests.Admin;

public sealed class UploadFlowTests : IDisposable
{
    private const string OwidV1 = """
        Entity,Code,Year,AI papers per million people
        Kazakhstan,KAZ,2020,12
        Kazakhstan,KAZ,2021,15
        Kyrgyzstan,KGZ,2021,4
        World,OWID_WRL,2021,100000
        """;

    private const string OwidV2 = """
        Entity,Code,Year,AI papers per million people
        Kazakhstan,KAZ,2020,12
        Kazakhstan,KAZ,2021,16
        Kazakhstan,KAZ,2022,18
        """;

    private readonly AdminAppFactory _factory = new();
    private readonly AdminSession _session;

    public UploadFlowTests() => _session = new AdminSession(_factory);

    public void Dispose()
    {
        _session.Dispose();
        _factory.Dispose();
    }

    private static byte[] Bytes(string csv) => Encoding.UTF8.GetBytes(csv.ReplaceLineEndings("\n") + "\n");

    [Fact]
    public async Task Upload_NewOwidFile_DryRunShowsDiffThenConfirmAppliesNewIndicator()
    {
        await _session.SignInAsync();
        var versionBefore = await DataVersionAsync();

        var (report, url) = await _session.UploadAndCheckAsync("ai-papers.csv", Bytes(OwidV1));

        var doc = new HtmlParser().ParseDocument(report);
        var row = doc.QuerySelector("#diff tr[data-indicator=ai-papers]");
        Assert.NotNull(row);
        Assert.Equal(["ai-papers", "3", "0", "0", "0"], row.QuerySelectorAll("td").Take(5).Select(td => td.TextContent));
        Assert.Contains("Our World in Data grapher CSV", report, StringComparison.Ordinal);
        Assert.Contains("skipped 1 rows", report, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, (await _session.Client.GetAsync("/api/indicators/ai-papers")).StatusCode);
        Assert.Equal(versionBefore, await DataVersionAsync());

        var applied = await _session.ApplyAsync(url);

        Assert.Contains("Applied: dataset <strong>ai-papers</strong> now has 3 rows", applied, StringComparison.Ordinal);
        var indicator = await _session.Client.GetStringAsync("/api/indicators/ai-papers");
        Assert.Contains("\"name\":\"AI papers per million people\"", indicator, StringComparison.Ordinal);
        Assert.NotEqual(versionBefore, await DataVersionAsync());
        var admin = new HtmlParser().ParseDocument(await _session.Client.GetStringAsync("/admin"));
        var listed = admin.QuerySelector("tr[data-dataset=ai-papers]");
        Assert.NotNull(listed);
        Assert.Contains("upload", listed.TextContent, StringComparison.Ordinal);
        Assert.Contains("3", listed.QuerySelector("td.num")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Upload_ReplacementOfUploadedDataset_DryRunCountsNewChangedRemoved()
    {
        await _session.SignInAsync();
        var (_, first) = await _session.UploadAndCheckAsync("ai-papers.csv", Bytes(OwidV1));
        await _session.ApplyAsync(first);

        var (report, _) = await _session.UploadAndCheckAsync("ai-papers.csv", Bytes(OwidV2));

        Assert.Contains("replaces &#x27;ai-papers&#x27; (3 rows now)", report, StringComparison.Ordinal);
        var row = new HtmlParser().ParseDocument(report).QuerySelector("#diff tr[data-indicator=ai-papers]")!;
        Assert.Equal(["1", "1", "1", "1"], row.QuerySelectorAll("td.num").Select(td => td.TextContent)); // new 2022, changed 2021, removed KGZ, unchanged 2020
        var samples = row.QuerySelectorAll("ul.samples li").Select(li => li.TextContent).ToList();
        Assert.Contains("changed: KAZ 2021 15 → 16 (value)", samples);
        Assert.Contains("removed: KGZ 2021 (was 4)", samples);
        Assert.Contains("new: KAZ 2022 = 18", samples);
    }

    public static TheoryData<string, string, string> BadFiles => new()
    {
        { "unknown.csv", "name,amount\nx,1", "unknown.csv: 'name | amount' does not have the shape of any supported format (read with a ',' delimiter" },
        { "utf32.csv", "\uFEFFEntity,Code,Year,X", "is UTF-32 encoded" },
        { "contract.csv", "indicator,entity,counterpart,period,period_as_stated,value,source,locator,basis,derived_from,note\ntop500-systems,KAZ,,2019-11,,\"1,5\",paper,t1,stated,,", "contract.csv line 2, column value: '1,5' is not a number (use '.' as decimal separator)" },
        { "contract.csv", "indicator,entity,counterpart,period,period_as_stated,value,source,locator,basis,derived_from,note\ntop500-systems,XXX,,2019-11,,1,paper,t1,stated,,", "contract.csv line 2, column entity: 'XXX' is not a known entity" },
        { "contract.csv", "indicator,entity,counterpart,period,period_as_stated,value,source,locator,basis,derived_from,note\ntop500-systems,KAZ,,2019-11,,900,paper,t1,stated,,", "line 2, column value: '900' is out of range for 'top500-systems'" },
        { "contract.csv", "indicator,entity,counterpart,period,period_as_stated,value,source,locator,basis,derived_from,note\ntop500-systems,CHN,,2019-11,,228,paper,t1,stated,,", "line 2, column period: '2019-11' duplicates the key (indicator top500-systems, entity CHN, period 2019-11) already given in dataset 'paper' line 4" },
        { "contract.csv", "indicator,entity,counterpart,period,period_as_stated,value,source,locator,basis,derived_from,note\ntop500-systems,KAZ,,Nov 2019,,1,paper,t1,stated,,", "line 2, column period: 'Nov 2019' is not a period" },
        { "contract.csv", "indicator,entity,counterpart,period,period_as_stated,value,source,locator,basis,derived_from,note\ntop500-systems,KAZ,,2019-11,,1,paper,t1,stated", "contract.csv line 2: has 9 fields but the header has 11" },
        { "owid.csv", "Entity,Code,Year,TOP500 systems\nKazakhstan,KAZ,twenty,3", "owid.csv line 2, column Year: 'twenty' is not a year" },
    };

    [Theory]
    [MemberData(nameof(BadFiles))]
    public async Task Upload_BadFile_ReportNamesFileLineColumnValueRuleAndChangesNothing(string name, string csv, string expected)
    {
        await _session.SignInAsync();
        var version = await DataVersionAsync();
        var bytes = name == "utf32.csv" ? Encoding.UTF32.GetBytes(csv) : Bytes(csv);

        var (report, url) = await _session.UploadAndCheckAsync(name, bytes);

        var errors = new HtmlParser().ParseDocument(report).QuerySelectorAll("#errors tr[data-error]").Select(tr => tr.GetAttribute("data-error")!).ToList();
        Assert.Contains(errors, e => e.Contains(expected, StringComparison.Ordinal));
        Assert.Contains("nothing was changed", report, StringComparison.Ordinal);
        Assert.DoesNotContain("Apply to the store", report, StringComparison.Ordinal);
        var token = await _session.FormTokenAsync(url);
        await _session.Client.PostAsync(url + "?handler=Apply", new FormUrlEncodedContent(new Dictionary<string, string> { ["__RequestVerificationToken"] = token }));
        Assert.Equal(version, await DataVersionAsync());
    }

    [Fact]
    public async Task Upload_HostileValues_AreHtmlEncodedInTheReport()
    {
        await _session.SignInAsync();
        const string Csv = "indicator,entity,counterpart,period,period_as_stated,value,source,locator,basis,derived_from,note\n" +
                           "top500-systems,<script>alert(1)</script>,,2019-11,,1,paper,t1,stated,,";

        var (report, _) = await _session.UploadAndCheckAsync("<b>evil</b>.csv", Bytes(Csv));

        Assert.DoesNotContain("<script>alert(1)</script>", report, StringComparison.Ordinal);
        Assert.DoesNotContain("<b>evil</b>", report, StringComparison.Ordinal);
        Assert.Contains("&lt;script&gt;alert(1)&lt;/script&gt;", report, StringComparison.Ordinal);
        var cells = new HtmlParser().ParseDocument(report).QuerySelectorAll("#errors td").Select(td => td.TextContent).ToList();
        Assert.Contains("<script>alert(1)</script>", cells);
    }

    [Fact]
    public async Task Upload_LargeFile_ReportsProgressWhileRunning()
    {
        await _session.SignInAsync();
        var csv = new StringBuilder("Entity,Code,Year,A long made-up series\n");
        foreach (var code in CountryCodes.First(100))
        {
            for (var year = 1000; year < 3000; year++)
            {
                csv.Append(System.Globalization.CultureInfo.InvariantCulture, $"{CountryCodes.QuotedName(code)},{code},{year},{year % 100}\n");
            }
        }

        // The dry run only reads and plans (no rows written), which is quick; applying writes the 200,000 rows. Another
        // writer holds the store's write lock while the page is fetched, so the apply is certainly still running then
        // (it waits for the lock) however fast the machine: the page shows a progress bar meanwhile and the status goes
        // through the phases.
        var (_, url) = await _session.UploadAndCheckAsync("long.csv", Encoding.UTF8.GetBytes(csv.ToString()));
        var token = await _session.FormTokenAsync(url);
        string page;
        using (var other = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={_factory.DatabasePath};Pooling=False"))
        {
            other.Open();
            using var writer = other.BeginTransaction(deferred: false);
            var confirm = await _session.Client.PostAsync(url + "?handler=Apply", new FormUrlEncodedContent(new Dictionary<string, string> { ["__RequestVerificationToken"] = token }));
            Assert.Equal(HttpStatusCode.Redirect, confirm.StatusCode);
            page = await _session.Client.GetStringAsync(url);
            Assert.Contains("\"running\":true", await _session.Client.GetStringAsync(url + "/status"), StringComparison.Ordinal);
            writer.Rollback();
        }

        var seen = new List<string>();
        var status = await Poll.UntilAsync(
            async () =>
            {
                var now = await _session.Client.GetStringAsync(url + "/status");
                seen.Add(now);
                return now;
            },
            now => !now.Contains("\"running\":true", StringComparison.Ordinal),
            "the upload's apply to finish");

        Assert.Contains("<progress id=\"import-progress-bar\"", page, StringComparison.Ordinal);
        Assert.Contains(seen, s => s.Contains("\"phase\":\"writing\"", StringComparison.Ordinal) || s.Contains("\"phase\":\"reading\"", StringComparison.Ordinal));
        Assert.Contains("\"state\":\"applied\"", status, StringComparison.Ordinal);
        Assert.Contains("200,000", await _session.Client.GetStringAsync(url), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Upload_OverTheLimit_Is413WithReadableMessageAndNothingSaved()
    {
        using var factory = new AdminAppFactory(maxUploadBytes: 1024);
        using var session = new AdminSession(factory);
        await session.SignInAsync();

        var response = await session.UploadAsync("big.csv", new byte[4096]);
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Contains("files of at most 1 KB are accepted", html, StringComparison.Ordinal);
        Assert.Empty(Directory.GetFiles(Path.Combine(factory.Directory, "pending-uploads")));
    }

    [Theory]
    [InlineData("text/plain")]
    [InlineData("application/json")]
    [InlineData(null)]
    public async Task Upload_BodyNotAForm_Is400NotA500(string? contentType)
    {
        using var factory = new AdminAppFactory();
        using var client = factory.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        client.DefaultRequestHeaders.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", AdminAppFactory.Token);
        var body = new ByteArrayContent("x,y\n1,2\n"u8.ToArray());
        if (contentType is not null)
        {
            body.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue(contentType);
        }

        var response = await client.PostAsync("/admin/upload", body);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("not a valid form", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Upload_JustUnderTheLimit_IsAccepted()
    {
        using var factory = new AdminAppFactory(maxUploadBytes: 1024);
        using var session = new AdminSession(factory);
        await session.SignInAsync();

        var response = await session.UploadAsync("small.csv", Bytes(OwidV1));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
    }

    [Fact]
    public async Task Remove_UploadedDatasetFromAdminPage_RemovesItAndItsIndicator()
    {
        await _session.SignInAsync();
        var (_, url) = await _session.UploadAndCheckAsync("ai-papers.csv", Bytes(OwidV1));
        await _session.ApplyAsync(url);
        var token = await _session.FormTokenAsync("/admin");

        var response = await _session.Client.PostAsync("/admin?handler=Remove&id=ai-papers",
            new FormUrlEncodedContent(new Dictionary<string, string> { ["__RequestVerificationToken"] = token, ["confirm"] = "yes" }));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Contains("Removed dataset &#x27;ai-papers&#x27;.", await _session.Client.GetStringAsync("/admin"), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, (await _session.Client.GetAsync("/api/indicators/ai-papers")).StatusCode);
    }

    private async Task<string> DataVersionAsync()
    {
        var health = await _session.Client.GetStringAsync("/healthz");
        return health.Split("\"dataVersion\":\"")[1].Split('"')[0];
    }
}

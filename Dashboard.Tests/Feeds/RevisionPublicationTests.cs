using System.IO.Compression;
using System.Net;
using System.Text.Json;
using System.Xml.Linq;
using Dashboard.Data.Feeds;
using Dashboard.Tests.Support;

namespace Dashboard.Tests.Feeds;

/// <summary>
/// Two editions of a World Bank feed (first published 2026-04-10; revised 2026-11-14: KAZ 2022 92.3 → 92.5, KAZ 2023
/// added, KGZ 2021 removed), then what the public sees: the indicator page, the Atom feed, /api/revisions, revisions.csv,
/// the chart as published on a day, and the briefing pack.
/// </summary>
public sealed class RevisionPublicationTests : IAsyncLifetime, IDisposable
{
    private const string Path = "/v2/country/KAZ;KGZ/indicator/IT.NET.USER.ZS";
    private const string Indicator = "wdi-it-net-user-zs";
    private FeedHarness _h = null!;
    private AdminAppFactory _app = null!;

    public async Task InitializeAsync()
    {
        _h = await FeedHarness.StartAsync();
        _h.Bind("wb-internet", FeedKind.WorldBank, Path + "?format=json");
        _h.ServeWorldBank(Path, 1);
        await _h.RefreshAsync("wb-internet");
        _h.Clock.Advance(new DateTimeOffset(2026, 11, 14, 6, 0, 0, TimeSpan.Zero) - _h.Clock.GetUtcNow());
        _h.ServeWorldBank(Path, 2);
        await _h.RefreshAsync("wb-internet");
        var settings = new Dictionary<string, string?>(_h.Settings) { ["Feeds:Scheduled"] = "false" };
        _app = new AdminAppFactory(databasePath: _h.DatabasePath, dataFolder: _h.Folder.Path, settings: settings);
    }

    public async Task DisposeAsync() => await _h.DisposeAsync();

    public void Dispose() => _app?.Dispose();

    [Fact]
    public async Task IndicatorPage_AfterARevision_SaysWhatChangedAndWhenItWasRefreshed()
    {
        var (response, page) = await _app.GetPageAsync("/indicators/" + Indicator);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var section = page.QuerySelector("#revisions")!;
        var latest = section.QuerySelectorAll("li[data-revision]")[0];
        Assert.StartsWith("Revised 2026-11-14: 1 value changed, 1 added, 1 removed", latest.QuerySelector("strong")!.TextContent, StringComparison.Ordinal);
        var changes = latest.QuerySelectorAll("li[data-change]").Select(li => li.TextContent.Trim()).ToList();
        Assert.Equal(["Kazakhstan 2022: 92.3 → 92.5 % of population", "Kazakhstan 2023: added 94 % of population", "Kyrgyzstan 2021: removed (was 77 % of population)"], changes);
        Assert.Equal("/indicators/" + Indicator + "?asof=2026-11-13", latest.QuerySelector("a")!.GetAttribute("href"));
        Assert.Contains("First published 2026-04-10: 4 added", section.TextContent, StringComparison.Ordinal);
        Assert.Contains("Last refreshed 2026-11-14 06:00 UTC; data last changed 2026-11-14 06:00 UTC", section.QuerySelector(".feed-status")!.TextContent, StringComparison.Ordinal);
        Assert.Null(section.QuerySelector(".feed-failed"));
    }

    [Fact]
    public async Task IndicatorPage_LastAttemptFailed_SaysWhenAndWhyAndKeepsTheData()
    {
        var client = _app.CreateClient();
        var before = await client.GetStringAsync("/indicators/" + Indicator);
        _h.Clock.Advance(TimeSpan.FromDays(1));
        _h.Server.On(Path + "?format=json&per_page=1000&page=1", FixtureResponse.Empty(503));
        await _h.RefreshAsync("wb-internet");

        var (_, page) = await _app.GetPageAsync("/indicators/" + Indicator, client);

        var failed = page.QuerySelector("#revisions .feed-failed")!.TextContent;
        Assert.Contains("Last attempt failed 2026-11-15 06:00 UTC:", failed, StringComparison.Ordinal);
        Assert.Contains("failed on the server (503", failed, StringComparison.Ordinal);
        Assert.Contains("Last refreshed 2026-11-14 06:00 UTC", page.QuerySelector("#revisions .feed-status")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("92.5", page.QuerySelector("#data")!.TextContent, StringComparison.Ordinal);
        Assert.DoesNotContain("Last attempt failed", before, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Atom_OneEntryPerRevisionNewestFirst_WithTheChanges()
    {
        var response = await _app.CreateClient().GetAsync($"/indicators/{Indicator}/revisions.atom");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/atom+xml", response.Content.Headers.ContentType!.MediaType);
        Assert.NotNull(response.Headers.ETag);
        XNamespace atom = "http://www.w3.org/2005/Atom";
        var feed = XDocument.Parse(await response.Content.ReadAsStringAsync()).Root!;
        Assert.Equal(atom + "feed", feed.Name);
        Assert.Equal("2026-11-14T06:00:00Z", feed.Element(atom + "updated")!.Value);
        var entries = feed.Elements(atom + "entry").ToList();
        Assert.Equal(["Revised 2026-11-14: 1 value changed, 1 added, 1 removed", "First published 2026-04-10: 4 added"],
            entries.Select(e => e.Element(atom + "title")!.Value).ToArray());
        var content = entries[0].Element(atom + "content")!.Value;
        Assert.Contains("Kazakhstan 2022: 92.3 → 92.5 % of population", content, StringComparison.Ordinal);
        Assert.Contains("Kyrgyzstan 2021: removed (was 77 % of population)", content, StringComparison.Ordinal);
        Assert.Contains("source edition: Last Updated 2026-11-14", content, StringComparison.Ordinal);
        Assert.NotEqual(entries[0].Element(atom + "id")!.Value, entries[1].Element(atom + "id")!.Value);
    }

    [Fact]
    public async Task Atom_UnknownIndicator_404()
    {
        var response = await _app.CreateClient().GetAsync("/indicators/no-such/revisions.atom");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task ApiRevisions_PagedWithACursor_EveryChangeOnce()
    {
        var client = _app.CreateClient();
        var seen = new List<(string Change, string Entity, string Period)>();
        string? next = $"/api/revisions?indicator={Indicator}&limit=2";
        var pages = 0;
        while (next is not null)
        {
            using var json = JsonDocument.Parse(await client.GetStringAsync(next));
            var root = json.RootElement;
            Assert.Equal(7, root.GetProperty("total").GetInt32());
            seen.AddRange(root.GetProperty("changes").EnumerateArray().Select(c =>
                (c.GetProperty("change").GetString()!, c.GetProperty("entityCode").GetString()!, c.GetProperty("period").GetString()!)));
            next = root.GetProperty("next").GetString();
            pages++;
        }

        Assert.Equal(4, pages);
        Assert.Equal(7, seen.Distinct().Count());
        // Newest revision first, each in key order.
        Assert.Equal(("changed", "KAZ", "2022"), seen[0]);
        Assert.Equal(("added", "KAZ", "2023"), seen[1]);
        Assert.Equal(("removed", "KGZ", "2021"), seen[2]);
    }

    [Fact]
    public async Task ApiRevisions_OldAndNewValues()
    {
        using var json = JsonDocument.Parse(await _app.CreateClient().GetStringAsync($"/api/revisions?indicator={Indicator}&limit=3"));

        var changed = json.RootElement.GetProperty("changes").EnumerateArray().Single(c => c.GetProperty("change").GetString() == "changed");
        Assert.Equal(92.3, changed.GetProperty("oldValue").GetDouble());
        Assert.Equal(92.5, changed.GetProperty("newValue").GetDouble());
        Assert.Equal("2026-11-14T06:00:00.0000000Z", changed.GetProperty("revisedAt").GetString());
        Assert.Equal("Last Updated 2026-11-14", changed.GetProperty("edition").GetString());
        Assert.Equal("wb-internet", changed.GetProperty("origin").GetString());
    }

    [Theory]
    [InlineData("", "indicator")]
    [InlineData("?indicator=Not_A_Slug", "indicator")]
    [InlineData("?indicator=wdi-it-net-user-zs&limit=0", "limit")]
    [InlineData("?indicator=wdi-it-net-user-zs&cursor=garbage", "cursor")]
    public async Task ApiRevisions_BadParameter_400NamingIt(string query, string parameter)
    {
        var response = await _app.CreateClient().GetAsync("/api/revisions" + query);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.True(json.RootElement.GetProperty("errors").TryGetProperty(parameter, out _));
    }

    [Fact]
    public async Task ApiRevisions_CursorOfAnotherIndicator_400()
    {
        var client = _app.CreateClient();
        using var first = JsonDocument.Parse(await client.GetStringAsync($"/api/revisions?indicator={Indicator}&limit=1"));
        var cursor = first.RootElement.GetProperty("nextCursor").GetString();

        var response = await client.GetAsync($"/api/revisions?indicator=top500-systems&cursor={cursor}");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("belongs to another query", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task RevisionsCsv_EveryChange_UnderTheChartsFilters()
    {
        var client = _app.CreateClient();

        var all = (await client.GetStringAsync($"/indicators/{Indicator}/revisions.csv")).TrimStart('\uFEFF').Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        var kgz = (await client.GetStringAsync($"/indicators/{Indicator}/revisions.csv?entities=KGZ")).TrimStart('\uFEFF').Split("\r\n", StringSplitOptions.RemoveEmptyEntries);

        Assert.Equal("revised_at,edition,origin,dataset,indicator,entity,entity_name,counterpart,counterpart_name,period,change,old_value,new_value", all[0]);
        Assert.Equal(8, all.Length);
        Assert.Contains("2026-11-14T06:00:00.0000000Z,Last Updated 2026-11-14,wb-internet,wb-internet,wdi-it-net-user-zs,KAZ,Kazakhstan,,,2022,changed,92.3,92.5", all);
        Assert.Equal(["2021,removed", "2021,added", "2022,added"], kgz.Skip(1).Select(l => string.Join(',', l.Split(',')[9..11])).ToArray());
        Assert.All(kgz.Skip(1), line => Assert.Contains(",KGZ,", line, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("2026-11-13", "KAZ,Kazakhstan,,,2021|KAZ,Kazakhstan,,,2022:92.3|KGZ,Kyrgyzstan,,,2021|KGZ,Kyrgyzstan,,,2022")]
    [InlineData("2026-11-14", "KAZ,Kazakhstan,,,2021|KAZ,Kazakhstan,,,2022:92.5|KAZ,Kazakhstan,,,2023|KGZ,Kyrgyzstan,,,2022")]
    [InlineData("2026-04-09", "")]
    public async Task ChartCsv_AsOfADay_TheValuesAsPublishedThen(string day, string expected)
    {
        var csv = await _app.CreateClient().GetStringAsync($"/charts/{Indicator}.csv?asof={day}");

        var rows = csv.TrimStart('\uFEFF').Split("\r\n", StringSplitOptions.RemoveEmptyEntries).Skip(1)
            .Select(line => line.Split(','))
            .Select(f => string.Join(',', f[1..6]) + (f[5] == "2022" && f[1] == "KAZ" ? ":" + f[7] : ""))
            .ToList();
        Assert.Equal(expected, string.Join('|', rows));
    }

    [Fact]
    public async Task ApiObservations_AsOf_TheValuesAsPublishedThen()
    {
        using var json = JsonDocument.Parse(await _app.CreateClient().GetStringAsync($"/api/observations?indicator={Indicator}&entities=KAZ&asof=2026-11-13"));

        var values = json.RootElement.GetProperty("observations").EnumerateArray().Select(o => (o.GetProperty("period").GetString(), o.GetProperty("value").GetDouble())).ToList();
        Assert.Equal([("2021", 90.9), ("2022", 92.3)], values);
    }

    [Theory]
    [InlineData("/charts/wdi-it-net-user-zs.png?asof=14-11-2026")]
    [InlineData("/charts/wdi-it-net-user-zs.csv?asof=2026-13-01")]
    [InlineData("/api/observations?indicator=wdi-it-net-user-zs&asof=yesterday")]
    public async Task AsOf_NotADate_400NamingAsof(string url)
    {
        var response = await _app.CreateClient().GetAsync(url);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.StartsWith("'asof' must be a date YYYY-MM-DD", json.RootElement.GetProperty("errors").GetProperty("asof")[0].GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task IndicatorPage_AsOf_TheTableAsPublishedAndTheNote()
    {
        var (response, page) = await _app.GetPageAsync($"/indicators/{Indicator}?asof=2026-11-13");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var table = page.QuerySelector("#data")!.TextContent;
        Assert.Contains("92.3", table, StringComparison.Ordinal);
        Assert.DoesNotContain("92.5", table, StringComparison.Ordinal);
        Assert.Contains("As published on 13 Nov 2026", page.Body!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Pack_ChartWithRevisions_HoldsRevisionsCsv()
    {
        var response = await _app.CreateClient().GetAsync($"/export/pack.zip?charts={Indicator}");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var zip = new ZipArchive(await response.Content.ReadAsStreamAsync());
        var entry = zip.GetEntry("revisions.csv")!;
        using var reader = new StreamReader(entry.Open());
        var lines = (await reader.ReadToEndAsync()).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(8, lines.Length);
        Assert.Contains(lines, l => l.EndsWith(",2021,removed,77,", StringComparison.Ordinal));
    }
}

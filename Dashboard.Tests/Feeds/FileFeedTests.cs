using Dapper;
using Dashboard.Data.Feeds;
using Dashboard.Tests.Support;
using static Dashboard.Tests.Support.XlsxBuilder;

namespace Dashboard.Tests.Feeds;

/// <summary>
/// The CSV/xlsx URL connector beyond OWID: a workbook, a server that only sends Last-Modified, a file the checks
/// refuse, and an IMF answer that breaks off: each failure is recorded and leaves the store as it was.
/// </summary>
public sealed class FileFeedTests : IAsyncLifetime
{
    private const string XlsxType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    private FeedHarness _h = null!;

    public async Task InitializeAsync() => _h = await FeedHarness.StartAsync();

    public async Task DisposeAsync() => await _h.DisposeAsync();

    /// <summary>The value for Kazakhstan 2022 in a dataset, whatever indicator id the file's header gave it.</summary>
    private double? Kazakhstan2022(string dataset)
    {
        using var c = _h.Database.Open();
        return c.ExecuteScalar<double?>("SELECT value FROM observations WHERE dataset_id = @dataset AND entity_code = 'KAZ' AND period = '2022'", new { dataset });
    }

    private static byte[] Workbook(string kazakhstan2022) => Build([new("Data",
        Row(1, Inline("A1", "Entity"), Inline("B1", "Code"), Inline("C1", "Year"), Inline("D1", "Share of the population using the Internet")) +
        Row(2, Inline("A2", "Kazakhstan"), Inline("B2", "KAZ"), Number("C2", "2021"), Number("D2", "90.9")) +
        Row(3, Inline("A3", "Kazakhstan"), Inline("B3", "KAZ"), Number("C3", "2022"), Number("D3", kazakhstan2022)) +
        Row(4, Inline("A4", "Kyrgyzstan"), Inline("B4", "KGZ"), Number("C4", "2022"), Number("D4", "78")))]);

    [Fact]
    public async Task Refresh_XlsxUrl_ReadByTheWorkbookReaderAndRevisedNextEdition()
    {
        _h.Server.On("/files/internet.xlsx", new FixtureResponse(200, Workbook("92.3"), XlsxType), new FixtureResponse(200, Workbook("92.5"), XlsxType));
        _h.Bind("xlsx-internet", FeedKind.File, "/files/internet.xlsx");

        var first = (await _h.RefreshAsync("xlsx-internet")).Attempt;
        var second = (await _h.RefreshAsync("xlsx-internet")).Attempt;

        Assert.True(first.Outcome == FeedOutcomes.Changed, first.Detail);
        Assert.Equal(3, _h.Scalar("SELECT COUNT(*) FROM observations WHERE dataset_id = 'xlsx-internet'"));
        Assert.True(second.Outcome == FeedOutcomes.Changed, second.Detail);
        Assert.StartsWith("1 values revised, 0 added, 0 removed", second.Detail, StringComparison.Ordinal);
        Assert.Equal(92.5, Kazakhstan2022("xlsx-internet"));
    }

    [Fact]
    public async Task Refresh_OnlyLastModified_NextRequestSendsIfModifiedSinceAndNotModified()
    {
        var modified = new Dictionary<string, string> { ["Last-Modified"] = "Tue, 10 Nov 2026 08:00:00 GMT" };
        _h.Server.On("/files/internet.csv", new FixtureResponse(200, FeedHarness.FixtureText("owid-internet-users.csv"), "text/csv", modified), FixtureResponse.Empty(304));
        _h.Bind("csv", FeedKind.File, "/files/internet.csv");
        var first = (await _h.RefreshAsync("csv")).Attempt;
        var before = _h.DataFingerprint();

        var second = (await _h.RefreshAsync("csv")).Attempt;

        Assert.Equal("Last modified Tue, 10 Nov 2026 08:00:00 GMT", first.Edition);
        Assert.Equal(FeedOutcomes.NotModified, second.Outcome);
        var conditional = _h.Server.Requests.Last();
        Assert.Equal("Tue, 10 Nov 2026 08:00:00 GMT", conditional.Header("If-Modified-Since"));
        Assert.Null(conditional.Header("If-None-Match"));
        Assert.Equal(before, _h.DataFingerprint());
    }

    [Fact]
    public async Task Refresh_CsvWithAValueThatIsNoNumber_FailsNamingTheLineAndChangesNothing()
    {
        var good = FeedHarness.FixtureText("owid-internet-users.csv");
        _h.Server.On("/files/internet.csv", FixtureResponse.Csv(good), FixtureResponse.Csv(good.Replace("92.3", "92,3x", StringComparison.Ordinal)));
        _h.Bind("csv", FeedKind.File, "/files/internet.csv");
        Assert.Equal(FeedOutcomes.Changed, (await _h.RefreshAsync("csv")).Attempt.Outcome);
        var before = _h.DataFingerprint();

        var attempt = (await _h.RefreshAsync("csv")).Attempt;

        Assert.Equal(FeedOutcomes.Failed, attempt.Outcome);
        Assert.Contains("line 3", attempt.Detail, StringComparison.Ordinal);
        Assert.Equal(before, _h.DataFingerprint());
        Assert.Equal(92.3, Kazakhstan2022("csv"));
        Assert.Equal(attempt.Detail, _h.Store.Get("csv")!.LastError);
    }

    [Fact]
    public async Task Refresh_ImfAnswerBreaksOff_FailsAndChangesNothing()
    {
        const string Values = "/external/datamapper/api/v1/NGDP_RPCH/KAZ/KGZ";
        _h.Server.On(Values, FixtureResponse.Json(FeedHarness.FixtureText("imf-values-e1.json")),
            new FixtureResponse(200, FeedHarness.Fixture("imf-values-e2.json"), Truncate: true));
        _h.Server.On("/external/datamapper/api/v1/indicators", FixtureResponse.Json(FeedHarness.FixtureText("imf-indicators.json")));
        _h.Bind("imf-growth", FeedKind.Imf, Values);
        Assert.Equal(FeedOutcomes.Changed, (await _h.RefreshAsync("imf-growth")).Attempt.Outcome);
        var before = _h.DataFingerprint();

        var attempt = (await _h.RefreshAsync("imf-growth")).Attempt;

        Assert.Equal(FeedOutcomes.Failed, attempt.Outcome);
        Assert.Contains("broke off", attempt.Detail, StringComparison.Ordinal);
        Assert.Equal(before, _h.DataFingerprint());
        Assert.Equal(3.2, _h.Value("imf-ngdp-rpch", "KAZ", "2022"));
    }
}

using System.Diagnostics;
using Dashboard.Data.Feeds;
using Dashboard.Tests.Support;

namespace Dashboard.Tests.Feeds;

/// <summary>
/// What a source can do wrong, replayed on loopback: each failure is recorded with its reason, and the store (rows,
/// datasets, revisions, kept files) stays exactly as the last good refresh left it.
/// </summary>
public sealed class FeedFailureTests : IAsyncLifetime
{
    private const string Path = "/v2/country/KAZ;KGZ/indicator/IT.NET.USER.ZS";
    private const string Page1 = Path + "?format=json&per_page=1000&page=1";
    private const string Page2 = Path + "?format=json&per_page=1000&page=2";
    private FeedHarness _h = null!;
    private string _before = "";

    public async Task InitializeAsync()
    {
        _h = await FeedHarness.StartAsync();
        _h.Bind("wb", FeedKind.WorldBank, Path + "?format=json");
        _h.ServeWorldBank(Path, 1, etag: "\"e1\"");
        Assert.Equal(FeedOutcomes.Changed, (await _h.RefreshAsync("wb")).Attempt.Outcome);
        _before = _h.DataFingerprint();
    }

    public async Task DisposeAsync() => await _h.DisposeAsync();

    private async Task<FeedAttempt> FailsAsync(string because, TimeSpan? timeout = null)
    {
        var attempt = (await _h.RefreshAsync("wb", timeout)).Attempt;
        Assert.Equal(FeedOutcomes.Failed, attempt.Outcome);
        Assert.True(attempt.Detail!.Contains(because, StringComparison.Ordinal), $"'{because}' not in: {attempt.Detail}");
        Assert.EndsWith("nothing changed", attempt.Detail, StringComparison.Ordinal);
        Assert.Equal(_before, _h.DataFingerprint());
        var feed = _h.Store.Get("wb")!;
        Assert.Equal(attempt.Detail, feed.LastError);
        Assert.Equal(FeedOutcomes.Failed, feed.LastOutcome);
        Assert.NotNull(feed.LastSuccessAt);
        return attempt;
    }

    [Fact]
    public async Task Refresh_NotModified_SendsTheValidatorAndChangesNothing()
    {
        _h.Server.On(Page1, FixtureResponse.Empty(304));

        var attempt = (await _h.RefreshAsync("wb")).Attempt;

        Assert.Equal(FeedOutcomes.NotModified, attempt.Outcome);
        Assert.Equal("\"e1\"", _h.Server.Requests.Last().Header("If-None-Match"));
        Assert.Equal(_before, _h.DataFingerprint());
        Assert.Null(_h.Store.Get("wb")!.LastError);
    }

    [Fact]
    public async Task Refresh_SameContentAgain_UnchangedWithoutImport()
    {
        var attempt = (await _h.RefreshAsync("wb")).Attempt;

        Assert.Equal(FeedOutcomes.Unchanged, attempt.Outcome);
        Assert.Equal(_before, _h.DataFingerprint());
        Assert.Equal(1, _h.Scalar("SELECT COUNT(*) FROM revisions"));
    }

    [Fact]
    public async Task Refresh_TooManyRequestsWithRetryAfter_WaitsAsToldThenSucceeds()
    {
        _h.Server.On(Page1,
            FixtureResponse.Empty(429, new Dictionary<string, string> { ["Retry-After"] = "1" }),
            FixtureResponse.Json(FeedHarness.FixtureText("wb-e2-p1.json")));
        _h.Server.On(Page2, FixtureResponse.Json(FeedHarness.FixtureText("wb-e2-p2.json")));
        var clock = Stopwatch.StartNew();

        var attempt = (await _h.RefreshAsync("wb")).Attempt;

        Assert.Equal(FeedOutcomes.Changed, attempt.Outcome);
        // The retry waited the second the server asked for, not the 20 ms backoff.
        Assert.True(clock.Elapsed >= TimeSpan.FromMilliseconds(950), $"retried after {clock.ElapsedMilliseconds} ms");
        Assert.Equal(2, _h.Server.Requests.Count(r => r.Query.EndsWith("page=1", StringComparison.Ordinal) && r.Header("If-None-Match") is not null));
    }

    [Fact]
    public async Task Refresh_TooManyRequestsEveryTime_FailsNamingTheStatusAfterTheRetries()
    {
        _h.Server.On(Page1, FixtureResponse.Empty(429, new Dictionary<string, string> { ["Retry-After"] = "0" }));

        await FailsAsync("429");

        // One request and two retries (Feeds:MaxRetries = 2), each conditional (the first refresh's was not).
        Assert.Equal(3, _h.Server.Requests.Count(r => r.Query.EndsWith("page=1", StringComparison.Ordinal) && r.Header("If-None-Match") == "\"e1\""));
    }

    [Fact]
    public async Task Refresh_ServerErrors_RetriedThenFailed()
    {
        _h.Server.On(Page1, FixtureResponse.Empty(503), FixtureResponse.Empty(502), FixtureResponse.Empty(500));

        await FailsAsync("failed on the server (500");
    }

    [Fact]
    public async Task Refresh_ServerErrorThenGood_RetriedAndApplied()
    {
        _h.Server.On(Page1, FixtureResponse.Empty(503), FixtureResponse.Json(FeedHarness.FixtureText("wb-e2-p1.json")));
        _h.Server.On(Page2, FixtureResponse.Json(FeedHarness.FixtureText("wb-e2-p2.json")));

        Assert.Equal(FeedOutcomes.Changed, (await _h.RefreshAsync("wb")).Attempt.Outcome);
        Assert.Equal(92.5, _h.Value("wdi-it-net-user-zs", "KAZ", "2022"));
    }

    [Fact]
    public async Task Refresh_NoAnswerInTime_TimedOutOnEveryAttempt()
    {
        _h.Server.On(Page1, new FixtureResponse(200, FeedHarness.Fixture("wb-e2-p1.json"), Delay: TimeSpan.FromSeconds(10)));

        await FailsAsync("no answer within 2 s (Feeds:AttemptTimeoutSeconds), 3 attempts");
    }

    [Fact]
    public async Task Refresh_WholeFetchTooLong_StoppedAtTheTimeout()
    {
        _h.Server.On(Page1, new FixtureResponse(200, FeedHarness.Fixture("wb-e2-p1.json"), Delay: TimeSpan.FromSeconds(10)));

        await FailsAsync("took longer than 1 s", TimeSpan.FromSeconds(1));
    }

    [Fact]
    public async Task Refresh_BodyBreaksOff_NothingRead()
    {
        _h.Server.On(Page1, new FixtureResponse(200, FeedHarness.Fixture("wb-e2-p1.json"), Truncate: true));

        await FailsAsync("broke off");
    }

    [Fact]
    public async Task Refresh_MalformedJson_NothingRead()
    {
        _h.Server.On(Page1, FixtureResponse.Json(FeedHarness.FixtureText("wb-e2-p1.json")[..200]));

        await FailsAsync("not valid JSON");
    }

    [Fact]
    public async Task Refresh_PagesDisagree_DataChangedWhileRead()
    {
        _h.Server.On(Page1, FixtureResponse.Json(FeedHarness.FixtureText("wb-e2-p1.json")));
        _h.Server.On(Page2, FixtureResponse.Json(FeedHarness.FixtureText("wb-e1-p2.json")));

        await FailsAsync("the pages disagree");
    }

    [Fact]
    public async Task Refresh_FewerRowsThanAnnounced_Refused()
    {
        _h.Server.On(Page1, FixtureResponse.Json(FeedHarness.FixtureText("wb-e2-p1.json").Replace("\"total\":5", "\"total\":6", StringComparison.Ordinal)));
        _h.Server.On(Page2, FixtureResponse.Json(FeedHarness.FixtureText("wb-e2-p2.json").Replace("\"total\":5", "\"total\":6", StringComparison.Ordinal)));

        await FailsAsync("held 5 rows, not the 6 the API announced");
    }

    [Fact]
    public async Task Refresh_ApiErrorMessage_Quoted()
    {
        _h.Server.On(Page1, FixtureResponse.Json(FeedHarness.FixtureText("wb-error.json")));

        await FailsAsync("the World Bank API refused the query: Invalid value: The provided parameter value is not valid (120)");
    }

    [Fact]
    public async Task Refresh_ValueNotANumber_Refused()
    {
        _h.Server.On(Page1, FixtureResponse.Json(FeedHarness.FixtureText("wb-e2-p1.json").Replace("92.5", "\"92.5\"", StringComparison.Ordinal)));
        _h.Server.On(Page2, FixtureResponse.Json(FeedHarness.FixtureText("wb-e2-p2.json")));

        await FailsAsync("\"92.5\" is not a number");
    }

    [Fact]
    public async Task Refresh_RedirectToAnotherHost_NotFollowed()
    {
        _h.Server.On(Page1, FixtureResponse.Empty(302, new Dictionary<string, string> { ["Location"] = "http://evil.example/v2/data.json" }));

        await FailsAsync("redirected to another host (evil.example)");
        Assert.DoesNotContain(_h.Server.Requests, r => r.Path.Contains("data.json", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Refresh_RedirectOnTheSameHost_Followed()
    {
        _h.Server.On(Page1, FixtureResponse.Empty(301, new Dictionary<string, string> { ["Location"] = "/moved/page1.json" }));
        _h.Server.On("/moved/page1.json", FixtureResponse.Json(FeedHarness.FixtureText("wb-e2-p1.json")));
        _h.Server.On(Page2, FixtureResponse.Json(FeedHarness.FixtureText("wb-e2-p2.json")));

        Assert.Equal(FeedOutcomes.Changed, (await _h.RefreshAsync("wb")).Attempt.Outcome);
        Assert.Equal(94, _h.Value("wdi-it-net-user-zs", "KAZ", "2023"));
    }

    [Fact]
    public async Task Refresh_NotFound_SaysCheckTheUrl()
    {
        _h.Server.On(Page1, FixtureResponse.Empty(404));

        await FailsAsync("does not exist (404");
    }

    [Fact]
    public async Task Refresh_FileWithValidationErrors_NothingChangedAndTheErrorsQuoted()
    {
        // A country code and name that disagree: the World Bank reader's own check refuses the file.
        _h.Server.On(Page1, FixtureResponse.Json(FeedHarness.FixtureText("wb-e2-p1.json").Replace("\"countryiso3code\":\"KAZ\"", "\"countryiso3code\":\"UZB\"", StringComparison.Ordinal)));
        _h.Server.On(Page2, FixtureResponse.Json(FeedHarness.FixtureText("wb-e2-p2.json")));

        await FailsAsync("errors: ");
    }
}

using System.Net;
using System.Text.Json;
using Dashboard.Data.Feeds;
using Dashboard.Data.Import.Store;
using Dashboard.Data.Queries;
using Dashboard.Tests.Support;

namespace Dashboard.Tests.Feeds;

/// <summary>
/// The history over the store's life: it survives a rebuild from data/, a bound dataset cannot be removed behind its
/// feed's back, a removal is recorded, and the claims record the data version that judged them and flag a claim whose
/// status a revision changed.
/// </summary>
public sealed class RevisionHistoryTests : IAsyncLifetime
{
    private const string Path = "/v2/country/KAZ;KGZ/indicator/IT.NET.USER.ZS";
    private const string Indicator = "wdi-it-net-user-zs";
    private FeedHarness _h = null!;

    public async Task InitializeAsync() => _h = await FeedHarness.StartAsync();

    public async Task DisposeAsync() => await _h.DisposeAsync();

    private async Task TwoEditionsAsync()
    {
        _h.Bind("wb", FeedKind.WorldBank, Path + "?format=json");
        _h.ServeWorldBank(Path, 1);
        await _h.RefreshAsync("wb");
        _h.Clock.Advance(TimeSpan.FromDays(30));
        _h.ServeWorldBank(Path, 2);
        await _h.RefreshAsync("wb");
    }

    [Fact]
    public async Task EnsureBuilt_DataFolderChanged_FeedsAttemptsAndRevisionsCarriedOver()
    {
        await TwoEditionsAsync();
        var before = (_h.Scalar("SELECT COUNT(*) FROM revision_changes"), _h.Scalar("SELECT COUNT(*) FROM revisions"), _h.Scalar("SELECT COUNT(*) FROM feed_attempts"));
        _h.Folder.AppendLine("entities.csv", "UZB,Uzbekistan,country,");

        var build = _h.Database.EnsureBuilt(_h.Folder.Path);

        Assert.True(build.Rebuilt);
        Assert.Equal((7L, 2L, 2L), before);
        Assert.Equal(before, (_h.Scalar("SELECT COUNT(*) FROM revision_changes"), _h.Scalar("SELECT COUNT(*) FROM revisions"), _h.Scalar("SELECT COUNT(*) FROM feed_attempts")));
        var feed = _h.Store.Get("wb")!;
        Assert.Equal(FeedOutcomes.Changed, feed.LastOutcome);
        Assert.NotNull(feed.LastChangeAt);
        // The kept file was re-applied without recording a revision of its own.
        Assert.Equal(92.5, _h.Value(Indicator, "KAZ", "2022"));
        var asOf = await new ObservationQueries(_h.Database).GetObservationsAsync(Indicator, new ObservationFilter { Entities = ["KAZ"], AsOf = _h.Clock.GetUtcNow().AddDays(-1) });
        Assert.Equal([("2021", 90.9), ("2022", 92.3)], asOf.Select(o => (o.Period, o.Value)).ToArray());
    }

    [Fact]
    public async Task Remove_DatasetBoundToAFeed_RefusedUntilTheFeedIsRemoved()
    {
        await TwoEditionsAsync();
        using var c = _h.Database.Open();

        var ex = Assert.Throws<InvalidOperationException>(() => DatasetRemoval.Remove(c, "wb"));

        Assert.Contains("bound to feed 'wb'", ex.Message, StringComparison.Ordinal);
        Assert.Equal(4, _h.Scalar("SELECT COUNT(*) FROM observations WHERE dataset_id = 'wb'"));
    }

    [Fact]
    public async Task Remove_DatasetWithAHistory_TheRemovalIsRecordedAndTheOldRowsStayReadableAsOf()
    {
        await TwoEditionsAsync();
        Assert.True(_h.Store.Remove("wb"));
        var removedAt = DateTimeOffset.UtcNow;
        using (var c = _h.Database.Open())
        {
            Assert.True(DatasetRemoval.Remove(c, "wb"));
        }

        Assert.Equal(4, _h.Scalar("SELECT removed FROM revisions ORDER BY id DESC LIMIT 1"));
        var asOf = await new ObservationQueries(_h.Database).GetObservationsAsync(Indicator, new ObservationFilter { AsOf = removedAt.AddSeconds(-5) });
        Assert.Equal(4, asOf.Count);
        Assert.Empty(await new ObservationQueries(_h.Database).GetObservationsAsync(Indicator, new ObservationFilter()));
    }

    [Fact]
    public async Task Claims_StatusChangedByARevision_DataVersionRecordedAndFlagged()
    {
        _h.Folder.AppendLine("indicators.csv", "feed-share,Feed share,%,economic,A share fetched by a feed.,line,0,100");
        _h.Folder.Write("claims.csv", """
            id,section,wording,cited_source,stated_value,unit,method,indicator,entity,counterpart,rival,title_contains,period,relation,tolerance,reading_of,basis_reason,explanation
            feed-share-kaz,§1,Kazakhstan's share is 92 %,paper,92,%,lookup,feed-share,KAZ,,,,2022,,0.5,,,Recomputed from the feed.
            """);
        _h.Database.EnsureBuilt(_h.Folder.Path);
        const string header = "indicator,entity,counterpart,period,period_as_stated,value,source,locator,basis,derived_from,note\n";
        _h.Server.On("/shares.csv",
            FixtureResponse.Csv(header + "feed-share,KAZ,,2022,,92.3,paper,table 1,derived,share of the total,\n"),
            FixtureResponse.Csv(header + "feed-share,KAZ,,2022,,95,paper,table 1,derived,share of the total,\n"));
        _h.Bind("shares", FeedKind.File, "/shares.csv");
        await _h.RefreshAsync("shares");
        _h.Clock.Advance(TimeSpan.FromDays(1));
        var second = (await _h.RefreshAsync("shares")).Attempt;
        Assert.Equal(FeedOutcomes.Changed, second.Outcome);

        var settings = new Dictionary<string, string?>(_h.Settings) { ["Feeds:Scheduled"] = "false" };
        using var app = new AdminAppFactory(databasePath: _h.DatabasePath, dataFolder: _h.Folder.Path, settings: settings);
        using var json = JsonDocument.Parse(await app.CreateClient().GetStringAsync("/api/claims"));
        var claim = json.RootElement.EnumerateArray().Single(c => c.GetProperty("claim").GetProperty("id").GetString() == "feed-share-kaz");
        Assert.Equal("diverges", claim.GetProperty("status").GetString());
        var judgement = claim.GetProperty("judgement");
        Assert.Equal("matches", judgement.GetProperty("previousStatus").GetString());
        Assert.Equal(second.RevisionId, judgement.GetProperty("revisionId").GetInt64());
        Assert.True(judgement.GetProperty("changedByRevision").GetBoolean());
        var version = judgement.GetProperty("dataVersion").GetString();
        Assert.Equal(1, _h.Scalar("SELECT COUNT(*) FROM claim_judgements WHERE claim_id = 'feed-share-kaz' AND status = 'Diverges' AND data_version = @version", new { version }));

        var (response, page) = await app.GetPageAsync("/claims");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var row = page.QuerySelector("tr#claim-feed-share-kaz")!;
        Assert.Equal("matches", row.QuerySelector(".status-changed")!.GetAttribute("data-was"));
        Assert.Contains("judged on data version " + version, row.TextContent, StringComparison.Ordinal);
    }
}

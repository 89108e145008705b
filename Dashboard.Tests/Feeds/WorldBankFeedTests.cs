using Dapper;
using Dashboard.Data.Feeds;
using Dashboard.Tests.Support;

namespace Dashboard.Tests.Feeds;

/// <summary>The World Bank API v2 connector against recorded-shape pages replayed on loopback, through the whole refresh.</summary>
public sealed class WorldBankFeedTests : IAsyncLifetime
{
    private const string Path = "/v2/country/KAZ;KGZ/indicator/IT.NET.USER.ZS";
    private const string Indicator = "wdi-it-net-user-zs";
    private FeedHarness _h = null!;

    public async Task InitializeAsync() => _h = await FeedHarness.StartAsync();

    public async Task DisposeAsync() => await _h.DisposeAsync();

    [Fact]
    public async Task Refresh_TwoPages_EveryRowReadThroughTheWorldBankReader()
    {
        _h.Bind("wb-internet", FeedKind.WorldBank, Path + "?format=json");
        _h.ServeWorldBank(Path, 1);

        var result = await _h.RefreshAsync("wb-internet");

        Assert.Equal(FeedOutcomes.Changed, result.Attempt.Outcome);
        Assert.Equal(["page=1", "page=2"], _h.Server.Requests.Select(r => r.Query.Split('&')[^1]).ToArray());
        Assert.Equal(92.3, _h.Value(Indicator, "KAZ", "2022"));
        Assert.Equal(90.9, _h.Value(Indicator, "KAZ", "2021"));
        Assert.Equal(78, _h.Value(Indicator, "KGZ", "2022"));
        Assert.Equal(77, _h.Value(Indicator, "KGZ", "2021"));
        // The null of 2023 is no value, and the aggregate (Europe & Central Asia) is no country.
        Assert.Equal(4, _h.Scalar("SELECT COUNT(*) FROM observations WHERE dataset_id = 'wb-internet'"));
        Assert.Equal("Last Updated 2026-04-08", result.Attempt.Edition);
        using var c = _h.Database.Open();
        Assert.Equal("% of population", c.ExecuteScalar<string>("SELECT unit FROM indicators WHERE id = @Indicator", new { Indicator }));
    }

    [Fact]
    public async Task Refresh_SecondEdition_RevisionTableHoldsExactlyTheRevisedAddedAndRemovedValues()
    {
        _h.Bind("wb-internet", FeedKind.WorldBank, Path + "?format=json");
        _h.ServeWorldBank(Path, 1);
        await _h.RefreshAsync("wb-internet");
        _h.Clock.Advance(new DateTimeOffset(2026, 11, 14, 6, 0, 0, TimeSpan.Zero) - _h.Clock.GetUtcNow());
        _h.ServeWorldBank(Path, 2);

        var result = await _h.RefreshAsync("wb-internet");

        Assert.Equal(FeedOutcomes.Changed, result.Attempt.Outcome);
        Assert.Equal("1 values revised, 1 added, 1 removed", result.Attempt.Detail);
        Assert.Equal(92.5, _h.Value(Indicator, "KAZ", "2022"));
        Assert.Equal(94, _h.Value(Indicator, "KAZ", "2023"));
        Assert.Null(_h.Value(Indicator, "KGZ", "2021"));
        using var c = _h.Database.Open();
        var changes = c.Query<(string Entity, string Period, string Change, double? Old, double? New)>("""
            SELECT rc.entity_code, rc.period, rc.change, rc.old_value, rc.new_value FROM revision_changes rc
            WHERE rc.revision_id = @id ORDER BY rc.change, rc.entity_code, rc.period
            """, new { id = result.Attempt.RevisionId }).ToList();
        Assert.Equal(
            [("KAZ", "2023", "added", null, 94.0), ("KAZ", "2022", "changed", 92.3, 92.5), ("KGZ", "2021", "removed", 77.0, null)],
            changes);
        var revision = c.QuerySingle<(string At, string Edition, string Origin, long First)>(
            "SELECT revised_at, edition, origin, first FROM revisions WHERE id = @id", new { id = result.Attempt.RevisionId });
        Assert.Equal(("2026-11-14T06:00:00.0000000Z", "Last Updated 2026-11-14", "wb-internet", 0L), revision);
    }
}

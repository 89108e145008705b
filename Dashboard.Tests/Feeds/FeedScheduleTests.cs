using Dashboard.Data.Feeds;
using Dashboard.Tests.Support;
using Dashboard.Web.Feeds;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace Dashboard.Tests.Feeds;

/// <summary>The schedule: when a feed is due, and the hosted service refreshing it on a clock the test moves.</summary>
public sealed class FeedScheduleTests
{
    private static readonly DateTimeOffset Start = new(2026, 4, 10, 6, 0, 0, TimeSpan.Zero);

    private static Feed Feed(FeedSchedule schedule, DateTimeOffset? last = null, string? outcome = null) => new()
    {
        Id = "f", Kind = FeedKind.File, Url = new Uri("https://example.org/a.csv"), Schedule = schedule, DatasetId = "f", CreatedAt = Start,
        LastAttemptAt = last, LastOutcome = outcome,
    };

    [Fact]
    public void DueAt_NeverTried_AtOnce() =>
        Assert.Equal(Start, FeedSchedules.DueAt(Feed(FeedSchedule.Monthly), TimeSpan.FromHours(1)));

    [Theory]
    [InlineData(FeedSchedule.Daily, "2026-04-11T06:00:00Z")]
    [InlineData(FeedSchedule.Weekly, "2026-04-17T06:00:00Z")]
    [InlineData(FeedSchedule.Monthly, "2026-05-10T06:00:00Z")]
    public void DueAt_AfterASuccess_OnePeriodLater(FeedSchedule schedule, string expected) =>
        Assert.Equal(DateTimeOffset.Parse(expected, System.Globalization.CultureInfo.InvariantCulture),
            FeedSchedules.DueAt(Feed(schedule, Start, FeedOutcomes.Changed), TimeSpan.FromHours(1)));

    [Fact]
    public void DueAt_AfterAFailure_TheRetryIntervalWhenSooner()
    {
        Assert.Equal(Start.AddHours(1), FeedSchedules.DueAt(Feed(FeedSchedule.Weekly, Start, FeedOutcomes.Failed), TimeSpan.FromHours(1)));
        Assert.Equal(Start.AddDays(1), FeedSchedules.DueAt(Feed(FeedSchedule.Daily, Start, FeedOutcomes.Failed), TimeSpan.FromDays(3)));
    }

    [Fact]
    public async Task Scheduler_DailyFeed_RefreshedAtOnceThenAgainADayLaterNotBefore()
    {
        await using var h = await FeedHarness.StartAsync();
        const string path = "/v2/country/KAZ;KGZ/indicator/IT.NET.USER.ZS";
        h.Bind("wb", FeedKind.WorldBank, path + "?format=json");
        h.ServeWorldBank(path, 1);
        var clock = new FakeTimeProvider(Start);
        var settings = new Dictionary<string, string?>(h.Settings) { ["Feeds:Scheduled"] = "true" };
        using var app = new AdminAppFactory(databasePath: h.DatabasePath, dataFolder: h.Folder.Path, settings: settings);
        using var timed = app.WithWebHostBuilder(b => b.ConfigureTestServices(s => s.AddSingleton<TimeProvider>(clock)));
        using var _ = timed.CreateClient();
        var scheduler = timed.Services.GetRequiredService<FeedScheduler>();

        await Poll.UntilAsync(() => h.Store.Attempts("wb").Count == 1 && scheduler.NextWake is not null, "the first scheduled refresh");
        Assert.True(h.Store.Attempts("wb")[0].Outcome == FeedOutcomes.Changed, h.Store.Attempts("wb")[0].Detail);
        Assert.Equal("schedule", h.Store.Attempts("wb")[0].Trigger);
        // It sleeps at most an hour (a feed bound by the command line in another process is seen within it).
        Assert.Equal(Start.AddHours(1), scheduler.NextWake);

        h.ServeWorldBank(path, 2);
        clock.Advance(TimeSpan.FromHours(23));
        await Poll.UntilAsync(() => scheduler.NextWake == Start.AddDays(1), "the look an hour before the feed is due");
        Assert.Single(h.Store.Attempts("wb"));

        clock.Advance(TimeSpan.FromHours(1));
        await Poll.UntilAsync(() => h.Store.Attempts("wb").Count == 2, "the refresh a day later");
        var second = h.Store.Attempts("wb")[0];
        Assert.Equal(FeedOutcomes.Changed, second.Outcome);
        Assert.Equal("2026-04-11T06:00:00.0000000Z", second.StartedAt);
        Assert.Equal(92.5, h.Value("wdi-it-net-user-zs", "KAZ", "2022"));
    }
}

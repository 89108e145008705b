using Dashboard.Data.Feeds;
using Microsoft.Extensions.Options;

namespace Dashboard.Web.Feeds;

/// <summary>
/// The schedule: a background service that refreshes the feed that is due (one at a time, through
/// <see cref="FeedRunner"/>), then sleeps until the next one is due (at most an hour, so a feed bound by the command
/// line in another process is seen), or until a feed is bound or removed here. Time comes from the injected
/// <see cref="TimeProvider"/>, so tests move it. Without feeds it fetches nothing.
/// </summary>
public sealed class FeedScheduler(FeedRunner runner, IOptions<FeedOptions> options, TimeProvider clock) : BackgroundService
{
    /// <summary>The longest sleep: feeds added by another process are noticed within it.</summary>
    public static readonly TimeSpan MaxSleep = TimeSpan.FromHours(1);

    private readonly Dictionary<string, DateTimeOffset> _notBefore = new(StringComparer.Ordinal);

    /// <summary>When the schedule next looks at the feeds (null before its first look); for status and tests.</summary>
    public DateTimeOffset? NextWake { get; private set; }

    /// <summary>How many times the schedule has looked at the feeds.</summary>
    public int Passes { get; private set; }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!options.Value.Scheduled)
        {
            return;
        }

        // Let the host finish starting before the first read of the store.
        await Task.Yield();
        var retry = TimeSpan.FromMinutes(options.Value.RetryFailedAfterMinutes);
        while (!stoppingToken.IsCancellationRequested)
        {
            var now = clock.GetUtcNow();
            var due = runner.Store.List()
                .Select(f => (Feed: f, At: Later(FeedSchedules.DueAt(f, retry), _notBefore.GetValueOrDefault(f.Id))))
                .OrderBy(d => d.At)
                .FirstOrDefault();
            Passes++;
            if (due.Feed is not null && due.At <= now)
            {
                // An attempt that could not even be recorded must not make a loop: the feed waits a while.
                _notBefore[due.Feed.Id] = now + retry;
                await runner.RefreshAsync(due.Feed.Id, "schedule", stoppingToken);
                continue;
            }

            var wait = due.Feed is null || due.At - now > MaxSleep ? MaxSleep : due.At - now;
            NextWake = now + wait;
            var wake = runner.WakeTask();
            await Task.WhenAny(Task.Delay(wait, clock, stoppingToken), wake).WaitAsync(stoppingToken);
        }
    }

    private static DateTimeOffset Later(DateTimeOffset a, DateTimeOffset b) => a > b ? a : b;
}

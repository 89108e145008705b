using Dashboard.Data;
using Dashboard.Data.Feeds;
using Dashboard.Web.Text;
using Microsoft.Extensions.Options;

namespace Dashboard.Web.Feeds;

/// <summary>
/// Runs refreshes one at a time, for the schedule (<see cref="FeedScheduler"/>) and the admin's "Refresh now": a
/// refresh that is asked for while another runs waits for it. The boundary of background work: whatever goes wrong
/// is recorded as a failed attempt and logged, never left unsaid.
/// </summary>
public sealed partial class FeedRunner(Database database, IHttpClientFactory http, IOptions<FeedOptions> options, TimeProvider clock,
    ILogger<FeedRunner> logger, IHostApplicationLifetime lifetime) : IDisposable
{
    private readonly SemaphoreSlim _one = new(1, 1);
    private readonly Lock _gate = new();
    private TaskCompletionSource _wake = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private string? _running;

    /// <summary>The feed being refreshed now, if any.</summary>
    public string? Running => _running;

    public FeedStore Store => new(database);

    /// <summary>Refreshes a feed (waiting for one that runs); null when there is no such feed.</summary>
    public async Task<FeedRefreshResult?> RefreshAsync(string feedId, string trigger, CancellationToken ct)
    {
        await _one.WaitAsync(ct);
        var started = clock.GetUtcNow();
        Feed? feed = null;
        try
        {
            feed = Store.Get(feedId);
            if (feed is null)
            {
                return null;
            }

            _running = feedId;
            var o = options.Value;
            var refresher = new FeedRefresher(database, FeedConnectors.All, clock);
            var result = await refresher.RefreshAsync(feed, FeedHttpRegistration.Create(http, o), trigger, TimeSpan.FromSeconds(o.TimeoutSeconds), ct);
            LogAttempt(logger, LogText.Escape(feedId), result.Attempt.Outcome, LogText.Escape(result.Attempt.Detail ?? ""));
            return result;
        }
        catch (OperationCanceledException) when (ct.IsCancellationRequested)
        {
            throw;
        }
#pragma warning disable CA1031 // The boundary of a background refresh: any failure is recorded as the attempt's outcome.
        catch (Exception ex) when (feed is not null)
#pragma warning restore CA1031
        {
            LogFailed(logger, ex, LogText.Escape(feedId));
            var attempt = FeedRefresher.RecordFailure(database, feed, started, clock.GetUtcNow(), trigger,
                $"the refresh stopped unexpectedly ({ex.GetType().Name}: {ex.Message}); nothing changed");
            return new FeedRefreshResult(attempt, null);
        }
        finally
        {
            _running = null;
            _one.Release();
        }
    }

    /// <summary>Starts a refresh in the background ("Refresh now"); false when there is no such feed.</summary>
    public bool Start(string feedId, string trigger)
    {
        if (Store.Get(feedId) is null)
        {
            return false;
        }

        _ = Task.Run(async () =>
        {
            try
            {
                await RefreshAsync(feedId, trigger, lifetime.ApplicationStopping);
            }
            catch (OperationCanceledException)
            {
                // The app is stopping: the attempt is not recorded; the schedule tries again after the restart.
            }
        });
        return true;
    }

    /// <summary>Tells the schedule to look at the feeds again (one was added or removed).</summary>
    public void Wake()
    {
        lock (_gate)
        {
            _wake.TrySetResult();
        }
    }

    /// <summary>Completes at the next <see cref="Wake"/>.</summary>
    public Task WakeTask()
    {
        lock (_gate)
        {
            if (_wake.Task.IsCompleted)
            {
                _wake = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            }

            return _wake.Task;
        }
    }

    public void Dispose() => _one.Dispose();

    [LoggerMessage(Level = LogLevel.Information, Message = "Feed {FeedId} refreshed: {Outcome}: {Detail}")]
    private static partial void LogAttempt(ILogger logger, string feedId, string outcome, string detail);

    [LoggerMessage(Level = LogLevel.Error, Message = "Feed {FeedId}: the refresh stopped unexpectedly")]
    private static partial void LogFailed(ILogger logger, Exception ex, string feedId);
}

using System.Threading.RateLimiting;
using Microsoft.Extensions.Options;

namespace Dashboard.Web.Charts.Rendering;

/// <summary>
/// Bounds rendering (<see cref="RenderLimitOptions"/>): a slot per render and a pixel budget, so memory in flight is at
/// most about <see cref="RenderLimitOptions.PixelBudget"/> × 4 bytes whatever the traffic, and a slot per briefing
/// pack. Waiters queue (oldest first) until the queue wait runs out, then get <see cref="RenderBusyException"/>.
/// Everything else (pages, the API, <c>/healthz</c>) never waits here.
/// </summary>
public sealed class RenderGate : IDisposable
{
    private readonly RenderLimitOptions _options;
    private readonly TimeProvider _clock;
    private readonly ConcurrencyLimiter _renders;
    private readonly ConcurrencyLimiter _pixels;
    private readonly ConcurrencyLimiter _packs;

    public RenderGate(IOptions<RenderLimitOptions> options, TimeProvider clock)
    {
        _options = options.Value;
        _clock = clock;
        _renders = Limiter(_options.MaxConcurrentRenders, _options.MaxQueuedRenders);

        // The slots bound how many wait for pixels, so this queue needs no limit of its own.
        _pixels = Limiter(PixelPermits(_options.PixelBudget), int.MaxValue);
        _packs = Limiter(_options.MaxConcurrentPacks, _options.MaxQueuedPacks);
    }

    /// <summary>Pixels reserved by renders drawing now.</summary>
    public long PixelsInFlight => PixelPermits(_options.PixelBudget) - (_pixels.GetStatistics()?.CurrentAvailablePermits ?? 0);

    /// <summary>Renders waiting for a slot now.</summary>
    public long RendersWaitingForSlot => _renders.GetStatistics()?.CurrentQueuedCount ?? 0;

    /// <summary>Pixels asked for by renders that have a slot and wait for the budget.</summary>
    public long PixelsWaiting => _pixels.GetStatistics()?.CurrentQueuedCount ?? 0;

    /// <summary>Briefing packs waiting for a slot now.</summary>
    public long PacksWaiting => _packs.GetStatistics()?.CurrentQueuedCount ?? 0;

    /// <summary>A render slot and <paramref name="pixels"/> of the budget; dispose to give both back.</summary>
    public async Task<IDisposable> EnterRenderAsync(long pixels, CancellationToken ct)
    {
        using var wait = StartWait(ct);
        var slot = await AcquireAsync(_renders, 1, "render", wait.Token, ct);
        try
        {
            var reserved = await AcquireAsync(_pixels, PixelPermits(Math.Min(pixels, _options.PixelBudget)), "render", wait.Token, ct);
            return new Leases(slot, reserved);
        }
        catch
        {
            slot.Dispose();
            throw;
        }
    }

    /// <summary>A briefing-pack slot; dispose to give it back. Its renders still take render slots one at a time.</summary>
    public async Task<IDisposable> EnterPackAsync(CancellationToken ct)
    {
        using var wait = StartWait(ct);
        return await AcquireAsync(_packs, 1, "briefing pack", wait.Token, ct);
    }

    public void Dispose()
    {
        _renders.Dispose();
        _pixels.Dispose();
        _packs.Dispose();
    }

    /// <summary>Permits are ints; the option is validated to fit, this only guards the conversion.</summary>
    private static int PixelPermits(long pixels) => (int)Math.Clamp(pixels, 1, int.MaxValue);

    private static ConcurrencyLimiter Limiter(int permits, int queue) => new(new ConcurrencyLimiterOptions
    {
        PermitLimit = Math.Max(1, permits),
        QueueLimit = Math.Max(0, queue),
        QueueProcessingOrder = QueueProcessingOrder.OldestFirst,
    });

    private WaitLimit StartWait(CancellationToken ct) =>
        new(_options.QueueWaitMilliseconds >= 0 ? TimeSpan.FromMilliseconds(_options.QueueWaitMilliseconds) : null, _clock, ct);

    private async Task<RateLimitLease> AcquireAsync(ConcurrencyLimiter limiter, int permits, string what, CancellationToken wait, CancellationToken request)
    {
        RateLimitLease lease;
        try
        {
            lease = await limiter.AcquireAsync(permits, wait);
        }
        catch (OperationCanceledException) when (!request.IsCancellationRequested)
        {
            throw Busy(what, "waited too long for a free slot");
        }

        if (lease.IsAcquired)
        {
            return lease;
        }

        lease.Dispose();
        throw Busy(what, "the queue is full");
    }

    private RenderBusyException Busy(string what, string why) =>
        new($"The server is busy drawing other charts ({what}: {why}); try again in {_options.RetryAfterSeconds} s.", _options.RetryAfterSeconds);

    /// <summary>The request's token, cancelled also when the queue wait (measured on the clock) runs out.</summary>
    private sealed class WaitLimit : IDisposable
    {
        private readonly CancellationTokenSource _timeout;
        private readonly CancellationTokenSource _linked;

        public WaitLimit(TimeSpan? limit, TimeProvider clock, CancellationToken request)
        {
            _timeout = limit is { } l ? new CancellationTokenSource(l, clock) : new CancellationTokenSource();
            _linked = CancellationTokenSource.CreateLinkedTokenSource(request, _timeout.Token);
        }

        public CancellationToken Token => _linked.Token;

        public void Dispose()
        {
            _linked.Dispose();
            _timeout.Dispose();
        }
    }

    private sealed class Leases(RateLimitLease slot, RateLimitLease pixels) : IDisposable
    {
        public void Dispose()
        {
            pixels.Dispose();
            slot.Dispose();
        }
    }
}

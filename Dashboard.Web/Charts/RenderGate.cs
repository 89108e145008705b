using System.Threading.RateLimiting;
using Microsoft.Extensions.Options;

namespace Dashboard.Web.Charts;

/// <summary>
/// Bounds rendering (<see cref="RenderLimitOptions"/>): a slot per render and a pixel budget, so memory in flight is at
/// most about <see cref="RenderLimitOptions.PixelBudget"/> × 4 bytes whatever the traffic, and a slot per briefing
/// pack. Waiters queue (oldest first) until the queue wait runs out, then get <see cref="RenderBusyException"/>.
/// Everything else (pages, the API, <c>/healthz</c>) never waits here.
/// </summary>
public sealed class RenderGate : IDisposable
{
    private readonly RenderLimitOptions _options;
    private readonly ConcurrencyLimiter _renders;
    private readonly ConcurrencyLimiter _pixels;
    private readonly ConcurrencyLimiter _packs;

    public RenderGate(IOptions<RenderLimitOptions> options)
    {
        _options = options.Value;
        _renders = Limiter(_options.MaxConcurrentRenders, _options.MaxQueuedRenders);

        // The slots bound how many wait for pixels, so this queue needs no limit of its own.
        _pixels = Limiter(PixelPermits(_options.PixelBudget), int.MaxValue);
        _packs = Limiter(_options.MaxConcurrentPacks, _options.MaxQueuedPacks);
    }

    /// <summary>Pixels reserved by renders drawing now.</summary>
    public long PixelsInFlight => PixelPermits(_options.PixelBudget) - (_pixels.GetStatistics()?.CurrentAvailablePermits ?? 0);

    /// <summary>A render slot and <paramref name="pixels"/> of the budget; dispose to give both back.</summary>
    public async Task<IDisposable> EnterRenderAsync(long pixels, CancellationToken ct)
    {
        using var wait = WaitLimit(ct);
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
        using var wait = WaitLimit(ct);
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

    private CancellationTokenSource WaitLimit(CancellationToken ct)
    {
        var wait = CancellationTokenSource.CreateLinkedTokenSource(ct);
        if (_options.QueueWaitMilliseconds >= 0)
        {
            wait.CancelAfter(_options.QueueWaitMilliseconds);
        }

        return wait;
    }

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

    private sealed class Leases(RateLimitLease slot, RateLimitLease pixels) : IDisposable
    {
        public void Dispose()
        {
            pixels.Dispose();
            slot.Dispose();
        }
    }
}

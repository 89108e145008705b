using Dashboard.Tests.Support;
using Dashboard.Web.Charts;
using Dashboard.Web.Charts.Rendering;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace Dashboard.Tests.Charts;

/// <summary>The queue wait runs on a fake clock: a waiter is seen waiting in its queue, then time moves by the test's hand.</summary>
public sealed class RenderGateTests
{
    private readonly FakeTimeProvider _clock = new();

    private RenderGate Gate(int renders = 1, long pixels = 1_000, int queue = 8, int packs = 1, int waitMs = 200) =>
        new(Options.Create(new RenderLimitOptions
        {
            MaxConcurrentRenders = renders,
            PixelBudget = pixels,
            MaxQueuedRenders = queue,
            MaxConcurrentPacks = packs,
            MaxQueuedPacks = queue,
            QueueWaitMilliseconds = waitMs,
            RetryAfterSeconds = 7,
        }), _clock);

    private static Task QueuedAsync(RenderGate gate) =>
        Poll.UntilAsync(() => gate.RendersWaitingForSlot + gate.PixelsWaiting + gate.PacksWaiting > 0, "a request waiting at the gate");

    [Fact]
    public async Task EnterRenderAsync_AllSlotsTaken_WaitsThenThrowsBusyWithRetryAfter()
    {
        using var gate = Gate(renders: 1);
        using var held = await gate.EnterRenderAsync(10, CancellationToken.None);

        var waiting = gate.EnterRenderAsync(10, CancellationToken.None);
        await QueuedAsync(gate);
        _clock.Advance(TimeSpan.FromMilliseconds(199));
        Assert.False(waiting.IsCompleted);
        _clock.Advance(TimeSpan.FromMilliseconds(1));
        var busy = await Assert.ThrowsAsync<RenderBusyException>(() => waiting.WaitAsync(TimeSpan.FromSeconds(30)));

        Assert.Equal(7, busy.RetryAfterSeconds);
        Assert.Contains("waited too long", busy.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task EnterRenderAsync_QueueFull_ThrowsBusyAtOnce()
    {
        using var gate = Gate(renders: 1, queue: 0, waitMs: 60_000);
        using var held = await gate.EnterRenderAsync(10, CancellationToken.None);

        var busy = await Assert.ThrowsAsync<RenderBusyException>(() => gate.EnterRenderAsync(10, CancellationToken.None).WaitAsync(TimeSpan.FromSeconds(30)));

        Assert.Contains("queue is full", busy.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task EnterRenderAsync_SlotFreedWhileQueued_Enters()
    {
        using var gate = Gate(renders: 1, waitMs: 30_000);
        var held = await gate.EnterRenderAsync(10, CancellationToken.None);

        var waiting = gate.EnterRenderAsync(10, CancellationToken.None);
        Assert.False(waiting.IsCompleted);
        held.Dispose();

        using var entered = await waiting.WaitAsync(TimeSpan.FromSeconds(30));
        Assert.Equal(10, gate.PixelsInFlight);
    }

    [Fact]
    public async Task EnterRenderAsync_RendersWithinBudget_DrawTogether()
    {
        using var gate = Gate(renders: 4, pixels: 1_000);

        using var first = await gate.EnterRenderAsync(600, CancellationToken.None);
        using var second = await gate.EnterRenderAsync(400, CancellationToken.None);

        Assert.Equal(1_000, gate.PixelsInFlight);
    }

    [Fact]
    public async Task EnterRenderAsync_BigRenderOverBudget_WaitsForPixelsThoughSlotsAreFree()
    {
        using var gate = Gate(renders: 4, pixels: 1_000, waitMs: 30_000);
        var small = await gate.EnterRenderAsync(600, CancellationToken.None);

        var big = gate.EnterRenderAsync(600, CancellationToken.None);
        await QueuedAsync(gate);
        Assert.False(big.IsCompleted);
        Assert.Equal(600, gate.PixelsInFlight);

        small.Dispose();
        using var entered = await big.WaitAsync(TimeSpan.FromSeconds(30));
        Assert.Equal(600, gate.PixelsInFlight);
    }

    [Fact]
    public async Task EnterRenderAsync_NoWaitLimit_WaitsLongerThanTheWebWaitAndEnters()
    {
        using var gate = Gate(renders: 1, waitMs: -1);
        var held = await gate.EnterRenderAsync(10, CancellationToken.None);

        var waiting = gate.EnterRenderAsync(10, CancellationToken.None);
        await QueuedAsync(gate);
        _clock.Advance(TimeSpan.FromHours(1));
        Assert.False(waiting.IsCompleted);
        held.Dispose();

        using var entered = await waiting.WaitAsync(TimeSpan.FromSeconds(30));
    }

    [Fact]
    public async Task EnterRenderAsync_RequestAborted_ThrowsCancelledNotBusy()
    {
        using var gate = Gate(renders: 1, waitMs: 30_000);
        using var held = await gate.EnterRenderAsync(10, CancellationToken.None);
        using var aborted = new CancellationTokenSource();

        var waiting = gate.EnterRenderAsync(10, aborted.Token);
        await aborted.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => waiting);
    }

    [Fact]
    public async Task EnterPackAsync_PackSlotTaken_ThrowsBusyWhileRendersStillEnter()
    {
        using var gate = Gate(renders: 1, packs: 1);
        using var pack = await gate.EnterPackAsync(CancellationToken.None);

        var second = gate.EnterPackAsync(CancellationToken.None);
        await QueuedAsync(gate);
        _clock.Advance(TimeSpan.FromMilliseconds(200));
        await Assert.ThrowsAsync<RenderBusyException>(() => second.WaitAsync(TimeSpan.FromSeconds(30)));
        using var render = await gate.EnterRenderAsync(10, CancellationToken.None).WaitAsync(TimeSpan.FromSeconds(30));
    }
}

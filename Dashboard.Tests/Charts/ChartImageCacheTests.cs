using Dashboard.Web.Charts;
using Dashboard.Web.Charts.Rendering;
using Dashboard.Web.Charts.Selection;
using Microsoft.Extensions.Options;

namespace Dashboard.Tests.Charts;

public sealed class ChartImageCacheTests
{
    private static RenderedChart File(int bytes) => new(new byte[bytes], "image/png", "x.png");

    [Fact]
    public void Set_EntryLargerThanBound_NotKept()
    {
        using var cache = new ChartImageCache(Options.Create(new ChartOptions { CacheSizeBytes = 10_000 }));

        cache.Set("big", File(20_000));

        Assert.False(cache.TryGet("big", out _));
    }

    [Fact]
    public void Set_WithinBound_KeptAndServed()
    {
        using var cache = new ChartImageCache(Options.Create(new ChartOptions { CacheSizeBytes = 10_000 }));

        cache.Set("a", File(3_000));
        cache.Set("b", File(3_000));

        Assert.True(cache.TryGet("a", out var a));
        Assert.Equal(3_000, a.Bytes.Length);
        Assert.True(cache.TryGet("b", out _));
    }

    [Fact]
    public void Set_BeyondBound_TotalNeverExceedsIt()
    {
        using var cache = new ChartImageCache(Options.Create(new ChartOptions { CacheSizeBytes = 10_000 }));

        for (var i = 0; i < 20; i++)
        {
            cache.Set("k" + i, File(3_000));
        }

        // Each entry counts its bytes plus 256 of bookkeeping: at most three fit in 10,000.
        Assert.InRange(cache.Count, 1, 3);
    }

    [Fact]
    public void SizeBytes_ManyEntriesBeyondBound_CountsEntriesAndStaysWithinLimit()
    {
        using var cache = new ChartImageCache(Options.Create(new ChartOptions { CacheSizeBytes = 10_000 }));

        cache.Set("a", File(3_000));
        Assert.Equal(3_256, cache.SizeBytes);
        for (var i = 0; i < 50; i++)
        {
            cache.Set("k" + i, File(3_000));
            Assert.InRange(cache.SizeBytes, 0, cache.SizeLimit);
        }
    }
}

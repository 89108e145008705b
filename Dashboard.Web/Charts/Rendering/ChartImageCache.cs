using Dashboard.Web.Charts.Selection;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.Options;

namespace Dashboard.Web.Charts.Rendering;

/// <summary>
/// Rendered chart files in memory, keyed by ETag, bounded in bytes (<see cref="ChartOptions.CacheSizeBytes"/>); a
/// private <see cref="MemoryCache"/> so the bound counts only chart bytes and evicts least recently used entries.
/// </summary>
public sealed class ChartImageCache : IDisposable
{
    private readonly MemoryCache _cache;

    public ChartImageCache(IOptions<ChartOptions> options)
    {
        SizeLimit = Math.Max(1, options.Value.CacheSizeBytes);
        _cache = new MemoryCache(new MemoryCacheOptions { SizeLimit = SizeLimit, CompactionPercentage = 0.25, TrackStatistics = true });
    }

    /// <summary>The configured bound in bytes (<see cref="ChartOptions.CacheSizeBytes"/>).</summary>
    public long SizeLimit { get; }

    /// <summary>Bytes held now, as counted against <see cref="SizeLimit"/> (file bytes plus a fixed overhead per entry).</summary>
    public long SizeBytes => _cache.GetCurrentStatistics()?.CurrentEstimatedSize ?? 0;

    public bool TryGet(string key, out RenderedChart chart) => _cache.TryGetValue(key, out chart!);

    public void Set(string key, RenderedChart chart) =>
        _cache.Set(key, chart, new MemoryCacheEntryOptions { Size = chart.Bytes.LongLength + 256, SlidingExpiration = TimeSpan.FromHours(6) });

    public long Count => _cache.Count;

    public void Dispose() => _cache.Dispose();
}

using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.Options;

namespace Dashboard.Web.Charts;

/// <summary>
/// Rendered chart files in memory, keyed by ETag, bounded in bytes (<see cref="ChartOptions.CacheSizeBytes"/>); a
/// private <see cref="MemoryCache"/> so the bound counts only chart bytes and evicts least recently used entries.
/// </summary>
public sealed class ChartImageCache : IDisposable
{
    private readonly MemoryCache _cache;

    public ChartImageCache(IOptions<ChartOptions> options)
    {
        _cache = new MemoryCache(new MemoryCacheOptions { SizeLimit = Math.Max(1, options.Value.CacheSizeBytes), CompactionPercentage = 0.25 });
    }

    public bool TryGet(string key, out RenderedChart chart) => _cache.TryGetValue(key, out chart!);

    public void Set(string key, RenderedChart chart) =>
        _cache.Set(key, chart, new MemoryCacheEntryOptions { Size = chart.Bytes.LongLength + 256, SlidingExpiration = TimeSpan.FromHours(6) });

    public long Count => _cache.Count;

    public void Dispose() => _cache.Dispose();
}

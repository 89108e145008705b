using Microsoft.AspNetCore.OutputCaching;

namespace Dashboard.Web.Caching;

/// <summary>
/// Evicts the cached data pages when a request sees a new data version. Correctness does not depend on it (every
/// cache key holds the version, so an old page is never served for new data); it frees the old pages' memory at once
/// instead of leaving them to expire.
/// </summary>
public sealed class DataVersionWatch(IOutputCacheStore store)
{
    private string? _last;

    public ValueTask ObserveAsync(string dataVersion, CancellationToken ct)
    {
        var previous = Interlocked.Exchange(ref _last, dataVersion);
        return previous is not null && previous != dataVersion
            ? store.EvictByTagAsync(DataPageAttribute.Tag, ct)
            : ValueTask.CompletedTask;
    }
}

using Dashboard.Web.Caching;
using Microsoft.AspNetCore.OutputCaching;

namespace Dashboard.Tests.Caching;

public sealed class DataVersionWatchTests
{
    [Fact]
    public async Task ObserveAsync_FirstSameThenNewVersion_EvictsThePagesOnceOnTheChange()
    {
        var store = new RecordingStore();
        var watch = new DataVersionWatch(store);

        await watch.ObserveAsync("a", default);
        await watch.ObserveAsync("a", default);
        Assert.Empty(store.Evicted);

        await watch.ObserveAsync("b", default);
        await watch.ObserveAsync("b", default);

        Assert.Equal([DataPageAttribute.Tag], store.Evicted);
    }

    private sealed class RecordingStore : IOutputCacheStore
    {
        public List<string> Evicted { get; } = [];

        public ValueTask EvictByTagAsync(string tag, CancellationToken cancellationToken)
        {
            Evicted.Add(tag);
            return ValueTask.CompletedTask;
        }

        public ValueTask<byte[]?> GetAsync(string key, CancellationToken cancellationToken) => ValueTask.FromResult<byte[]?>(null);

        public ValueTask SetAsync(string key, byte[] value, string[]? tags, TimeSpan validFor, CancellationToken cancellationToken) => ValueTask.CompletedTask;
    }
}

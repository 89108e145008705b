using Dashboard.Data;
using Dashboard.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace Dashboard.Tests.Pages;

/// <summary>
/// How often a page reads the store: each read is one connection (<see cref="Database.ConnectionsOpened"/>), a chart's
/// read one snapshot. Each request goes to a fresh host, so no output cache answers it.
/// </summary>
public sealed class StoreReadsTests
{
    private static async Task<long> ReadsAsync(string url)
    {
        using var factory = new DashboardFactory();
        using var client = factory.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        (await client.GetAsync(new Uri("/healthz", UriKind.Relative))).EnsureSuccessStatusCode();
        var database = factory.Services.GetRequiredService<Database>();
        var before = database.ConnectionsOpened;

        var response = await client.GetAsync(new Uri(url, UriKind.Relative));

        Assert.True(response.StatusCode == System.Net.HttpStatusCode.OK, $"{url}: {(int)response.StatusCode} {response.Headers.Location}");
        return database.ConnectionsOpened - before;
    }

    [Theory]
    [InlineData("/compare")]
    [InlineData("/compare?indicator=top500-systems&entities=CHN,RUS,USA&from=2010-06")]
    [InlineData("/compare?indicator=external-debt-share-china-bilateral&to=2019&kind=map")]
    public async Task Get_Compare_AtMostFourStoreReads(string url)
    {
        var reads = await ReadsAsync(url);

        Assert.InRange(reads, 1, 4);
    }

    [Theory]
    [InlineData("/indicators/top500-systems")]
    [InlineData("/indicators/external-debt-share-china-bilateral?kind=map")]
    [InlineData("/embed/top500-systems?entities=CHN,RUS")]
    public async Task Get_ChartPage_OneStoreReadBesidesTheDataVersion(string url)
    {
        var reads = await ReadsAsync(url);

        // The chart's one snapshot, and the data version the page cache keys on.
        Assert.InRange(reads, 1, 2);
    }
}

using System.Net;
using Dashboard.Tests.Support;

namespace Dashboard.Tests.Endpoints;

/// <summary>The chart endpoint answers cache hits without looking the indicator up again; these keep that safe.</summary>
public sealed class ChartEndpointsCacheTests
{
    private const string Url = "/charts/top500-systems.svg?entities=CHN,RUS";

    [Fact]
    public async Task Get_DataChangedByAnotherConnectionAfterCaching_NewETagAndFreshFile()
    {
        using var factory = new DashboardFactory();
        using var client = factory.CreateClient();
        using var first = await client.GetAsync(new Uri(Url, UriKind.Relative));
        using var cached = await client.GetAsync(new Uri(Url, UriKind.Relative));
        Assert.Equal(first.Headers.ETag, cached.Headers.ETag);

        // As an import by the CLI in another process would: a new data version, committed outside the app.
        factory.ChangeDataVersionElsewhere("changed-elsewhere");

        using var after = await client.GetAsync(new Uri(Url, UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, after.StatusCode);
        Assert.NotEqual(first.Headers.ETag, after.Headers.ETag);
    }

    [Fact]
    public async Task Get_UnknownEntityNextToCachedKnownOnes_Still400()
    {
        using var factory = new DashboardFactory();
        using var client = factory.CreateClient();
        using var known = await client.GetAsync(new Uri(Url, UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, known.StatusCode);

        using var unknown = await client.GetAsync(new Uri("/charts/top500-systems.svg?entities=CHN,RUS,ZZZ", UriKind.Relative));
        using var unknownIndicator = await client.GetAsync(new Uri("/charts/top500-systemz.svg?entities=CHN,RUS", UriKind.Relative));

        Assert.Equal(HttpStatusCode.BadRequest, unknown.StatusCode);
        Assert.Contains("ZZZ", await unknown.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, unknownIndicator.StatusCode);
    }
}

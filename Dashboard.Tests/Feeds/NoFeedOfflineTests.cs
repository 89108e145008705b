using System.Net;
using Dashboard.Tests.Support;
using Dashboard.Web.Feeds;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Http;

namespace Dashboard.Tests.Feeds;

/// <summary>With no feed bound, the app opens no outbound connection: every HTTP client it could make fails the test.</summary>
public sealed class NoFeedOfflineTests
{
    private sealed class FailingHandler : HttpMessageHandler
    {
        public int Calls;

        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            Interlocked.Increment(ref Calls);
            throw new InvalidOperationException("outbound request to " + request.RequestUri);
        }
    }

    [Fact]
    public async Task App_NoFeedBound_NoOutboundRequestWhileServingAndScheduling()
    {
        var failing = new FailingHandler();
        using var app = new DashboardFactory();
        using var guarded = app.WithWebHostBuilder(b => b.ConfigureTestServices(s =>
            s.ConfigureAll<HttpClientFactoryOptions>(o => o.HttpMessageHandlerBuilderActions.Add(builder => builder.PrimaryHandler = failing))));
        var client = guarded.CreateClient();
        var scheduler = guarded.Services.GetRequiredService<FeedScheduler>();

        foreach (var path in new[] { "/", "/indicators/top500-systems", "/claims", "/api/indicators", "/charts/top500-systems.png" })
        {
            Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(path)).StatusCode);
        }

        // The schedule has looked at the (empty) list of feeds and gone to sleep for the longest time.
        await Poll.UntilAsync(() => scheduler.NextWake is not null, "the schedule's first look");
        Assert.True(scheduler.Passes >= 1);
        Assert.Equal(0, failing.Calls);

        // The guard itself works: a client of the factory would have hit it.
        var factory = guarded.Services.GetRequiredService<IHttpClientFactory>();
        await Assert.ThrowsAsync<InvalidOperationException>(() => factory.CreateClient(FeedHttpRegistration.ClientName).GetAsync(new Uri("https://api.worldbank.org/")));
        Assert.Equal(1, failing.Calls);
    }
}

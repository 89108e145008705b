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

    [Fact]
    public void ProductTree_NetworkTypes_OnlyInTheFeedClient()
    {
        // The test above guards the clients of IHttpClientFactory; this one makes sure there is no other way out: no
        // HttpClient made by hand, no handler, socket or DNS lookup anywhere but the feed client and its address guard.
        string[] outbound = ["new HttpClient", "HttpClientHandler", "SocketsHttpHandler", "TcpClient", "UdpClient", "WebRequest", "WebClient", "Dns.", "new Socket("];
        string[] allowed = ["Dashboard.Web/Feeds/FeedHttpRegistration.cs", "Dashboard.Web/Feeds/PublicAddressGuard.cs"];
        var found = new[] { "Dashboard.Web", "Dashboard.Data" }
            .SelectMany(project => Directory.EnumerateFiles(Path.Combine(RepoPaths.Root, project), "*.cs", SearchOption.AllDirectories))
            .Select(path => Path.GetRelativePath(RepoPaths.Root, path).Replace('\\', '/'))
            .Where(path => !path.Contains("/obj/", StringComparison.Ordinal) && !path.Contains("/bin/", StringComparison.Ordinal))
            .SelectMany(path => outbound.Where(File.ReadAllText(Path.Combine(RepoPaths.Root, path)).Contains).Select(word => (path, word)))
            .ToList();

        Assert.DoesNotContain(found, f => !allowed.Contains(f.path));
        Assert.Contains(found, f => f.path == allowed[0] && f.word == "SocketsHttpHandler");
    }
}

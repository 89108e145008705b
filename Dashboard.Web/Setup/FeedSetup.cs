using Dashboard.Web.Feeds;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Dashboard.Web.Setup;

/// <summary>
/// Feeds: the outbound HTTP client (IHttpClientFactory with Microsoft.Extensions.Http.Resilience), the runner (one
/// refresh at a time) and the schedule (a hosted service); the Atom feed and revisions.csv of each indicator.
/// </summary>
public static class FeedSetup
{
    public static WebApplicationBuilder AddFeeds(this WebApplicationBuilder builder)
    {
        builder.Services.TryAddSingleton(TimeProvider.System);
        builder.Services.AddFeedHttp();
        builder.Services.AddSingleton<FeedRunner>();
        builder.Services.AddSingleton<FeedScheduler>();
        builder.Services.AddHostedService(sp => sp.GetRequiredService<FeedScheduler>());
        return builder;
    }

    public static WebApplication MapFeeds(this WebApplication app)
    {
        app.MapRevisionEndpoints();
        return app;
    }
}

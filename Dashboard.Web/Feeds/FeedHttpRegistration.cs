using System.Net;
using Dashboard.Data.Feeds;
using Microsoft.Extensions.Http.Resilience;
using Microsoft.Extensions.Options;
using Polly;

namespace Dashboard.Web.Feeds;

/// <summary>
/// The one HTTP client feeds use (<see cref="IHttpClientFactory"/>, name <see cref="ClientName"/>), for the web app and
/// the command line alike: a User-Agent naming the app, no automatic redirects (<see cref="FeedHttp"/> follows them on
/// the same host only), connections to public addresses only (<see cref="PublicAddressGuard"/>), and a resilience
/// pipeline (Microsoft.Extensions.Http.Resilience): retries of passing failures with exponential backoff and jitter,
/// honouring Retry-After up to <see cref="FeedOptions.MaxRetryAfterSeconds"/>, and a timeout per attempt.
/// </summary>
public static class FeedHttpRegistration
{
    public const string ClientName = "feeds";

    public const string UserAgent = "GeoAI-Dashboard/1.0 (+https://github.com/geoai-dashboard; feeds)";

    public static IServiceCollection AddFeedHttp(this IServiceCollection services)
    {
        services.AddOptions<FeedOptions>().BindConfiguration(FeedOptions.Section).ValidateOnStart();
        services.AddSingleton<IValidateOptions<FeedOptions>, FeedOptionsValidator>();
        services.AddTransient<FeedTimeoutMessages>();
        services.AddHttpClient(ClientName, client =>
            {
                client.Timeout = Timeout.InfiniteTimeSpan;
                client.DefaultRequestHeaders.UserAgent.ParseAdd(UserAgent);
            })
            .ConfigurePrimaryHttpMessageHandler(sp => new SocketsHttpHandler
            {
                AllowAutoRedirect = false,
                AutomaticDecompression = DecompressionMethods.All,
                ConnectTimeout = TimeSpan.FromSeconds(15),
                PooledConnectionLifetime = TimeSpan.FromMinutes(5),
                ConnectCallback = new PublicAddressGuard(sp.GetRequiredService<IOptions<FeedOptions>>().Value.AllowPrivateAddresses).ConnectAsync,
            })
            .AddHttpMessageHandler<FeedTimeoutMessages>()
            .AddResilienceHandler("feeds", (pipeline, context) =>
            {
                var options = context.ServiceProvider.GetRequiredService<IOptions<FeedOptions>>().Value;
                var clock = context.ServiceProvider.GetService<TimeProvider>() ?? TimeProvider.System;
                pipeline.AddRetry(new HttpRetryStrategyOptions
                {
                    MaxRetryAttempts = Math.Max(options.MaxRetries, 1),
                    BackoffType = DelayBackoffType.Exponential,
                    UseJitter = true,
                    Delay = TimeSpan.FromMilliseconds(options.RetryDelayMilliseconds),
                    ShouldRetryAfterHeader = false,
                    ShouldHandle = args => ValueTask.FromResult(options.MaxRetries > 0
                        && args.Outcome.Exception?.InnerException is not PrivateAddressException
                        && args.Outcome.Exception is not PrivateAddressException
                        && HttpClientResiliencePredicates.IsTransient(args.Outcome)),
                    DelayGenerator = args => ValueTask.FromResult(RetryAfter(args.Outcome.Result, clock.GetUtcNow(), TimeSpan.FromSeconds(options.MaxRetryAfterSeconds))),
                });
                pipeline.AddTimeout(TimeSpan.FromSeconds(options.AttemptTimeoutSeconds));
            });
        return services;
    }

    /// <summary>
    /// The wait a 429 or 503 asks for in Retry-After (seconds or a date), at most <paramref name="max"/>; null when it
    /// asks for none (the exponential backoff then decides).
    /// </summary>
    public static TimeSpan? RetryAfter(HttpResponseMessage? response, DateTimeOffset now, TimeSpan max)
    {
        var header = response?.Headers.RetryAfter;
        var wait = header?.Delta ?? (header?.Date is { } date ? date - now : null);
        return wait is { } w ? TimeSpan.FromTicks(Math.Clamp(w.Ticks, 0, max.Ticks)) : null;
    }

    /// <summary>A client for one refresh, with the limits of <paramref name="options"/>.</summary>
    public static FeedHttp Create(IHttpClientFactory factory, FeedOptions options) => new(factory.CreateClient(ClientName), options.Limits);
}

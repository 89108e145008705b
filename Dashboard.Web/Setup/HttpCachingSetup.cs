using Dashboard.Web.Caching;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.Extensions.Options;

namespace Dashboard.Web.Setup;

/// <summary>
/// Server-side output caching of the data pages (ASP.NET Core output caching, keyed by exact URL and data version,
/// evicted when the data version changes) with ETag, 304 and Cache-Control on them. A page opts in with
/// <c>[DataPage]</c> on its page model (<see cref="DataPageAttribute"/>): its content depends only on the data version
/// and the URL (no cookies, no per-user content, no antiforgery tokens: its forms are GET forms). Chart files cache their own
/// renders (<c>ChartImageCache</c>); admin pages are never cached.
/// </summary>
public static class HttpCachingSetup
{
    public static WebApplicationBuilder AddHttpCaching(this WebApplicationBuilder builder)
    {
        builder.Services.AddOptions<HttpCachingOptions>().BindConfiguration(HttpCachingOptions.Section)
            .Validate(o => o.PageMaxAgeSeconds >= 0 && o.PageCacheSeconds > 0 && o.PageCacheSizeBytes > 0, "HttpCaching options must be positive.")
            .ValidateOnStart();
        builder.Services.AddOutputCache();
        builder.Services.AddOptions<OutputCacheOptions>().Configure<IOptions<HttpCachingOptions>>((output, caching) =>
        {
            output.SizeLimit = caching.Value.PageCacheSizeBytes;

            // "/indicators/TOP500-systems" is a 404, not the cached "/indicators/top500-systems".
            output.UseCaseSensitivePaths = true;
        });
        builder.Services.AddSingleton<DataVersionWatch>();
        return builder;
    }

    /// <summary>After routing (the policy is endpoint metadata), before the endpoints run.</summary>
    public static WebApplication UseHttpCaching(this WebApplication app)
    {
        app.UseOutputCache();
        app.UseMiddleware<DataPageMiddleware>();
        return app;
    }
}

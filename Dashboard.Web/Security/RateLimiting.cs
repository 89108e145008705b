using System.Globalization;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Options;

namespace Dashboard.Web.Security;

/// <summary>
/// One global limiter, per client address and group, so endpoints owned elsewhere need no attribute: <c>/api/*</c>,
/// <c>/charts/*</c>, <c>/export/pack.zip</c> and <c>/export/deck.pptx</c> (one budget), and the pages (any other path
/// without a file extension; static files, <c>/healthz</c> and <c>/admin</c>, which has its own sign-in throttle, are
/// not limited). Rejections are 429 with Retry-After and a ProblemDetails body.
/// </summary>
public static class RateLimiting
{
    public static void Configure(RateLimiterOptions options)
    {
        options.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
        options.GlobalLimiter = PartitionedRateLimiter.Create<HttpContext, string>(context =>
        {
            var settings = context.RequestServices.GetRequiredService<IOptions<RateLimitOptions>>().Value;
            var (group, limit) = context.Request.Path switch
            {
                var p when p.StartsWithSegments("/api", StringComparison.OrdinalIgnoreCase) => ("api", settings.Api),
                var p when p.StartsWithSegments("/charts", StringComparison.OrdinalIgnoreCase) => ("charts", settings.Charts),
                var p when p.StartsWithSegments("/export/pack.zip", StringComparison.OrdinalIgnoreCase)
                    || p.StartsWithSegments("/export/deck.pptx", StringComparison.OrdinalIgnoreCase) => ("export", settings.Export),
                var p when IsPage(p) => ("pages", settings.Pages),
                _ => (null, null),
            };
            if (!settings.Enabled || group is null || limit is null)
            {
                return RateLimitPartition.GetNoLimiter("unlimited");
            }

            var client = ClientAddress.Key(context);
            return RateLimitPartition.GetFixedWindowLimiter(group + "|" + client, _ => new FixedWindowRateLimiterOptions
            {
                PermitLimit = Math.Max(1, limit.PermitLimit),
                Window = TimeSpan.FromSeconds(Math.Max(1, limit.WindowSeconds)),
                QueueLimit = 0,
                AutoReplenishment = true,
            });
        });
        options.OnRejected = async (rejected, ct) =>
        {
            var response = rejected.HttpContext.Response;
            var seconds = rejected.Lease.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter)
                ? Math.Max(1, (int)Math.Ceiling(retryAfter.TotalSeconds))
                : 60;
            response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);
            await Results.Problem(
                statusCode: StatusCodes.Status429TooManyRequests,
                title: "Too many requests",
                detail: string.Create(CultureInfo.InvariantCulture, $"This address sent too many requests; try again in {seconds} s."))
                .ExecuteAsync(rejected.HttpContext);
        };
    }

    /// <summary>Page paths: no file extension (static files and OpenAPI have one), not the health check or admin.</summary>
    private static bool IsPage(PathString path) =>
        !Path.HasExtension(path.Value) &&
        !path.StartsWithSegments("/healthz", StringComparison.OrdinalIgnoreCase) &&
        !path.StartsWithSegments("/admin", StringComparison.OrdinalIgnoreCase);
}

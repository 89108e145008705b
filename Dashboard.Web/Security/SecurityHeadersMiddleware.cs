namespace Dashboard.Web.Security;

/// <summary>
/// Adds the security headers to every response: a CSP without inline script or style, no framing, no sniffing; and
/// <c>Cache-Control: no-store</c> on every admin response (pages, reports, status, redirects, 401/404/429 answers).
/// The one exception to "no framing" is <c>/embed/…</c>, the chart page other sites may put in an iframe: it gets
/// <c>frame-ancestors *</c> and no <c>X-Frame-Options</c>; everything else in its CSP stays.
/// </summary>
public sealed class SecurityHeadersMiddleware(RequestDelegate next)
{
    public const string ContentSecurityPolicy =
        "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; object-src 'none'; " +
        "frame-ancestors 'none'; base-uri 'self'; form-action 'self'";

    /// <summary>The CSP of <c>/embed/…</c>: the same, except that any site may frame it.</summary>
    public static readonly string EmbedContentSecurityPolicy = ContentSecurityPolicy.Replace("frame-ancestors 'none'", "frame-ancestors *", StringComparison.Ordinal);

    public const string PermissionsPolicy = "camera=(), microphone=(), geolocation=(), payment=(), usb=(), interest-cohort=()";

    public Task InvokeAsync(HttpContext context)
    {
        var headers = context.Response.Headers;
        var embed = context.Request.Path.StartsWithSegments("/embed", StringComparison.OrdinalIgnoreCase);
        headers.ContentSecurityPolicy = embed ? EmbedContentSecurityPolicy : ContentSecurityPolicy;
        headers.XContentTypeOptions = "nosniff";
        if (!embed)
        {
            headers.XFrameOptions = "DENY";
        }

        headers["Referrer-Policy"] = "strict-origin-when-cross-origin";
        headers["Permissions-Policy"] = PermissionsPolicy;
        headers["Cross-Origin-Opener-Policy"] = "same-origin";
        if (context.Request.Path.StartsWithSegments("/admin", StringComparison.OrdinalIgnoreCase))
        {
            // Set as the response starts, so nothing later in the pipeline (error pages, antiforgery) can weaken it.
            context.Response.OnStarting(static state =>
            {
                var response = (HttpResponse)state;
                response.Headers.CacheControl = "no-store";
                response.Headers.Pragma = "no-cache";
                return Task.CompletedTask;
            }, context.Response);
        }

        return next(context);
    }
}

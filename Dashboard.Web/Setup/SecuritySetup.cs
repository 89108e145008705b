using Dashboard.Web.Security;

namespace Dashboard.Web.Setup;

/// <summary>Security and operations: security headers, rate limits on /charts and /api, request logging, /healthz.</summary>
public static class SecuritySetup
{
    public static WebApplicationBuilder AddSecurity(this WebApplicationBuilder builder)
    {
        builder.Services.AddOptions<RateLimitOptions>().BindConfiguration(RateLimitOptions.Section);
        builder.Services.AddRateLimiter(RateLimiting.Configure);
        builder.Services.AddProblemDetails();
        return builder;
    }

    /// <summary>Call first, so every response (static files and errors included) gets the headers and a log line.</summary>
    public static WebApplication UseSecurity(this WebApplication app)
    {
        app.UseMiddleware<RequestLoggingMiddleware>();
        app.UseMiddleware<SecurityHeadersMiddleware>();
        app.UseRateLimiter();
        app.MapGet("/healthz", HealthEndpoint.Check).ExcludeFromDescription();
        return app;
    }
}

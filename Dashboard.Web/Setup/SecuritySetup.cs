using System.Net;
using Dashboard.Web.Export;
using Dashboard.Web.Security;
using Dashboard.Web.Endpoints;
using Microsoft.AspNetCore.HttpOverrides;
using Microsoft.Extensions.Options;

namespace Dashboard.Web.Setup;

/// <summary>
/// Security and operations: forwarded headers from configured proxies only, security headers, rate limits on /charts
/// and /api, request logging, /healthz, and the public base URL for permalinks in files.
/// </summary>
public static class SecuritySetup
{
    public static WebApplicationBuilder AddSecurity(this WebApplicationBuilder builder)
    {
        builder.Services.AddOptions<RateLimitOptions>().BindConfiguration(RateLimitOptions.Section);
        builder.Services.AddRateLimiter(RateLimiting.Configure);
        builder.Services.AddProblemDetails();

        builder.Services.AddOptions<ProxyOptions>()
            .BindConfiguration(ProxyOptions.Section)
            .ValidateOnStart();
        builder.Services.AddSingleton<IValidateOptions<ProxyOptions>, ProxyOptionsProblems>();
        builder.Services.AddOptions<ForwardedHeadersOptions>().Configure<IOptions<ProxyOptions>>(ConfigureForwardedHeaders);

        builder.Services.AddOptions<ExportOptions>()
            .Validate(o => PublicBaseUrl.IsValidSetting(o.PublicBaseUrl),
                "Export:PublicBaseUrl must be an absolute http(s) URL such as https://dashboard.example.org (a path is allowed; no query, spaces, quotes or angle brackets).")
            .ValidateOnStart();
        builder.Services.AddSingleton<PublicBaseUrl>();
        return builder;
    }

    /// <summary>Call first, so every response (static files and errors included) gets the headers and a log line.</summary>
    public static WebApplication UseSecurity(this WebApplication app)
    {
        // Before anything reads the client address or scheme (logging, rate limits, the sign-in throttle, cookies).
        app.UseForwardedHeaders();
        app.UseMiddleware<RequestLoggingMiddleware>();
        app.UseMiddleware<SecurityHeadersMiddleware>();
        app.UseRateLimiter();
        app.MapGetAndHead("/healthz", HealthEndpoint.Check).ExcludeFromDescription();
        return app;
    }

    private static void ConfigureForwardedHeaders(ForwardedHeadersOptions options, IOptions<ProxyOptions> proxies)
    {
        // ASP.NET trusts loopback by default, and every address when both lists are empty; here only what is
        // configured is trusted, and with nothing configured the headers are not read at all.
        var configured = proxies.Value.KnownProxies.Count + proxies.Value.KnownNetworks.Count > 0;
        options.ForwardedHeaders = configured ? ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto : ForwardedHeaders.None;
        options.KnownProxies.Clear();
        options.KnownIPNetworks.Clear();
        foreach (var proxy in proxies.Value.KnownProxies)
        {
            options.KnownProxies.Add(IPAddress.Parse(proxy.Trim()));
        }

        foreach (var network in proxies.Value.KnownNetworks)
        {
            options.KnownIPNetworks.Add(System.Net.IPNetwork.Parse(network.Trim()));
        }

        // Each hop must itself be a known proxy, so following a chain (CDN → nginx → app) stays safe.
        options.ForwardLimit = null;
    }

    /// <summary>Names every bad proxy entry in the start-up failure.</summary>
    private sealed class ProxyOptionsProblems : IValidateOptions<ProxyOptions>
    {
        public ValidateOptionsResult Validate(string? name, ProxyOptions options)
        {
            var problems = options.Problems().ToList();
            return problems.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(problems);
        }
    }
}

using System.Net;
using Dashboard.Web.Endpoints;
using Dashboard.Web.Security;
using Microsoft.AspNetCore.HostFiltering;
using Microsoft.AspNetCore.HttpOverrides;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Options;

namespace Dashboard.Web.Setup;

/// <summary>
/// Security and operations: forwarded headers from configured proxies only, security headers, allowed host names and
/// ports, rate limits on /charts and /api, request logging, /healthz, the public base URL of the site, and pages that
/// answer only the methods they handle.
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

        // Host names (and ports) the site answers to, and the one address it writes into embed codes and files.
        // ASP.NET's own host filtering ignores ports: it is told to let everything through, and ours decides.
        // Read when the pipeline is built (AllowedHostsMiddleware), so a bad entry stops the app at start-up.
        builder.Services.AddSingleton(sp => AllowedHostList.Parse(sp.GetRequiredService<IConfiguration>()[AllowedHostList.Key]));
        builder.Services.Configure<HostFilteringOptions>(o => o.AllowedHosts = ["*"]);
        builder.AddSiteOptions().ValidateOnStart();
        builder.Services.AddSingleton<PublicBaseUrl>();

        // Pages answer only the methods they handle: routing answers the rest with 405 and Allow. PostConfigure:
        // AddRazorPages's own setup replaces the convention list, and it may be registered after this.
        builder.Services.PostConfigure<RazorPagesOptions>(o => o.Conventions.Add(new PageMethodsConvention("/Status")));
        return builder;
    }

    /// <summary>
    /// <see cref="SiteOptions"/> from the section "Site", with <c>Export:PublicBaseUrl</c> (its former key) read when
    /// Site:PublicBaseUrl is not set. Also for the command line, which builds no web host.
    /// </summary>
    public static OptionsBuilder<SiteOptions> AddSiteOptions(this WebApplicationBuilder builder) =>
        builder.Services.AddOptions<SiteOptions>()
            .BindConfiguration(SiteOptions.Section)
            .PostConfigure<IConfiguration>((site, configuration) =>
            {
                if (string.IsNullOrWhiteSpace(site.PublicBaseUrl))
                {
                    site.PublicBaseUrl = configuration[SiteOptions.LegacyPublicBaseUrlKey];
                }
            })
            .Validate(o => PublicBaseUrl.IsValidSetting(o.PublicBaseUrl),
                "Site:PublicBaseUrl (or the older Export:PublicBaseUrl) must be an absolute http(s) URL such as https://dashboard.example.org (a path is allowed; no query, spaces, quotes or angle brackets).");

    /// <summary>Call first, so every response (static files and errors included) gets the headers and a log line.</summary>
    public static WebApplication UseSecurity(this WebApplication app)
    {
        // Before anything reads the client address or scheme (logging, rate limits, the sign-in throttle, cookies).
        app.UseForwardedHeaders();
        app.UseMiddleware<RequestLoggingMiddleware>();
        app.UseMiddleware<SecurityHeadersMiddleware>();
        app.UseMiddleware<AllowedHostsMiddleware>();
        app.UseRateLimiter();
        return app;
    }

    /// <summary><c>/healthz</c>: the store answers (GET and HEAD; not in the OpenAPI document).</summary>
    public static WebApplication MapHealth(this WebApplication app)
    {
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

using Dashboard.Web.Pages.Display;

namespace Dashboard.Web.Setup;

/// <summary>Registers the Razor Pages of the site, its static files (precompressed, <c>MapStaticAssets</c>) and its error pages.</summary>
public static class PageSetup
{
    public static WebApplicationBuilder AddDashboardPages(this WebApplicationBuilder builder)
    {
        builder.Services.AddRazorPages();

        // The build's static-asset manifest (with its precompressed files under obj/) in every environment, not only
        // Development: a build output run as Production (the benchmarks) would otherwise be sent empty .gz bodies.
        // A published app has no such manifest; its wwwroot holds the .gz/.br files itself.
        builder.WebHost.UseStaticWebAssets();

        // Serve the precompressed files the build made, as a published app does. (ASP.NET's runtime patching of a build
        // manifest, on by default, re-gzips files it takes for edited without compressing them; set
        // ReloadStaticAssetsAtRuntime=true to edit wwwroot while the app runs.)
        builder.Configuration["ReloadStaticAssetsAtRuntime"] ??= "false";
        builder.Services.Configure<RouteOptions>(o => o.LowercaseUrls = true);
        builder.Services.AddOptions<PageOptions>().BindConfiguration(PageOptions.Section)
            .Validate(o => o.RowsPerPage > 0 && o.MaxPeriodChoices > 0, "Pages:RowsPerPage and Pages:MaxPeriodChoices must be positive.")
            .ValidateOnStart();
        builder.Services.AddSingleton<IndicatorList>();
        return builder;
    }

    /// <summary>
    /// Error pages for exceptions and empty 4xx/5xx responses (a real 404 page, not a blank one). Responses that
    /// already carry a body (e.g. ProblemDetails of the chart endpoints) pass through unchanged.
    /// </summary>
    public static WebApplication UseErrorPages(this WebApplication app)
    {
        if (!app.Environment.IsDevelopment())
        {
            app.UseExceptionHandler("/status/500");
        }

        app.UseStatusCodePagesWithReExecute("/status/{0}");
        return app;
    }

    /// <summary>
    /// The Razor Pages routes and the files under wwwroot, as endpoints from the build's manifest (<c>MapStaticAssets</c>:
    /// precompressed gzip, and Brotli when published, with ETags); the watchers they need are released when the app stops.
    /// </summary>
    public static WebApplication MapDashboardPages(this WebApplication app)
    {
        app.DisposeFileProvidersOnStop();
        app.MapStaticAssets();
        app.MapRazorPages();
        return app;
    }
}

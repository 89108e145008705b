using Dashboard.Web.Pages.Display;

namespace Dashboard.Web.Setup;

/// <summary>Registers the Razor Pages of the site, its static files and its error pages.</summary>
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
    /// Error pages for empty 4xx/5xx responses (a real 404 page, not a blank one), static files (<c>MapStaticAssets</c>), and the page routes.
    /// Responses that already carry a body (e.g. ProblemDetails of the chart endpoints) pass through unchanged.
    /// </summary>
    public static WebApplication UseDashboardPages(this WebApplication app)
    {
        if (!app.Environment.IsDevelopment())
        {
            app.UseExceptionHandler("/status/500");
        }

        app.DisposeFileProvidersOnStop();
        app.UseStatusCodePagesWithReExecute("/status/{0}");
        // Static files from the build's manifest: precompressed (gzip; Brotli too when published) with ETags.
        app.MapStaticAssets();
        app.MapRazorPages();
        return app;
    }
}

using Dashboard.Web.Pages.Display;

namespace Dashboard.Web.Setup;

/// <summary>Registers the Razor Pages of the site, its static files and its error pages.</summary>
public static class PageSetup
{
    public static WebApplicationBuilder AddDashboardPages(this WebApplicationBuilder builder)
    {
        builder.Services.AddRazorPages();
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

    /// <summary>The files under wwwroot; the watchers they need are released when the app stops.</summary>
    public static WebApplication UseDashboardStaticFiles(this WebApplication app)
    {
        app.DisposeFileProvidersOnStop();
        app.UseStaticFiles();
        return app;
    }

    /// <summary>The Razor Pages routes.</summary>
    public static WebApplication MapDashboardPages(this WebApplication app)
    {
        app.MapRazorPages();
        return app;
    }
}

using Dashboard.Web.Charts;

namespace Dashboard.Web.Setup;

/// <summary>Registers the chart pipeline (fonts, spec factory, renderer service, image cache) and its options.</summary>
public static class ChartSetup
{
    public static WebApplicationBuilder AddCharts(this WebApplicationBuilder builder)
    {
        // Fonts first: ScottPlot silently drops text it has no font for.
        ChartFonts.EnsureRegistered();
        builder.Services.AddOptions<ChartOptions>().BindConfiguration(ChartOptions.Section)
            .Validate(o => o.MaxPixels > 0 && o.CacheSizeBytes > 0 && o.MaxAgeSeconds >= 0, "Charts options must be positive.")
            .ValidateOnStart();
        builder.Services.AddSingleton<ChartImageCache>();
        builder.Services.AddSingleton<ChartSpecFactory>();
        builder.Services.AddSingleton<ChartImageService>();
        builder.Services.AddProblemDetails();
        return builder;
    }
}

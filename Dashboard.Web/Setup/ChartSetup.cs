using Dashboard.Web.Charts;

namespace Dashboard.Web.Setup;

/// <summary>Registers the chart pipeline (fonts, spec factory, renderer service, image cache, map geometry) and its options.</summary>
public static class ChartSetup
{
    public static WebApplicationBuilder AddCharts(this WebApplicationBuilder builder)
    {
        // Fonts first: ScottPlot silently drops text it has no font for.
        ChartFonts.EnsureRegistered();
        // Renders allocate large native pixel buffers: return them to the system instead of letting malloc keep them.
        _ = MallocTuning.LimitRetention();
        builder.Services.AddOptions<ChartOptions>().BindConfiguration(ChartOptions.Section)
            .Validate(o => o.MaxPixels > 0 && o.CacheSizeBytes > 0 && o.MaxAgeSeconds >= 0, "Charts options must be positive.")
            .ValidateOnStart();
        builder.Services.AddSingleton<ChartImageCache>();
        builder.Services.AddSingleton<ChartSpecFactory>();
        builder.Services.AddSingleton<ChartImageService>();
        builder.Services.AddSingleton<MapGeometryProvider>();
        builder.Services.AddProblemDetails();
        return builder;
    }
}

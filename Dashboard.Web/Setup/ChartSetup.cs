using Dashboard.Web.Charts;
using Dashboard.Web.Charts.Loading;

namespace Dashboard.Web.Setup;

/// <summary>Registers the chart pipeline (fonts, loader, spec factory, renderer service, image cache) and its options.</summary>
public static class ChartSetup
{
    public static WebApplicationBuilder AddCharts(this WebApplicationBuilder builder)
    {
        // Fonts first: ScottPlot silently drops text it has no font for.
        ChartFonts.EnsureRegistered();
        // Renders allocate large native pixel buffers: return them to the system instead of letting malloc keep them.
        _ = MallocTuning.LimitRetention();
        builder.Services.AddOptions<ChartOptions>().BindConfiguration(ChartOptions.Section)
            .Validate(o => o.MaxPixels > 0 && o.CacheSizeBytes > 0 && o.MaxAgeSeconds >= 0 && o.MaxEntities > 0 && o.MaxParameterLength > 0, "Charts options must be positive.")
            .ValidateOnStart();
        builder.Services.AddSingleton<ChartImageCache>();
        builder.Services.AddSingleton<ChartLoader>();
        builder.Services.AddSingleton<ChartSpecFactory>();
        builder.Services.AddSingleton<ChartImageService>();
        builder.Services.AddProblemDetails();
        return builder;
    }
}

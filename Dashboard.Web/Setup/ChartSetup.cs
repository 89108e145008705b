using Dashboard.Web.Charts;
using Dashboard.Web.Charts.Loading;
using Dashboard.Web.Charts.Rendering;
using Dashboard.Web.Charts.Selection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using Dashboard.Web.Charts.Maps;

namespace Dashboard.Web.Setup;

/// <summary>Registers the chart pipeline (fonts, loader, spec factory, render limits, renderer service, image cache, map geometry) and its options.</summary>
public static class ChartSetup
{
    public static WebApplicationBuilder AddCharts(this WebApplicationBuilder builder)
    {
        // Fonts first: ScottPlot silently drops text it has no font for.
        ChartFonts.EnsureRegistered();
        // Renders allocate large native pixel buffers: return them to the system instead of letting malloc keep them.
        _ = MallocTuning.LimitRetention();
        builder.Services.AddOptions<ChartOptions>().BindConfiguration(ChartOptions.Section)
            .Validate(o => o.MaxPixels > 0 && o.MaxRows > 0 && o.CacheSizeBytes > 0 && o.MaxAgeSeconds >= 0 && o.MaxEntities > 0 && o.MaxParameterLength > 0, "Charts options must be positive.")
            .ValidateOnStart();
        builder.Services.AddOptions<RenderLimitOptions>().BindConfiguration(RenderLimitOptions.Section)
            .Validate(o => o.MaxConcurrentRenders > 0 && o.MaxConcurrentPacks > 0 && o.MaxQueuedRenders >= 0 && o.MaxQueuedPacks >= 0
                && o.QueueWaitMilliseconds >= -1 && o.RetryAfterSeconds > 0, "Render options: slots and Retry-After must be positive, queues at least 0, the wait at least -1.")
            .Validate<IOptions<ChartOptions>>((o, charts) => o.PixelBudget >= charts.Value.MaxPixels && o.PixelBudget <= int.MaxValue,
                "Render:PixelBudget must be at least Charts:MaxPixels (the largest image) and at most 2147483647.")
            .ValidateOnStart();
        builder.Services.TryAddSingleton(TimeProvider.System);
        builder.Services.AddSingleton<RenderGate>();
        builder.Services.AddSingleton<ChartImageCache>();
        builder.Services.AddSingleton<ChartLoader>();
        builder.Services.AddSingleton<ChartSpecFactory>();
        builder.Services.AddSingleton<ChartImageService>();
        builder.Services.AddSingleton<MapGeometryProvider>();
        builder.Services.AddSingleton<MapSupport>();
        builder.Services.AddProblemDetails();
        return builder;
    }
}

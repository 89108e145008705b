using Dashboard.Web.Export;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Dashboard.Web.Setup;

/// <summary>Registers export (presets, briefing pack, PowerPoint decks and their templates, batch export) and presentation-mode services.</summary>
public static class ExportSetup
{
    public static WebApplicationBuilder AddExport(this WebApplicationBuilder builder)
    {
        builder.Services.AddOptions<ExportOptions>().BindConfiguration(ExportOptions.Section)
            .Validate(o => o.MaxCharts > 0, "Export:MaxCharts must be positive.")
            .Validate(o => o.MaxTemplateBytes > 0, "Export:MaxTemplateBytes must be positive.")
            .ValidateOnStart();
        builder.Services.TryAddSingleton(TimeProvider.System);
        builder.Services.AddSingleton<ChartExporter>();
        builder.Services.AddSingleton<BriefingPackBuilder>();
        builder.Services.AddSingleton<PptxBuilder>();
        builder.Services.AddSingleton<DeckTemplates>();
        return builder;
    }
}

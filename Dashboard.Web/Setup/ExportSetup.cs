using Dashboard.Web.Export;

namespace Dashboard.Web.Setup;

/// <summary>Registers export (presets, briefing pack) and presentation-mode services.</summary>
public static class ExportSetup
{
    public static WebApplicationBuilder AddExport(this WebApplicationBuilder builder)
    {
        builder.Services.AddSingleton<ChartFactsReader>();
        builder.Services.AddSingleton<DeckPlanner>();
        builder.Services.AddSingleton<ExportNaming>();
        return builder;
    }
}

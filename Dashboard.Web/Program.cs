using Dashboard.Web.Cli;
using Dashboard.Web.Endpoints;
using Dashboard.Web.Setup;

// Command-line verbs (validate, import, list, remove, derive, export) run and exit before the web host is built.
if (CliDispatcher.TryRun(args) is { } exitCode)
{
    return exitCode;
}

var builder = WebApplication.CreateBuilder(args);

// Data: SQLite store built from data/ (Dapper, Microsoft.Data.Sqlite, CsvHelper)
builder.AddDashboardData();

// Security and operations: headers, rate limits, request logging, /healthz
builder.AddSecurity();

// Admin: token, uploads with dry run, dataset list
builder.AddAdmin();

// API: read-only JSON under /api, OpenAPI document, /api-docs
builder.AddApi();

// Charts: PNG/SVG/CSV chart files (ScottPlot, bundled fonts)
builder.AddCharts();

// Export: presets, briefing pack, presentation decks
builder.AddExport();

// Pages: Razor Pages, static files, error pages
builder.AddDashboardPages();

// Feeds: datasets bound to their source, refreshed on a schedule (IHttpClientFactory, Http.Resilience); revisions
builder.AddFeeds();

// HTTP caching: output cache of the data pages keyed by data version, ETag/304/Cache-Control on them
builder.AddHttpCaching();

var app = builder.Build();

app.UseSecurity();
app.UseDashboardData();
app.UseDashboardPages();
app.UseRouting();
app.UseHttpCaching();
app.MapAdmin();
app.MapApi();
app.MapChartEndpoints();
app.MapExportEndpoints();
app.MapFeeds();

app.Run();
return 0;

/// <summary>Entry point, public so integration tests can host the app.</summary>
public partial class Program;

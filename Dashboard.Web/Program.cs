using Dashboard.Web.Cli;
using Dashboard.Web.Endpoints;
using Dashboard.Web.Setup;

// Command-line verbs (validate, import, list, remove, derive, export, admin token, feed, refresh) run and exit before the web host is built.
if (CliDispatcher.TryRun(args) is { } exitCode)
{
    return exitCode;
}

var builder = WebApplication.CreateBuilder(args);

// Services, one feature a line (registration and options in Setup/*Setup.cs)
builder.AddDashboardData();   // SQLite store built from data/ (Dapper, Microsoft.Data.Sqlite, CsvHelper)
builder.AddSecurity();        // headers, allowed hosts, public base URL, rate limits, request logging
builder.AddAdmin();           // admin token, sign-in throttle, uploads with dry run
builder.AddApi();             // read-only JSON under /api, OpenAPI document
builder.AddCharts();          // chart resolver, drawing and rendering (ScottPlot, bundled fonts), render limits
builder.AddExport();          // presets, briefing packs, PowerPoint decks
builder.AddDashboardPages();  // Razor Pages, the methods each page answers, static files from the build's manifest
builder.AddCompression();     // Brotli/gzip for HTML, JSON, CSV, SVG (never /admin, never PNG/ZIP/PPTX)
builder.AddFeeds();           // datasets bound to their source: HTTP client (Http.Resilience), runner, schedule
builder.AddHttpCaching();     // output cache of the data pages keyed by data version, ETag/304/Cache-Control
builder.AddDashboardLocalization(); // en, ru, tr: texts through IStringLocalizer, CLDR numbers and names

var app = builder.Build();

// Start-up: the store is built from data/ (or reused) before the first request
app.BuildStore();

// Middleware, in the order a request meets it
app.UseCulturePrefix();       // /ru/… and /tr/…: the prefix moves to PathBase (English URLs unchanged)
app.UseSecurity();            // forwarded headers, request log, security headers, allowed hosts, rate limits
app.UseCompression();         // compressed text answers with the weak form of their ETag; not under /admin
app.UseReaderLanguage();      // culture from the URL, then cookie, then Accept-Language; English pages of a Russian reader → /ru/…
app.UseErrorPages();          // exception handler, status-code pages
app.UseRouting();
app.UseHttpCaching();         // data pages and the API answered from the output cache; ETag, 304
app.UseAdmin();               // admin off → 404; authentication, authorization

// Endpoints
app.MapDashboardPages();      // Razor Pages, wwwroot (MapStaticAssets: precompressed files, ETags)
app.MapHealth();              // /healthz
app.MapLanguageSwitch();      // /culture/{culture}?return=…
app.MapAdmin();               // /admin/uploads/{id}/status
app.MapApi();                 // /api/…, /openapi/v1.json
app.MapChartEndpoints();      // /charts/{id}.png|svg|csv|points.json
app.MapExportEndpoints();     // /export/pack.zip, /export/deck.pptx
app.MapFeeds();               // /indicators/{id}/revisions.atom|csv

app.Run();
return 0;

/// <summary>Entry point, public so integration tests can host the app.</summary>
public partial class Program;

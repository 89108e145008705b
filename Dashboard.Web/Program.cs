using Dashboard.Web.Cli;
using Dashboard.Web.Setup;

// Command-line verbs (validate, import, list, remove, derive, time-import) run and exit before the web host is built.
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

// Pages: Razor Pages
builder.Services.AddRazorPages();

var app = builder.Build();

app.UseSecurity();
app.UseDashboardData();
app.UseStaticFiles();
app.UseRouting();
app.MapAdmin();
app.MapApi();
app.MapRazorPages();

app.Run();
return 0;

/// <summary>Entry point, public so integration tests can host the app.</summary>
public partial class Program;

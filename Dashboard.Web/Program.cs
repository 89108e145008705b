using Dashboard.Web.Setup;

var builder = WebApplication.CreateBuilder(args);

// Data: SQLite store built from data/ (Dapper, Microsoft.Data.Sqlite, CsvHelper)
builder.AddDashboardData();

// Security and operations: headers, rate limits, request logging, /healthz
builder.AddSecurity();

// Admin: token, uploads with dry run, dataset list
builder.AddAdmin();

// Pages: Razor Pages
builder.Services.AddRazorPages();

var app = builder.Build();

app.UseSecurity();
app.UseDashboardData();
app.UseStaticFiles();
app.UseRouting();
app.MapAdmin();
app.MapRazorPages();

app.Run();

/// <summary>Entry point, public so integration tests can host the app.</summary>
public partial class Program;

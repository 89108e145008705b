using Dashboard.Web.Setup;

var builder = WebApplication.CreateBuilder(args);

// Data: SQLite store built from data/ (Dapper, Microsoft.Data.Sqlite, CsvHelper)
builder.AddDashboardData();

// Export: presets, briefing pack, presentation decks
builder.AddExport();

// Pages: Razor Pages
builder.Services.AddRazorPages();

var app = builder.Build();

app.UseDashboardData();
app.UseStaticFiles();
app.UseRouting();
app.MapRazorPages();

app.Run();

/// <summary>Entry point, public so integration tests can host the app.</summary>
public partial class Program;

using Dashboard.Web.Setup;

var builder = WebApplication.CreateBuilder(args);

// Data: SQLite store built from data/ (Dapper, Microsoft.Data.Sqlite, CsvHelper)
builder.AddDashboardData();

// Pages: Razor Pages, static files, error pages
builder.AddDashboardPages();

var app = builder.Build();

app.UseDashboardData();
app.UseDashboardPages();
app.UseRouting();

app.Run();

/// <summary>Entry point, public so integration tests can host the app.</summary>
public partial class Program;

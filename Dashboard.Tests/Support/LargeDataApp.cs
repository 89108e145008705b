namespace Dashboard.Tests.Support;

/// <summary>
/// The app on a store holding <see cref="LargeIndicatorData"/> with 30 entities × 240 months = 7,200 rows of one
/// indicator: more than a chart reads (Charts:MaxRows 5,000), a table page holds (Pages:RowsPerPage 500) and an API
/// page may hold (Api:MaxPageSize 5,000), with the shipped defaults.
/// </summary>
public sealed class LargeDataApp : IDisposable
{
    public const int Entities = 30;
    public const int Months = 240;

    private readonly TestDataFolder _folder = new();

    public LargeDataApp()
    {
        Rows = LargeIndicatorData.AppendTo(_folder.Path, Entities, Months, "paper");
        Factory = new DashboardFactory(_folder.Path, new Dictionary<string, string?> { ["Logging:LogLevel:Default"] = "Warning" });
    }

    public int Rows { get; }

    public DashboardFactory Factory { get; }

    public HttpClient CreateClient() => Factory.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

    public void Dispose()
    {
        Factory.Dispose();
        _folder.Dispose();
    }
}

using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;

namespace Dashboard.Tests.Support;

/// <summary>
/// The web app on a temp store built from a <see cref="TestDataFolder"/>, with an admin token (or none), an upload limit
/// and rate limits chosen by the test. Requests may carry <see cref="TestRemoteAddress.Header"/> to play a client (or
/// proxy) at that address; extra settings apply after the defaults.
/// </summary>
public sealed class AdminAppFactory : TestAppFactory
{
    public const string Token = "Tq7-mZ4x-Rb9w-Kc2v-Hn5p";

    private readonly Dictionary<string, string?> _settings;

    public AdminAppFactory(string? token = Token, long? maxUploadBytes = null, int? apiPermits = null, int? chartPermits = null,
        string? databasePath = null, string? dataFolder = null, IReadOnlyDictionary<string, string?>? settings = null)
    {
        Folder = dataFolder is null ? new TestDataFolder() : null;
        DatabasePath = databasePath ?? Path.Combine(Directory, "store.db");
        _settings = new Dictionary<string, string?>
        {
            ["Data:DatabasePath"] = DatabasePath,
            ["Data:DataDirectory"] = dataFolder ?? Folder!.Path,
            ["Admin:Token"] = token ?? "",
            ["GEOAI_ADMIN_TOKEN"] = "",
            ["RateLimit:Api:PermitLimit"] = (apiPermits ?? 100000).ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["RateLimit:Charts:PermitLimit"] = (chartPermits ?? 100000).ToString(System.Globalization.CultureInfo.InvariantCulture),
        };
        if (maxUploadBytes is { } max)
        {
            _settings["Admin:MaxUploadBytes"] = max.ToString(System.Globalization.CultureInfo.InvariantCulture);
        }

        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            _settings[key] = value;
        }
    }

    public TestDataFolder? Folder { get; }

    public string DatabasePath { get; }

    protected override IEnumerable<KeyValuePair<string, string?>> Settings => _settings;

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Production");
        base.ConfigureWebHost(builder);
        builder.ConfigureServices(s => s.AddTransient<IStartupFilter, TestRemoteAddress>());
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing)
        {
            Folder?.Dispose();
        }
    }
}

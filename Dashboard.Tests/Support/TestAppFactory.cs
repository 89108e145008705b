using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Dashboard.Tests.Support;

/// <summary>
/// The whole app in memory, in a temp folder of its own (deleted on dispose), with settings applied after the
/// defaults. Test hosts never watch configuration files (a watcher holds one of the user's 128 inotify instances on
/// a stock Linux box); the app disposes its web root's watchers when it stops (<c>FileProviderDisposal</c>). Dispose
/// every factory: <c>using var</c>, a class fixture, or the owning test class's <c>Dispose</c>.
/// </summary>
public abstract class TestAppFactory : WebApplicationFactory<Program>
{
    private readonly TempFolder _folder = new("geoai-web-");

    /// <summary>The temp folder of this host (its store and pending uploads live here unless a test says otherwise).</summary>
    public string Directory => _folder.Path;

    /// <summary>Settings applied in order after the host's defaults.</summary>
    protected abstract IEnumerable<KeyValuePair<string, string?>> Settings { get; }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseSetting("hostBuilder:reloadConfigOnChange", "false");
        foreach (var (key, value) in Settings)
        {
            builder.UseSetting(key, value);
        }
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing)
        {
            _folder.Dispose();
        }
    }
}

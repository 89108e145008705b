using System.Net;
using Dashboard.Tests.Support;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Dashboard.Tests.Security;

public sealed class HealthAndLoggingTests
{
    [Fact]
    public async Task Healthz_StoreOpens_Returns200WithDataVersion()
    {
        using var factory = new AdminAppFactory();
        using var client = factory.CreateClient();

        var response = await client.GetAsync("/healthz");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Matches("\"status\":\"ok\",\"dataVersion\":\"[0-9a-f]{16}\"", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Request_Any_IsLoggedWithStructuredFields()
    {
        var sink = new LogSink();
        using var factory = new AdminAppFactory();
        using var configured = factory.WithWebHostBuilder(b => b.ConfigureServices(s => s.AddSingleton<ILoggerProvider>(sink)));
        using var client = configured.CreateClient();

        await client.GetAsync("/api/sources?x=secret");

        var entry = Assert.Single(sink.Entries, e => e.Category.EndsWith("RequestLoggingMiddleware", StringComparison.Ordinal) && (string?)e.State["Path"] == "/api/sources");
        Assert.Equal("GET", entry.State["Method"]);
        Assert.Equal(200, entry.State["StatusCode"]);
        Assert.IsType<double>(entry.State["ElapsedMs"]);
        Assert.DoesNotContain("secret", entry.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Request_PathWithControlCharacters_IsLoggedEscaped()
    {
        var sink = new LogSink();
        using var factory = new AdminAppFactory();
        using var configured = factory.WithWebHostBuilder(b => b.ConfigureServices(s => s.AddSingleton<ILoggerProvider>(sink)));
        using var client = configured.CreateClient();

        await client.GetAsync("/api/x%0D%0A2026-01-01%20INFO%20forged%1B%5B31m%E2%80%A8%5Cu000A");

        var entry = Assert.Single(sink.Entries, e => e.Category.EndsWith("RequestLoggingMiddleware", StringComparison.Ordinal));
        var path = (string)entry.State["Path"]!;
        Assert.Equal(@"/api/x\u000D\u000A2026-01-01 INFO forged\u001B[31m\u2028\\u000A", path);
        Assert.DoesNotContain(entry.Message, c => char.IsControl(c) || c == '\u2028');
    }
}

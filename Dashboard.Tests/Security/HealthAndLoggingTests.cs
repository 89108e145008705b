using System.Collections.Concurrent;
using System.Net;
using Dashboard.Tests.Support;
using Dashboard.Web.Security;
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

    [Theory]
    [InlineData("/indicators/top500-systems", "/indicators/top500-systems")]
    [InlineData("/a\tb", @"/a\u0009b")]
    [InlineData("/a\u007Fb\u0085c\u2029", @"/a\u007Fb\u0085c\u2029")]
    [InlineData(@"/a\b", @"/a\\b")]
    [InlineData("/ünïcødé/中文", "/ünïcødé/中文")]
    public void EscapeForLog_Text_EscapesControlsAndLineBreaksOnly(string raw, string expected) =>
        Assert.Equal(expected, RequestLoggingMiddleware.EscapeForLog(raw));

    private sealed record Entry(string Category, string Message, IReadOnlyDictionary<string, object?> State);

    private sealed class LogSink : ILoggerProvider
    {
        public ConcurrentBag<Entry> Entries { get; } = [];

        public ILogger CreateLogger(string categoryName) => new Logger(categoryName, Entries);

        public void Dispose()
        {
        }

        private sealed class Logger(string category, ConcurrentBag<Entry> entries) : ILogger
        {
            public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

            public bool IsEnabled(LogLevel logLevel) => true;

            public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
            {
                var fields = state as IEnumerable<KeyValuePair<string, object?>> ?? [];
                entries.Add(new Entry(category, formatter(state, exception), fields.ToDictionary(kv => kv.Key, kv => kv.Value)));
            }
        }
    }
}

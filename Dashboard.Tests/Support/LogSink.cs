using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace Dashboard.Tests.Support;

/// <summary>
/// A logger provider that keeps every entry (category, event id, formatted line, structured fields) for a test to read
/// back. Add it with <c>services.AddSingleton&lt;ILoggerProvider&gt;(sink)</c>.
/// </summary>
public sealed class LogSink : ILoggerProvider
{
    public ConcurrentQueue<LogSinkEntry> Entries { get; } = new();

    public ILogger CreateLogger(string categoryName) => new Logger(categoryName, Entries);

    /// <summary>
    /// The first entry matching <paramref name="match"/>, waiting for it up to <paramref name="timeout"/> (10 s): work
    /// that finished as far as a client can see may log a moment later, on its own thread.
    /// </summary>
    public async Task<LogSinkEntry> WaitForAsync(Func<LogSinkEntry, bool> match, TimeSpan? timeout = null)
    {
        var deadline = DateTime.UtcNow + (timeout ?? TimeSpan.FromSeconds(10));
        while (true)
        {
            if (Entries.FirstOrDefault(match) is { } entry)
            {
                return entry;
            }

            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException("no matching log entry within the deadline");
            }

            await Task.Delay(10);
        }
    }

    public void Dispose()
    {
    }

    private sealed class Logger(string category, ConcurrentQueue<LogSinkEntry> entries) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            var fields = state as IEnumerable<KeyValuePair<string, object?>> ?? [];
            entries.Enqueue(new LogSinkEntry(category, logLevel, eventId.Id, formatter(state, exception), fields.ToDictionary(kv => kv.Key, kv => kv.Value)));
        }
    }
}

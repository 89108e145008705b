using Microsoft.Extensions.Logging;

namespace Dashboard.Tests.Support;

/// <summary>One log entry kept by <see cref="LogSink"/>: the line as a console would print it, and its structured fields.</summary>
public sealed record LogSinkEntry(string Category, LogLevel Level, int EventId, string Message, IReadOnlyDictionary<string, object?> State);

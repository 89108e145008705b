using System.Collections.Concurrent;
using Xunit.Abstractions;
using Xunit.Sdk;

namespace Dashboard.Tests.Support;

/// <summary>
/// Skips a test with its reason printed by plain <c>dotnet test</c> (an xunit diagnostic message, enabled in
/// xunit.runner.json; the console shows those at its default verbosity, skip reasons only at a higher one). Each reason
/// is printed once per run. Use as a class fixture.
/// </summary>
public sealed class SkipNotice(IMessageSink diagnostics)
{
    private static readonly ConcurrentDictionary<string, byte> Printed = new(StringComparer.Ordinal);

    public void If(bool condition, string reason)
    {
        if (condition && Printed.TryAdd(reason, 0))
        {
            diagnostics.OnMessage(new DiagnosticMessage("Skipped: " + reason));
        }

        Skip.If(condition, reason);
    }

    public void IfNot(bool condition, string reason) => If(!condition, reason);
}

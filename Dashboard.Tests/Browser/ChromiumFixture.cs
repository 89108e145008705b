using Xunit.Abstractions;
using Xunit.Sdk;

namespace Dashboard.Tests.Browser;

/// <summary>
/// Finds Debian's Chromium for the browser tests. Where it is absent the tests skip, and the reason is also sent as an
/// xunit diagnostic message (enabled in xunit.runner.json) so that plain <c>dotnet test</c> prints it, not just the name.
/// </summary>
public sealed class ChromiumFixture
{
    /// <summary>
    /// How long a browser step may wait for the state it expects (navigation, an element, a text): generous, because a
    /// loaded 2-core CI machine may take seconds per render, and bounded, so a broken page fails instead of hanging.
    /// Every wait is on a state; none of the tests waits for a time.
    /// </summary>
    public const float StepTimeoutMs = 90_000;

    public ChromiumFixture(IMessageSink diagnostics)
    {
        Microsoft.Playwright.Assertions.SetDefaultExpectTimeout(StepTimeoutMs);
        // GEOAI_CHROMIUM overrides the path, e.g. to check the skip path on a machine that has Chromium.
        ExecutablePath = Environment.GetEnvironmentVariable("GEOAI_CHROMIUM") is { Length: > 0 } path ? path : "/usr/bin/chromium";
        if (!File.Exists(ExecutablePath))
        {
            SkipReason = $"Browser tests skipped: no Chromium at {ExecutablePath} (install Debian's 'chromium' package; .ci/run does).";
            diagnostics.OnMessage(new DiagnosticMessage(SkipReason));
        }
    }

    public string ExecutablePath { get; }

    /// <summary>Why the browser tests cannot run here, or null when they can.</summary>
    public string? SkipReason { get; }

    public static string[] Args { get; } =
        ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"];
}

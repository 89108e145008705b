using System.Diagnostics;
using Xunit.Abstractions;
using Xunit.Sdk;

namespace Dashboard.Tests.Decks;

/// <summary>
/// Finds LibreOffice (<c>soffice</c>) for the deck conversion tests, a real client of the files we write. Where it is
/// absent the tests skip and the reason is printed as an xunit diagnostic message. Conversions run with a private
/// profile per call, a timeout, and the process tree killed when it hangs.
/// </summary>
public sealed partial class LibreOfficeFixture
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(120);

    public LibreOfficeFixture(IMessageSink diagnostics)
    {
        // GEOAI_SOFFICE overrides the path, e.g. to check the skip path on a machine that has LibreOffice.
        string[] candidates = Environment.GetEnvironmentVariable("GEOAI_SOFFICE") is { Length: > 0 } path
            ? [path]
            : ["/usr/bin/soffice", "/usr/lib/libreoffice/program/soffice", "/usr/local/bin/soffice"];
        ExecutablePath = candidates.FirstOrDefault(File.Exists);
        if (ExecutablePath is null)
        {
            SkipReason = $"LibreOffice deck tests skipped: no soffice at {string.Join(" or ", candidates)} (apt-get install -y libreoffice-impress).";
            diagnostics.OnMessage(new DiagnosticMessage(SkipReason));
        }
    }

    public string? ExecutablePath { get; }

    /// <summary>Pages of a PDF as LibreOffice writes it (uncompressed page objects): one per slide.</summary>
    public static int PageCount(string pdf) => PageObject().Count(pdf);

    /// <summary>Why the LibreOffice tests cannot run here, or null when they can.</summary>
    public string? SkipReason { get; }

    /// <summary>
    /// Converts <paramref name="input"/> with <c>soffice --headless --convert-to</c> into <paramref name="outputFolder"/>
    /// and returns the output file; fails with LibreOffice's own output when it exits badly, hangs or writes nothing.
    /// </summary>
    public async Task<string> ConvertAsync(string input, string filter, string extension, string outputFolder)
    {
        var profile = Path.Combine(Path.GetTempPath(), "geoai-lo-" + Guid.NewGuid().ToString("N"));
        var start = new ProcessStartInfo(ExecutablePath ?? throw new InvalidOperationException(SkipReason))
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var arg in new[] { $"-env:UserInstallation=file://{profile}", "--headless", "--norestore", "--nolockcheck", "--convert-to", filter, "--outdir", outputFolder, input })
        {
            start.ArgumentList.Add(arg);
        }

        try
        {
            using var process = Process.Start(start)!;
            var stdout = process.StandardOutput.ReadToEndAsync();
            var stderr = process.StandardError.ReadToEndAsync();
            using var timeout = new CancellationTokenSource(Timeout);
            try
            {
                await process.WaitForExitAsync(timeout.Token);
            }
            catch (OperationCanceledException)
            {
                process.Kill(entireProcessTree: true);
                throw new TimeoutException($"soffice did not finish converting {input} within {Timeout.TotalSeconds} s and was killed.");
            }

            var output = Path.Combine(outputFolder, Path.GetFileNameWithoutExtension(input) + extension);
            var log = $"exit {process.ExitCode}; stdout: {await stdout}; stderr: {await stderr}";
            Assert.True(process.ExitCode == 0 && File.Exists(output), $"soffice failed to convert {input} to {filter}: {log}");
            return output;
        }
        finally
        {
            try
            {
                Directory.Delete(profile, recursive: true);
            }
            catch (IOException)
            {
                // A profile left behind in /tmp is harmless; the test result is what matters.
            }
        }
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"/Type\s*/Page(?![A-Za-z])")]
    private static partial System.Text.RegularExpressions.Regex PageObject();
}

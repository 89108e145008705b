using System.Diagnostics;
using Dashboard.Data.Import;
using Dashboard.Web.Admin;

namespace Dashboard.Web.Cli;

/// <summary>Progress lines on stderr (bytes read, then rows written), at most a few per second, flushed at once.</summary>
public sealed class CliProgress(TextWriter stderr, string fileName) : IProgress<ImportProgress>
{
    /// <summary>Files at least this big get progress lines unless <c>--quiet</c>.</summary>
    public const long BigFileBytes = 1024 * 1024;

    private static readonly TimeSpan Every = TimeSpan.FromMilliseconds(250);

    private long _last = long.MinValue;
    private string _lastPhase = "";
    private bool _lastWasDone;

    public void Report(ImportProgress value)
    {
        var now = Stopwatch.GetTimestamp();
        var phaseChanged = value.Phase != _lastPhase;
        var done = value.Total > 0 && value.Done >= value.Total;
        if (!phaseChanged && (done ? _lastWasDone : Stopwatch.GetElapsedTime(_last, now) < Every))
        {
            return;
        }

        _last = now;
        _lastPhase = value.Phase;
        _lastWasDone = done;
        stderr.WriteLine($"{fileName}: {AdminProgress.Describe(value)}");
        stderr.Flush();
    }
}

namespace ImportBench;

/// <summary>One timed run: wall-clock time and the CPU time it used (all threads, or the child process for sqlite3).</summary>
internal readonly record struct Measurement(TimeSpan Wall, TimeSpan Cpu)
{
    /// <summary>Times <paramref name="action"/> with this process's CPU time (all its threads).</summary>
    public static Measurement Of(Action action)
    {
        var cpu = Environment.CpuUsage.TotalTime;
        var sw = System.Diagnostics.Stopwatch.StartNew();
        action();
        sw.Stop();
        return new Measurement(sw.Elapsed, Environment.CpuUsage.TotalTime - cpu);
    }
}

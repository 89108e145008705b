using System.Globalization;
using Microsoft.Data.Sqlite;

namespace ImportBench;

/// <summary>The machine a run happened on, for docs/PERFORMANCE.md.</summary>
internal static class MachineInfo
{
    public static string Describe()
    {
        var cpu = Grep("/proc/cpuinfo", "model name") ?? "unknown CPU";
        var mem = Grep("/proc/meminfo", "MemTotal");
        var ram = mem is null ? "?" : (long.Parse(mem.Split(' ', StringSplitOptions.RemoveEmptyEntries)[0], CultureInfo.InvariantCulture) / 1024.0 / 1024.0).ToString("F1", CultureInfo.InvariantCulture) + " GiB";
        return $"{Environment.ProcessorCount} cores (nproc), {cpu}, {ram} RAM, {System.Runtime.InteropServices.RuntimeInformation.OSDescription}";
    }

    /// <summary>CPU time (user + system) of this process's finished child processes, from /proc/self/stat.</summary>
    public static TimeSpan ChildrenCpu()
    {
        if (!File.Exists("/proc/self/stat"))
        {
            return TimeSpan.Zero;
        }

        var stat = File.ReadAllText("/proc/self/stat");
        var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
        // Fields 16 and 17 of the file (cutime, cstime) in clock ticks of 1/100 s; the list starts at field 3.
        var ticks = long.Parse(fields[13], CultureInfo.InvariantCulture) + long.Parse(fields[14], CultureInfo.InvariantCulture);
        return TimeSpan.FromSeconds(ticks / 100.0);
    }

    /// <summary>The 1-minute load average, or "?" where /proc/loadavg is missing.</summary>
    public static string LoadAverage() =>
        File.Exists("/proc/loadavg") ? File.ReadAllText("/proc/loadavg").Split(' ')[0] : "?";

    public static string LibrarySqliteVersion()
    {
        using var c = new SqliteConnection("Data Source=:memory:");
        c.Open();
        using var cmd = c.CreateCommand();
        cmd.CommandText = "SELECT sqlite_version()";
        return (string)cmd.ExecuteScalar()!;
    }

    private static string? Grep(string file, string key)
    {
        if (!File.Exists(file))
        {
            return null;
        }

        var line = File.ReadLines(file).FirstOrDefault(l => l.StartsWith(key, StringComparison.Ordinal));
        return line?[(line.IndexOf(':', StringComparison.Ordinal) + 1)..].Trim();
    }
}

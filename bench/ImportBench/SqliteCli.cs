using System.Diagnostics;

namespace ImportBench;

/// <summary>The <c>sqlite3</c> command-line shell: the reference point for import speed.</summary>
internal static class SqliteCli
{
    public const string Columns =
        "indicator TEXT, entity TEXT, counterpart TEXT, period TEXT, period_as_stated TEXT, value TEXT, source TEXT, locator TEXT, basis TEXT, derived_from TEXT, note TEXT";

    /// <summary>The same uniqueness rule as <c>ux_observations_key</c> in the store's schema.</summary>
    public const string KeyIndex =
        "CREATE UNIQUE INDEX ux_raw_key ON observations_raw (indicator, entity, IFNULL(counterpart, ''), period)";

    public static string? Version()
    {
        try
        {
            var (code, output) = Run("-version");
            return code == 0 ? output.Trim() : null;
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return null;
        }
    }

    /// <summary>Creates the target table (untimed), then times <c>sqlite3 db ".import --csv --skip 1 file observations_raw"</c>.</summary>
    public static Measurement TimeImport(string db, string csv, bool withKeyIndex, long expectedRows)
    {
        File.Delete(db);
        var setup = "CREATE TABLE observations_raw (" + Columns + ");" + (withKeyIndex ? KeyIndex + ";" : "");
        Check(Run(db, setup));
        var cpu = MachineInfo.ChildrenCpu();
        var sw = Stopwatch.StartNew();
        Check(Run(db, ".import --csv --skip 1 " + csv + " observations_raw"));
        sw.Stop();
        var m = new Measurement(sw.Elapsed, MachineInfo.ChildrenCpu() - cpu);
        var (_, count) = Run(db, "SELECT COUNT(*) FROM observations_raw");
        if (count.Trim() != expectedRows.ToString(System.Globalization.CultureInfo.InvariantCulture))
        {
            throw new InvalidOperationException($"sqlite3 imported {count.Trim()} rows, expected {expectedRows}");
        }
        return m;
    }

    public static string Command(string db, string csv) => $"sqlite3 {db} \".import --csv --skip 1 {csv} observations_raw\"";

    private static void Check((int Code, string Output) result)
    {
        if (result.Code != 0)
        {
            throw new InvalidOperationException("sqlite3 failed: " + result.Output);
        }
    }

    private static (int Code, string Output) Run(params string[] args)
    {
        var info = new ProcessStartInfo("sqlite3") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var a in args)
        {
            info.ArgumentList.Add(a);
        }

        using var p = Process.Start(info)!;
        var stdout = p.StandardOutput.ReadToEndAsync();
        var stderr = p.StandardError.ReadToEnd();
        p.WaitForExit();
        return (p.ExitCode, stdout.Result + stderr);
    }
}

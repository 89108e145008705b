using System.Globalization;

namespace ImportBench;

/// <summary>The timings of one measured thing.</summary>
internal sealed record BenchResult(string Name, IReadOnlyList<Measurement> Runs)
{
    public double Median => MedianOf(Runs.Select(r => r.Wall.TotalSeconds));

    public double Min => Runs.Min(r => r.Wall.TotalSeconds);

    public double Max => Runs.Max(r => r.Wall.TotalSeconds);

    public double MedianCpu => MedianOf(Runs.Select(r => r.Cpu.TotalSeconds));

    public static string Header(string first) =>
        $"| {first} | median s | min s | max s | CPU s (median) | rows/s (median) | × sqlite3 plain (median) | × sqlite3 indexed (median) |\n" +
        "|---|---:|---:|---:|---:|---:|---:|---:|";

    public string Row(int rows, BenchResult plain, BenchResult indexed) =>
        string.Create(CultureInfo.InvariantCulture,
            $"| {Name} | {Median:F2} | {Min:F2} | {Max:F2} | {MedianCpu:F2} | {rows / Median:N0} | {Median / plain.Median:F2} | {Median / indexed.Median:F2} |");

    private static double MedianOf(IEnumerable<double> values)
    {
        var s = values.Order().ToArray();
        return s.Length % 2 == 1 ? s[s.Length / 2] : (s[s.Length / 2 - 1] + s[s.Length / 2]) / 2;
    }
}

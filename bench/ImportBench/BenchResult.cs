using System.Globalization;

namespace ImportBench;

/// <summary>The timings of one measured thing.</summary>
internal sealed record BenchResult(string Name, IReadOnlyList<TimeSpan> Times)
{
    public double Median
    {
        get
        {
            var s = Times.Select(t => t.TotalSeconds).Order().ToArray();
            return s.Length % 2 == 1 ? s[s.Length / 2] : (s[s.Length / 2 - 1] + s[s.Length / 2]) / 2;
        }
    }

    public string Row(int rows, double plain, double indexed) =>
        string.Create(CultureInfo.InvariantCulture,
            $"| {Name} | {Median:F2} | {Times.Min().TotalSeconds:F2} | {Times.Max().TotalSeconds:F2} | {rows / Median:N0} | {Median / plain:F2} | {Median / indexed:F2} |");
}

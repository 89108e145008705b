namespace Dashboard.Web.Charts.Maps;

/// <summary>
/// Classes for a choropleth, pure. Equal intervals with a round step (1, 2, 2.5 or 5 × 10ⁿ) and round outer edges,
/// at most <c>maxBins</c> classes; when those leave values bunched (fewer classes in use than the distinct values
/// allow, less one), nice quantiles instead: breaks between neighbouring values at the roundest number between them,
/// so five skewed values such as 3, 5, 21, 308, 487 still land in five classes. All values equal give one class; no
/// values give none.
/// </summary>
public static class MapBinning
{
    public const int DefaultBins = 5;

    private static readonly double[] NiceMultiples = [1, 2, 2.5, 5, 10];

    public static MapBins Compute(IEnumerable<double> values, int maxBins = DefaultBins)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(maxBins, 1);
        var sorted = values.Where(double.IsFinite).Order().ToArray();
        if (sorted.Length == 0)
        {
            return MapBins.None;
        }

        if (sorted[0] == sorted[^1])
        {
            return Make([sorted[0], sorted[0]], MapBinMethod.SingleValue);
        }

        var equal = EqualInterval(sorted, maxBins);
        var distinct = sorted.Distinct().Count();
        var used = sorted.Select(equal.IndexOf).Distinct().Count();
        if (distinct < 3 || maxBins < 3 || used >= Math.Min(maxBins, distinct) - 1)
        {
            return equal;
        }

        return Quantile(sorted, maxBins) is { Count: > 1 } quantile && sorted.Select(quantile.IndexOf).Distinct().Count() > used ? quantile : equal;
    }

    /// <summary>Equal classes of the smallest round step that covers the values in at most <paramref name="maxBins"/> classes.</summary>
    public static MapBins EqualInterval(IReadOnlyList<double> values, int maxBins)
    {
        var (min, max) = (values.Min(), values.Max());
        if (min == max)
        {
            return Make([min, min], MapBinMethod.SingleValue);
        }

        var step = NiceStepAtLeast((max - min) / maxBins);
        for (var attempt = 0; attempt < 12; attempt++)
        {
            // Whole steps around the values; the checks undo floating-point error (0.3 / 0.1 = 2.9999999999999996).
            var first = Math.Floor(min / step);
            if (Clean((first + 1) * step) <= min)
            {
                first++;
            }

            var last = Math.Ceiling(max / step);
            if (Clean((last - 1) * step) >= max)
            {
                last--;
            }

            var count = (int)Math.Round(last - first);
            if (count <= maxBins)
            {
                return Make(Enumerable.Range(0, count + 1).Select(i => Clean((first + i) * step)).ToArray(), MapBinMethod.EqualInterval);
            }

            step = NiceStepAtLeast(step * 1.000001);
        }

        // Values on both sides of a multiple of every step (e.g. -0.2 and 162 in one class): one class, round edges.
        var span = max - min;
        return Make([RoundestAtMost(min, min - span), -RoundestAtMost(-max, -max - span)], MapBinMethod.EqualInterval);
    }

    /// <summary>
    /// Quantile classes: a break at every i/<paramref name="maxBins"/> of the sorted values (none where neighbours
    /// are equal), at the roundest number above the lower neighbour and not above the upper one.
    /// </summary>
    public static MapBins Quantile(IReadOnlyList<double> values, int maxBins)
    {
        var sorted = values.Order().ToArray();
        var n = sorted.Length;
        var breaks = new SortedSet<double>();
        for (var i = 1; i < maxBins; i++)
        {
            var cut = (int)Math.Round(i * n / (double)maxBins);
            if (cut >= 1 && cut < n && sorted[cut - 1] < sorted[cut])
            {
                breaks.Add(RoundestAbove(sorted[cut - 1], sorted[cut]));
            }
        }

        if (breaks.Count == 0)
        {
            return EqualInterval(sorted, maxBins);
        }

        var (min, max) = (sorted[0], sorted[^1]);
        var lower = RoundestAtMost(min, min - (breaks.Min - min));
        var upper = -RoundestAtMost(-max, -max - (max - breaks.Max));
        return Make([lower, .. breaks, upper], MapBinMethod.Quantile);
    }

    /// <summary>The smallest of 1, 2, 2.5, 5 × 10ⁿ that is at least <paramref name="x"/> (x &gt; 0).</summary>
    public static double NiceStepAtLeast(double x)
    {
        var power = Math.Pow(10, Math.Floor(Math.Log10(x)));
        return Clean(NiceMultiples.Select(m => m * power).First(s => s >= x * (1 - 1e-12)));
    }

    /// <summary>The roundest number in (a, b]: a multiple of the largest step of 10ⁿ, 5 × 10ⁿ⁻¹ or 2 × 10ⁿ⁻¹ that fits.</summary>
    public static double RoundestAbove(double a, double b)
    {
        foreach (var step in StepsFor(Math.Max(Math.Abs(a), Math.Abs(b))))
        {
            var c = Clean(Math.Floor(a / step) * step + step);
            c = c <= a ? Clean(c + step) : c;
            if (c > a && c <= b)
            {
                return c;
            }
        }

        return b;
    }

    /// <summary>The roundest number in [floor, x].</summary>
    private static double RoundestAtMost(double x, double floor)
    {
        foreach (var step in StepsFor(Math.Max(Math.Abs(x), Math.Abs(floor))))
        {
            var c = Clean(Math.Floor(x / step) * step);
            c = c > x ? Clean(c - step) : c;
            if (c <= x && c >= floor)
            {
                return c;
            }
        }

        return x;
    }

    private static IEnumerable<double> StepsFor(double magnitude)
    {
        var top = (int)Math.Ceiling(Math.Log10(Math.Max(magnitude, 1e-12))) + 1;
        for (var k = top; k > top - 16; k--)
        {
            var p = Math.Pow(10, k);
            yield return p;
            yield return p / 2;
            yield return p / 5;
        }
    }

    private static MapBins Make(double[] edges, MapBinMethod method) =>
        new() { Edges = edges, Method = method, Decimals = edges.Select(DecimalsOf).Max() };

    private static int DecimalsOf(double v)
    {
        for (var d = 0; d < 8; d++)
        {
            if (Math.Abs(Math.Round(v, d) - v) <= 1e-9 * Math.Max(1, Math.Abs(v)))
            {
                return d;
            }
        }

        return 8;
    }

    /// <summary>Removes floating-point noise (0.30000000000000004 → 0.3) by rounding to 12 significant digits.</summary>
    private static double Clean(double v) =>
        v == 0 ? 0 : Math.Round(v, Math.Clamp(11 - (int)Math.Floor(Math.Log10(Math.Abs(v))), 0, 15));
}

using System.Globalization;
using Dashboard.Web.Charts.Styling;

namespace Dashboard.Web.Charts.Maps;

/// <summary>
/// Classes for a choropleth, pure. The values given should be those of every period of the map, so the classes (and
/// colours) are the same in every year. Zero is a class of its own when the values start at 0 (none negative), so a
/// state with nothing is never coloured like a state with a little. The rest: by default equal intervals with a round
/// step (1, 2, 2.5 or 5 × 10ⁿ) and round outer edges, at most <c>maxBins</c> classes — for whole-number data (counts)
/// whole-number classes, one per value when few ("1", "2") or ranges ("1–4", "5–9"); on request
/// (<c>map_classes = quantile</c>) nice quantiles, breaks between neighbouring values at the roundest number between
/// them. All values equal give one class; no values give none.
/// </summary>
public static class MapBinning
{
    public const int DefaultBins = 5;

    private static readonly double[] NiceMultiples = [1, 2, 2.5, 5, 10];

    /// <param name="values">The values to class (every period of the map).</param>
    /// <param name="quantile">Quantile classes instead of equal steps.</param>
    /// <param name="maxBins">At most this many classes besides the zero class.</param>
    public static MapBins Compute(IEnumerable<double> values, bool quantile = false, int maxBins = DefaultBins)
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

        var zero = sorted[0] == 0;
        var rest = zero ? sorted.Where(v => v > 0).ToArray() : sorted;
        MapBins bins;
        if (rest.All(v => v == Math.Floor(v)) && (!quantile || rest.Distinct().Count() <= maxBins))
        {
            bins = WholeNumbers(rest, maxBins);
        }
        else if (rest[0] == rest[^1])
        {
            bins = Make([rest[0], rest[0]], MapBinMethod.SingleValue);
        }
        else
        {
            bins = quantile ? Quantile(rest, maxBins) : EqualInterval(rest, maxBins);
        }

        if (!zero)
        {
            return bins;
        }

        // The first class above the zero class holds no zero: "< 20" rather than "0–20".
        var classes = bins.Classes.ToList();
        if (classes[0] is { Low: 0, IsSingleValue: false } first)
        {
            classes[0] = first with { Label = "< " + first.Label[(first.Label.IndexOf('–', StringComparison.Ordinal) + 1)..] };
        }

        return bins with { Classes = [new MapClass(0, 0, "0"), .. classes], Method = bins.Method == MapBinMethod.SingleValue ? MapBinMethod.EqualInterval : bins.Method };
    }

    /// <summary>
    /// Whole-number classes for whole-number values (none negative or all): one class per value when the range has at
    /// most <paramref name="maxBins"/> values, else ranges of a whole round step ("1–4", "5–9"; 1, 2, 5, 10, 20, 25 or 50);
    /// steps of 100 and more as equal intervals ("10,000–20,000").
    /// </summary>
    public static MapBins WholeNumbers(IReadOnlyList<double> values, int maxBins)
    {
        var (min, max) = (values.Min(), values.Max());
        if (max - min + 1 <= maxBins)
        {
            var each = Enumerable.Range(0, (int)(max - min) + 1).Select(i => min + i)
                .Select(v => new MapClass(v, v, Whole(v))).ToList();
            return new MapBins { Classes = each, Method = each.Count == 1 ? MapBinMethod.SingleValue : MapBinMethod.EqualInterval };
        }

        var step = Math.Max(1, NiceStepAtLeast((max - min + 1) / maxBins));
        if (step >= 100)
        {
            // Large counts read better as "10,000–20,000" than "10,000–19,999".
            return EqualInterval(values, maxBins);
        }

        for (var attempt = 0; attempt < 40; attempt++)
        {
            // Whole steps only: 2.5 becomes 5 (steps below 1 are already 1).
            step = step == 2.5 ? 5 : step;
            var lo = Math.Floor(min / step) * step;
            var classes = new List<MapClass>();
            for (var a = lo; a <= max; a += step)
            {
                var from = Math.Max(a, min > 0 && a == 0 ? 1 : a);
                var to = a + step - 1;
                classes.Add(new MapClass(from, a + step, from == to ? Whole(from) : from < 0 || to < 0 ? $"{Whole(from)} to {Whole(to)}" : $"{Whole(from)}–{Whole(to)}"));
            }

            if (classes.Count <= maxBins)
            {
                return new MapBins { Classes = classes, Method = MapBinMethod.EqualInterval };
            }

            step = NiceStepAtLeast(step * 1.000001);
        }

        return EqualInterval(values, maxBins);
    }

    private static string Whole(double v) => v.ToString(Math.Abs(v) >= 1e4 ? "#,0" : "0", System.Globalization.CultureInfo.InvariantCulture);

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

    private static MapBins Make(double[] edges, MapBinMethod method)
    {
        var decimals = edges.Select(DecimalsOf).Max();
        var large = edges.Max(Math.Abs) >= 1e4;
        string Format(double v) => large ? ValueFormat.Tick(v) : (v == 0 ? 0 : v).ToString("F" + decimals.ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture);
        var classes = edges.Length == 2 && edges[0] == edges[1]
            ? [new MapClass(edges[0], edges[0], Format(edges[0]))]
            : Enumerable.Range(0, edges.Length - 1).Select(i => (Lo: edges[i], Hi: edges[i + 1]))
                .Select(c => new MapClass(c.Lo, c.Hi, c.Lo < 0 || c.Hi < 0 ? $"{Format(c.Lo)} to {Format(c.Hi)}" : $"{Format(c.Lo)}–{Format(c.Hi)}"))
                .ToList();
        return new MapBins { Classes = classes, Method = method };
    }

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

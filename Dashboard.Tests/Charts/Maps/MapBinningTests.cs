using Dashboard.Web.Charts;
using Dashboard.Web.Charts.Maps;

namespace Dashboard.Tests.Charts.Maps;

public sealed class MapBinningTests
{
    [Fact]
    public void Compute_Debt2019_FiveEqualClassesOfTen()
    {
        var bins = MapBinning.Compute(MapSamples.Debt2019.Values);

        Assert.Equal(MapBinMethod.EqualInterval, bins.Method);
        Assert.Equal([0, 10, 20, 30, 40, 50], bins.Edges);
        Assert.Equal(["0–10", "10–20", "20–30", "30–40", "40–50"], Enumerable.Range(0, bins.Count).Select(bins.Label));
        Assert.Equal([0, 4, 3, 2, 1], new[] { "KAZ", "KGZ", "TJK", "TKM", "UZB" }.Select(c => bins.IndexOf(MapSamples.Debt2019[c])));
    }

    [Fact]
    public void Compute_SkewedValuesQuantileAsked_NiceQuantilesPutEachInItsOwnClass()
    {
        // AI publications 2023 (CSET via OWID): one class of 0–100 would hold three of five states.
        double[] values = [487, 308, 21.5, 5, 3];

        var bins = MapBinning.Compute(values, quantile: true);

        Assert.Equal(MapBinMethod.Quantile, bins.Method);
        Assert.Equal([2, 5, 20, 200, 400, 500], bins.Edges);
        Assert.Equal(5, values.Select(bins.IndexOf).Distinct().Count());
        Assert.Equal("200–400", bins.Label(3));
    }

    [Theory]
    [InlineData(new double[] { 3, 3, 3 }, "3")]
    [InlineData(new double[] { 47.9 }, "47.9")]
    [InlineData(new double[] { 0, 0 }, "0")]
    public void Compute_OneDistinctValue_OneClassHoldingIt(double[] values, string label)
    {
        var bins = MapBinning.Compute(values);

        Assert.Equal(MapBinMethod.SingleValue, bins.Method);
        Assert.Equal(1, bins.Count);
        Assert.Equal(label, bins.Label(0));
        Assert.All(values, v => Assert.Equal(0, bins.IndexOf(v)));
        Assert.Equal(-1, bins.IndexOf(values[0] + 1));
    }

    [Fact]
    public void Compute_NoValues_NoClasses()
    {
        var bins = MapBinning.Compute([double.NaN]);

        Assert.Same(MapBins.None, bins);
        Assert.Equal(0, bins.Count);
        Assert.Equal(-1, bins.IndexOf(1));
    }

    [Fact]
    public void Compute_NegativeValues_RoundEdgesAndReadableLabels()
    {
        double[] values = [-12.5, -3, 4, 9.9, 17];

        var bins = MapBinning.Compute(values);

        Assert.Equal([-20, -10, 0, 10, 20], bins.Edges);
        Assert.Equal("-20 to -10", bins.Label(0));
        Assert.Equal("0–10", bins.Label(2));
        Assert.All(values, v => Assert.InRange(bins.IndexOf(v), 0, bins.Count - 1));
    }

    [Fact]
    public void Compute_TwoAndAHalfStep_LabelsShareOneDecimal()
    {
        var bins = MapBinning.Compute([0.4, 3, 6, 8.5, 11]);

        Assert.Equal([0, 2.5, 5, 7.5, 10, 12.5], bins.Edges);
        Assert.Equal("0.0–2.5", bins.Label(0));
        Assert.Equal("5.0–7.5", bins.Label(2));
    }

    [Fact]
    public void Compute_LargeValues_ThousandsSeparators()
    {
        var bins = MapBinning.Compute([12_000, 25_000, 31_000, 44_000, 58_000]);

        Assert.Equal("10,000–20,000", bins.Label(0));
    }

    [Fact]
    public void IndexOf_ValueOnAnEdge_BelongsToTheUpperClassExceptTheTopEdge()
    {
        var bins = MapBinning.Compute([0, 10, 20, 30, 40, 50]);

        Assert.Equal(1, bins.IndexOf(10));
        Assert.Equal(bins.Count - 1, bins.IndexOf(50));
        Assert.Equal(-1, bins.IndexOf(-0.1));
    }

    [Fact]
    public void EqualInterval_NeverMoreClassesThanAsked()
    {
        var random = new Random(12);
        for (var i = 0; i < 500; i++)
        {
            var values = Enumerable.Range(0, 5).Select(_ => Math.Round((random.NextDouble() - 0.3) * Math.Pow(10, random.Next(-3, 7)), 4)).ToArray();
            var max = random.Next(1, 8);

            var bins = MapBinning.Compute(values, maxBins: max);

            Assert.True(bins.Count >= 1 && bins.Count <= max + (bins.HasZeroClass ? 1 : 0), $"{string.Join(", ", values)} max {max}: {string.Join(", ", bins.Edges)} ({bins.Method})");
            Assert.True(values.All(v => bins.IndexOf(v) >= 0), $"{string.Join(", ", values)} in {string.Join(", ", bins.Edges)} ({bins.Method})");
            Assert.True(bins.Classes.All(c => c.Low <= c.High), string.Join(",", bins.Edges));
            Assert.True(bins.Classes.Zip(bins.Classes.Skip(1)).All(p => p.First.High <= p.Second.Low || p.First.IsSingleValue), string.Join(",", bins.Edges));
        }
    }

    [Fact]
    public void Compute_CountsWithZeros_ZeroClassThenOneClassPerWholeNumber()
    {
        // TOP500 systems of the five states over every list: mostly 0, Kazakhstan 2 and Uzbekistan 1 lately.
        double[] values = [0, 0, 0, 0, 0, 0, 2, 0, 0, 0, 2, 1, 0, 0, 0];

        var bins = MapBinning.Compute(values);

        Assert.True(bins.HasZeroClass);
        Assert.Equal(["0", "1", "2"], bins.Classes.Select(c => c.Label));
        Assert.Equal([0, 1, 2], new double[] { 0, 1, 2 }.Select(bins.IndexOf));
        Assert.Equal(-1, bins.IndexOf(1.5));
    }

    [Fact]
    public void Compute_WideCounts_WholeNumberRanges()
    {
        var bins = MapBinning.Compute([0, 3, 7, 12, 19, 44]);

        Assert.Equal(["0", "1–9", "10–19", "20–29", "30–39", "40–49"], bins.Classes.Select(c => c.Label));
        Assert.Equal(1, bins.IndexOf(3));
        Assert.Equal(2, bins.IndexOf(19));
    }

    [Fact]
    public void Compute_PercentagesFromZero_ZeroClassAndRoundSteps()
    {
        // Debt shares of every year 2000–2024: 0 (Kyrgyzstan 2000) to 91.2 (Turkmenistan 2014).
        var bins = MapBinning.Compute([0, 0.34, 12.5, 39.7, 47.9, 91.19]);

        Assert.Equal(["0", "< 20", "20–40", "40–60", "60–80", "80–100"], bins.Classes.Select(c => c.Label));
        Assert.Equal(0, bins.IndexOf(0));
        Assert.Equal(1, bins.IndexOf(0.34));
        Assert.Equal(3, bins.IndexOf(47.9));
    }

    [Theory]
    [InlineData(0.7, 1)]
    [InlineData(1.2, 2)]
    [InlineData(2.1, 2.5)]
    [InlineData(3, 5)]
    [InlineData(9.18, 10)]
    [InlineData(0.0031, 0.005)]
    public void NiceStepAtLeast_RoundSteps(double x, double expected) =>
        Assert.Equal(expected, MapBinning.NiceStepAtLeast(x));
}

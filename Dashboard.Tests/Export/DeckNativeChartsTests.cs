using Dashboard.Data.Model;
using Dashboard.Tests.Charts;
using Dashboard.Web.Charts;
using Dashboard.Web.Charts.Model;
using Dashboard.Web.Charts.Selection;
using Dashboard.Web.Charts.Styling;
using Dashboard.Web.Decks;
using Dashboard.Web.Export;

namespace Dashboard.Tests.Export;

public sealed class DeckNativeChartsTests
{
    private static ChartSpec WithPeriods(ChartSpec spec) => spec with
    {
        Periods = spec.Series.SelectMany(s => s.Points).Select(p => Period.Parse(p.Period.Text)).Distinct().OrderBy(p => p.Start).ThenBy(p => p.End).ToList(),
    };

    [Fact]
    public void For_LineWithMissingPeriod_OneValuePerPeriodAndAGap()
    {
        var spec = WithPeriods(SampleSpecs.Line() with
        {
            Series =
            [
                new ChartSeries { Name = "China", StyleCode = "CHN", Points = [SampleSpecs.Point("2019-06", 219), SampleSpecs.Point("2020-06", 226)] },
                new ChartSeries { Name = "Russia", StyleCode = "RUS", Points = [SampleSpecs.Point("2019-06", 3), SampleSpecs.Point("2019-11", 3), SampleSpecs.Point("2020-06", 2)] },
            ],
        });

        var chart = DeckNativeCharts.For(spec, out var reason)!;

        Assert.Equal("", reason);
        Assert.Equal(DeckChartKind.Line, chart.Kind);
        Assert.Equal(["Jun 2019", "Nov 2019", "Jun 2020"], chart.Categories);
        Assert.Equal(new double?[] { 219, null, 226 }, chart.Series[0].Values);
        Assert.Equal(new double?[] { 3, 3, 2 }, chart.Series[1].Values);
        Assert.Equal((ChartPalette.For("CHN").LightHex, DashStyle.Solid), (chart.Series[0].ColorHex, chart.Series[0].Dash));
        Assert.Equal((ChartPalette.For("RUS").LightHex, ChartPalette.For("RUS").Dash), (chart.Series[1].ColorHex, chart.Series[1].Dash));
        Assert.Equal("%", chart.ValueAxisTitle);
        Assert.Equal(0, chart.ValueMin);
        Assert.True(chart.ShowMarkers);
    }

    [Fact]
    public void For_Slope_TwoPointLineOverItsPeriods()
    {
        var chart = DeckNativeCharts.For(WithPeriods(SampleSpecs.Slope()), out _)!;

        Assert.Equal(DeckChartKind.Slope, chart.Kind);
        Assert.Equal(["2010–2014", "2015–2019"], chart.Categories);
        Assert.Equal(new double?[] { 1.5, 18 }, chart.Series[0].Values);
        Assert.Equal(new double?[] { 76, 52 }, chart.Series[1].Values);
    }

    [Fact]
    public void For_GroupedBarOnePeriod_OneColumnPerSeriesNamedInTheLegend()
    {
        var chart = DeckNativeCharts.For(SampleSpecs.GroupedBar(), out _)!;

        Assert.Equal(DeckChartKind.ClusteredColumn, chart.Kind);
        Assert.Equal(["Nov 2019"], chart.Categories);
        Assert.Equal(["China", "United States", "Russia"], chart.Series.Select(s => s.Name));
        Assert.Equal(new double?[] { 228, 117, 3 }, chart.Series.Select(s => s.Values.Single()));
    }

    [Fact]
    public void For_StackedShareOfTwoRecipients_PercentStackedWithRecipientAndShortLabels()
    {
        var spec = SampleSpecs.StackedShare() with
        {
            Categories = ["Kazakhstan · 2010–2014", "Kyrgyzstan · 2010–2014"],
            CategoryLabels = ["2010–14", "2010–14"],
            CategoryGroups = ["Kazakhstan", "Kyrgyzstan"],
            Series =
            [
                new ChartSeries { Name = "China", StyleCode = "CHN", Points = [SampleSpecs.Point("2010-2014", 2) with { Category = "Kyrgyzstan · 2010–2014" }] },
                new ChartSeries { Name = "Russia", StyleCode = "RUS", Points = [SampleSpecs.Point("2010-2014", 90) with { Category = "Kazakhstan · 2010–2014" }, SampleSpecs.Point("2010-2014", 98) with { Category = "Kyrgyzstan · 2010–2014" }] },
            ],
        };

        var chart = DeckNativeCharts.For(spec, out _)!;

        Assert.Equal(DeckChartKind.PercentStackedColumn, chart.Kind);
        Assert.Equal(["Kazakhstan · 2010–14", "Kyrgyzstan · 2010–14"], chart.Categories);
        Assert.Equal(new double?[] { null, 2 }, chart.Series[0].Values);
        Assert.Equal(new double?[] { 90, 98 }, chart.Series[1].Values);
        Assert.Null(chart.ValueMin);
    }

    [Theory]
    [InlineData(ChartKind.Timeline)]
    [InlineData(ChartKind.Table)]
    public void For_KindPowerPointCannotDraw_NullWithoutOwnReason(ChartKind kind)
    {
        Assert.Null(DeckNativeCharts.For(SampleSpecs.For(kind), out var reason));
        Assert.Equal("", reason);
        Assert.False(DeckNativeCharts.CanDraw(kind));
    }

    [Fact]
    public void For_NoData_PictureWithReason()
    {
        Assert.Null(DeckNativeCharts.For(SampleSpecs.Line() with { Series = [] }, out var reason));
        Assert.StartsWith("No data for this selection", reason, StringComparison.Ordinal);
    }

    [Fact]
    public void For_TwoValuesOfASeriesInOnePeriod_PictureWithReason()
    {
        var spec = WithPeriods(SampleSpecs.MonthlyLine() with
        {
            Series = [new ChartSeries { Name = "China", StyleCode = "CHN", Points = [SampleSpecs.Point("2019-06", 1), SampleSpecs.Point("2019-06", 2)] }],
        });

        Assert.Null(DeckNativeCharts.For(spec, out var reason));
        Assert.Contains("'China' has more than one value for 'Jun 2019'", reason, StringComparison.Ordinal);
    }

    [Fact]
    public void For_NegativeShare_PictureWithReason()
    {
        var spec = SampleSpecs.StackedShare() with
        {
            Series = [new ChartSeries { Name = "China", StyleCode = "CHN", Points = [SampleSpecs.Point("2010-2014", -1), SampleSpecs.Point("2015-2019", 3)] }],
        };

        Assert.Null(DeckNativeCharts.For(spec, out var reason));
        Assert.Contains("negative", reason, StringComparison.Ordinal);
    }
}

using Dashboard.Data.Model;
using Dashboard.Tests.Charts;
using Dashboard.Web.Charts;
using Dashboard.Web.Charts.Model;
using Dashboard.Web.Charts.Selection;
using Dashboard.Web.Charts.Styling;
using Dashboard.Web.Decks;
using Dashboard.Web.Export;

namespace Dashboard.Tests.Export;

public sealed class PptxVisualsTests
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

        var chart = PptxVisuals.Chart(spec, false, out var reason)!;

        Assert.Equal("", reason);
        Assert.Equal(PptxChartKind.Line, chart.Kind);
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
        var chart = PptxVisuals.Chart(WithPeriods(SampleSpecs.Slope()), false, out _)!;

        Assert.Equal(PptxChartKind.Slope, chart.Kind);
        Assert.Equal(["2010–2014", "2015–2019"], chart.Categories);
        Assert.Equal(new double?[] { 1.5, 18 }, chart.Series[0].Values);
        Assert.Equal(new double?[] { 76, 52 }, chart.Series[1].Values);
    }

    [Fact]
    public void For_GroupedBarOnePeriod_OneBarPerSeriesNamedOnTheAxisInItsColourWithValueLabels()
    {
        var chart = PptxVisuals.Chart(SampleSpecs.GroupedBar(), false, out _)!;

        Assert.Equal(PptxChartKind.ClusteredColumn, chart.Kind);
        Assert.Equal(["China", "United States", "Russia"], chart.Categories);
        var series = Assert.Single(chart.Series);
        Assert.Equal(new double?[] { 228, 117, 3 }, series.Values);
        Assert.Equal([ChartPalette.For("CHN").LightHex, ChartPalette.For("USA").LightHex, ChartPalette.For("RUS").LightHex], series.PointColors);
        Assert.True(chart.ValueLabels);
        Assert.Equal("#,##0", chart.LabelFormat);
        Assert.Equal(250, chart.ValueMax);
    }

    [Fact]
    public void Chart_PaperMarks_OneMarkPerMarkedPointOnItsSeriesAndPeriodWithTheLabel()
    {
        var spec = WithPeriods(SampleSpecs.Line() with
        {
            Series =
            [
                new ChartSeries { Name = "China", StyleCode = "CHN", Points = [SampleSpecs.Point("2019-06", 219), SampleSpecs.Point("2019-11", 228)] },
                new ChartSeries { Name = "Russia", StyleCode = "RUS", Points = [SampleSpecs.Point("2019-06", 3), SampleSpecs.Point("2019-11", 2)] },
            ],
            Marks =
            [
                new ChartMark { SeriesName = "China", Period = Period.Parse("2019-11"), Value = 228, Label = "paper: 228" },
                new ChartMark { SeriesName = "Russia", Period = Period.Parse("2019-11"), Value = 3, Label = "paper: 3" },
            ],
        });

        var chart = PptxVisuals.Chart(spec, false, out _)!;

        Assert.Equal([new PptxMark(0, 1, 228, "paper: 228"), new PptxMark(1, 1, 3, "paper: 3")], chart.Marks);
        Assert.Equal(PptxVisuals.MarksName, chart.MarksName);
        Assert.Equal(250, chart.ValueMax);
    }

    [Fact]
    public void Chart_PredictStep_SameCategoriesSeriesAndAxisAsTheWholeLaterValuesEmpty()
    {
        var whole = WithPeriods(SampleSpecs.Line() with
        {
            Series =
            [
                new ChartSeries { Name = "China", StyleCode = "CHN", Points = [SampleSpecs.Point("2018-06", 10), SampleSpecs.Point("2019-06", 219), SampleSpecs.Point("2020-06", 226)] },
                new ChartSeries { Name = "Russia", StyleCode = "RUS", Points = [SampleSpecs.Point("2020-06", 3)] },
            ],
        });

        var full = PptxVisuals.Chart(whole, false, out _)!;
        var predict = PptxVisuals.Chart(Dashboard.Web.Charts.Composing.RevealComposer.UpTo(whole, Period.Parse("2019-06")), false, out _)!;

        Assert.Equal(full.Categories, predict.Categories);
        Assert.Equal(full.Series.Select(s => (s.Name, s.ColorHex)), predict.Series.Select(s => (s.Name, s.ColorHex)));
        Assert.Equal((full.Kind, full.ValueMin, full.ValueMax), (predict.Kind, predict.ValueMin, predict.ValueMax));
        Assert.Equal(new double?[] { 10, 219, null }, predict.Series[0].Values);
        Assert.Equal(new double?[] { null, null, null }, predict.Series[1].Values);
    }

    [Fact]
    public void Table_ProjectTable_ColumnsAndRowsAsDrawn()
    {
        var spec = SampleSpecs.Table();

        var table = PptxVisuals.Table(spec)!;

        Assert.Equal(spec.Table!.Columns, table.Columns);
        Assert.Equal(spec.Table.NumericColumns, table.NumericColumns);
        Assert.Equal(spec.Table.Rows.Select(r => r.Cells), table.Rows);
        Assert.Null(PptxVisuals.Table(SampleSpecs.Line()));
    }

    [Fact]
    public void For_StackedShareOfTwoRecipients_StackedToHundredWithRecipientAndShortLabels()
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

        var chart = PptxVisuals.Chart(spec, false, out _)!;

        Assert.Equal(PptxChartKind.StackedColumn, chart.Kind);
        Assert.Equal(["Kazakhstan · 2010–14", "Kyrgyzstan · 2010–14"], chart.Categories);
        Assert.Equal(new double?[] { null, 2 }, chart.Series[0].Values);
        Assert.Equal(new double?[] { 90, 98 }, chart.Series[1].Values);
        Assert.Equal((0, 100), (chart.ValueMin, chart.ValueMax));
        Assert.Equal((true, 8), (chart.ValueLabels, chart.ValueLabelsFrom));
    }

    [Theory]
    [InlineData(ChartKind.Timeline)]
    [InlineData(ChartKind.Table)]
    [InlineData(ChartKind.Map)]
    public void For_KindPowerPointCannotDraw_NullWithoutOwnReason(ChartKind kind)
    {
        Assert.Null(PptxVisuals.Chart(SampleSpecs.For(kind), false, out var reason));
        Assert.Equal("", reason);
        Assert.False(PptxVisuals.CanDraw(kind));
    }

    [Fact]
    public void For_NoData_PictureWithReason()
    {
        Assert.Null(PptxVisuals.Chart(SampleSpecs.Line() with { Series = [] }, false, out var reason));
        Assert.StartsWith("No data for this selection", reason, StringComparison.Ordinal);
    }

    [Fact]
    public void For_TwoValuesOfASeriesInOnePeriod_PictureWithReason()
    {
        var spec = WithPeriods(SampleSpecs.MonthlyLine() with
        {
            Series = [new ChartSeries { Name = "China", StyleCode = "CHN", Points = [SampleSpecs.Point("2019-06", 1), SampleSpecs.Point("2019-06", 2)] }],
        });

        Assert.Null(PptxVisuals.Chart(spec, false, out var reason));
        Assert.Contains("'China' has more than one value for 'Jun 2019'", reason, StringComparison.Ordinal);
    }

    [Fact]
    public void For_NegativeShare_PictureWithReason()
    {
        var spec = SampleSpecs.StackedShare() with
        {
            Series = [new ChartSeries { Name = "China", StyleCode = "CHN", Points = [SampleSpecs.Point("2010-2014", -1), SampleSpecs.Point("2015-2019", 3)] }],
        };

        Assert.Null(PptxVisuals.Chart(spec, false, out var reason));
        Assert.Contains("negative", reason, StringComparison.Ordinal);
    }
}

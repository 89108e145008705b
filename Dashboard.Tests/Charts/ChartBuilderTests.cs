using Dashboard.Web.Charts;
using Dashboard.Web.Charts.Drawing;
using Dashboard.Web.Charts.Rendering;
using Dashboard.Web.Charts.Selection;
using Dashboard.Web.Charts.Styling;
using ScottPlot;

namespace Dashboard.Tests.Charts;

public sealed class ChartBuilderTests
{
    public ChartBuilderTests() => ChartFonts.EnsureRegistered();

    private static string[] BottomTickLabels(Plot plot, ChartSize size)
    {
        // Ticks are final only after a render (the layout decides the space).
        ChartRenderer.RenderPng(plot, size);
        return plot.Axes.Bottom.TickGenerator.Ticks.Where(t => t.IsMajor).Select(t => t.Label).ToArray();
    }

    [Fact]
    public void Build_ProjectorAt1920x1080_AxisLabelsAtLeast28Px()
    {
        var size = new ChartSize(1920, 1080);
        using var plot = ChartBuilder.Build(SampleSpecs.Line(), ChartTheme.Projector, size);

        Assert.True(plot.Axes.Bottom.TickLabelStyle.FontSize >= 28, $"bottom ticks {plot.Axes.Bottom.TickLabelStyle.FontSize}");
        Assert.True(plot.Axes.Left.TickLabelStyle.FontSize >= 28, $"left ticks {plot.Axes.Left.TickLabelStyle.FontSize}");
        Assert.True(plot.Axes.Left.Label.FontSize >= 28, $"axis label {plot.Axes.Left.Label.FontSize}");
    }

    [Fact]
    public void Build_YearSeries_IntegerYearTicksWithoutSeparators()
    {
        var size = ChartSize.Default;
        using var plot = ChartBuilder.Build(SampleSpecs.Line(), ChartTheme.Light, size);

        var labels = BottomTickLabels(plot, size);

        Assert.NotEmpty(labels);
        Assert.All(labels, l => Assert.Matches("^(19|20)[0-9]{2}$", l));
        Assert.Contains("2010", labels);
    }

    [Fact]
    public void Build_MonthsInShortSpan_TicksLabelledLikeNov2019()
    {
        var size = ChartSize.Default;
        using var plot = ChartBuilder.Build(SampleSpecs.MonthlyLine(), ChartTheme.Light, size);

        var labels = BottomTickLabels(plot, size);

        Assert.Equal(["Jun 2019", "Nov 2019", "Jun 2020"], labels);
    }

    [Fact]
    public void Build_Slope_TicksAreThePeriodLabels()
    {
        var size = ChartSize.Default;
        using var plot = ChartBuilder.Build(SampleSpecs.Slope(), ChartTheme.Light, size);

        Assert.Equal(["2010–2014", "2015–2019"], BottomTickLabels(plot, size));
    }

    [Fact]
    public void Build_ChinaAndRussia_SameColourInLineAndBarCharts()
    {
        using var line = ChartBuilder.Build(SampleSpecs.Line(), ChartTheme.Light, ChartSize.Default);
        using var bar = ChartBuilder.Build(SampleSpecs.GroupedBar(), ChartTheme.Light, ChartSize.Default);

        var lineColors = line.GetPlottables<Dashboard.Web.Charts.Drawing.SeriesLine>().Select(s => s.Color).ToList();
        var barColors = bar.GetPlottables<ScottPlot.Plottables.BarPlot>().SelectMany(b => b.Bars).Select(b => b.FillColor).ToList();

        var china = Color.FromHex("#C0392B");
        var russia = Color.FromHex("#1F4E9C");
        Assert.Contains(china, lineColors);
        Assert.Contains(russia, lineColors);
        Assert.Contains(china, barColors);
        Assert.Contains(russia, barColors);
    }

    [Fact]
    public void Build_Scale2_SetsScaleFactorAndKeepsLayout()
    {
        using var one = ChartBuilder.Build(SampleSpecs.Line(), ChartTheme.Light, new ChartSize(800, 450, 1));
        using var two = ChartBuilder.Build(SampleSpecs.Line(), ChartTheme.Light, new ChartSize(800, 450, 2));

        Assert.Equal(1, one.ScaleFactor);
        Assert.Equal(2, two.ScaleFactor);
        Assert.Equal(one.Axes.Bottom.TickLabelStyle.FontSize, two.Axes.Bottom.TickLabelStyle.FontSize);
    }

    [Theory]
    [InlineData(200, 2160)]
    [InlineData(3840, 150)]
    [InlineData(200, 150)]
    public void Build_ExtremeSizesEveryKindAndTheme_RendersBothFormats(int width, int height)
    {
        var size = new ChartSize(width, height, 1);
        foreach (var theme in ChartTheme.All)
        {
            foreach (var kind in SampleSpecs.Kinds)
            {
                using var plot = ChartBuilder.Build(SampleSpecs.For(kind), theme, size);
                ImageAssert.PngSize(ChartRenderer.RenderPng(plot, size), width, height);
                ImageAssert.Svg(ChartRenderer.RenderSvg(plot, size, "t"));
            }
        }
    }

    [Fact]
    public void Build_TinyImage_StillRenders()
    {
        var size = new ChartSize(200, 150, 1);
        foreach (var kind in SampleSpecs.Kinds)
        {
            using var plot = ChartBuilder.Build(SampleSpecs.For(kind), ChartTheme.Light, size);
            ImageAssert.PngSize(ChartRenderer.RenderPng(plot, size), 200, 150);
        }
    }
}

using Dashboard.Data.Model;
using Dashboard.Web.Charts;
using Dashboard.Web.Charts.Composing;
using Dashboard.Web.Charts.Drawing;
using Dashboard.Web.Charts.Model;
using Dashboard.Web.Charts.Rendering;
using Dashboard.Web.Charts.Selection;
using Dashboard.Web.Charts.Styling;

namespace Dashboard.Tests.Charts;

/// <summary>
/// The drawing as decks use it: <see cref="ChartFraming.DataOnly"/> leaves title, subtitle, notes and source line out
/// (the slide prints them) and keeps axes and key; a predict step (<see cref="RevealComposer.UpTo"/>) is drawn on the
/// axes of its whole chart. Read back from the SVG text and the plot's limits.
/// </summary>
public sealed class DeckPictureRenderTests
{
    private static readonly ChartSize Wide = new(1776, 560);

    public DeckPictureRenderTests() => ChartFonts.EnsureRegistered();

    private static string SvgText(ChartSpec spec, ChartFraming framing)
    {
        using var plot = ChartBuilder.Build(spec, ChartTheme.Light, Wide, framing: framing);
        return ImageAssert.SvgText(ImageAssert.Svg(ChartRenderer.RenderSvg(plot, Wide, spec.Title)));
    }

    [Theory]
    [InlineData(ChartKind.Line)]
    [InlineData(ChartKind.Slope)]
    [InlineData(ChartKind.GroupedBar)]
    [InlineData(ChartKind.StackedShare)]
    [InlineData(ChartKind.Timeline)]
    public void Build_DataOnly_NoTitleSubtitleNotesOrSourceButTheData(ChartKind kind)
    {
        var spec = SampleSpecs.For(kind) with { Notes = ["Different measures: a note the slide prints"] };

        var full = SvgText(spec, ChartFraming.Full);
        var bare = SvgText(spec, ChartFraming.DataOnly);

        foreach (var text in new[] { spec.Title, "Unit: %", "Different measures", "Kalkan Küçüksolak", "GeoAI Dashboard" })
        {
            Assert.Contains(text, full, StringComparison.Ordinal);
            Assert.DoesNotContain(text, bare, StringComparison.Ordinal);
        }

        // The data is still drawn: a series name (end label, key or bar name) or an event actor.
        Assert.Contains(kind == ChartKind.Timeline ? "Russia" : "China", bare, StringComparison.Ordinal);
    }

    [Fact]
    public void Build_DataOnlyWideAndShort_TypeSizedForTheWidthNotTheHeight()
    {
        // A slide's picture is wider than 16:9: its type is what a 16:9 picture of its width would have.
        using var bare = ChartBuilder.Build(SampleSpecs.Line(), ChartTheme.Light, Wide, framing: ChartFraming.DataOnly);
        using var full = ChartBuilder.Build(SampleSpecs.Line(), ChartTheme.Light, Wide);

        Assert.Equal(ChartTheme.Light.TickLabelSize * Wide.Width / ChartTheme.ReferenceWidth, bare.Axes.Left.TickLabelStyle.FontSize, 0.01);
        Assert.Equal(ChartTheme.Light.TickLabelSize * Wide.Height / ChartTheme.ReferenceHeight, full.Axes.Left.TickLabelStyle.FontSize, 0.01);
    }

    [Theory]
    [InlineData(ChartKind.Line, "2010")]
    [InlineData(ChartKind.Slope, "2010-2014")]
    [InlineData(ChartKind.StackedShare, "2010-2014")]
    public void Build_PredictStep_SameAxesAsTheWholeChart(ChartKind kind, string stop)
    {
        var whole = SampleSpecs.For(kind);
        whole = whole with { Periods = whole.Series.SelectMany(s => s.Points).Select(p => p.Period).Distinct().OrderBy(p => p.End).ToList() };
        var predict = RevealComposer.UpTo(whole, Period.Parse(stop));

        using var wholePlot = ChartBuilder.Build(whole, ChartTheme.Light, Wide, framing: ChartFraming.DataOnly);
        using var predictPlot = ChartBuilder.Build(predict, ChartTheme.Light, Wide, framing: ChartFraming.DataOnly);
        ChartRenderer.RenderLayout(wholePlot, Wide);
        ChartRenderer.RenderLayout(predictPlot, Wide);

        Assert.True(predict.Series.Sum(s => s.Points.Count) < whole.Series.Sum(s => s.Points.Count), "The predict step hides points.");
        Assert.Equal(whole.Kind, predict.Kind);
        var (a, b) = (wholePlot.Axes.GetLimits(), predictPlot.Axes.GetLimits());
        Assert.Equal((a.Left, a.Right, a.Bottom, a.Top), (b.Left, b.Right, b.Bottom, b.Top));
    }

    [Fact]
    public void UpTo_KeepsKindSeriesCategoriesAndHidesLaterPointsAndMarks()
    {
        var whole = SampleSpecs.StackedShare() with
        {
            Periods = [Period.Parse("2010-2014"), Period.Parse("2015-2019")],
            Marks = [new ChartMark { SeriesName = "China", Period = Period.Parse("2015-2019"), Category = "2015–2019", Value = 18, Label = "paper: 18%" }],
        };

        var predict = RevealComposer.UpTo(whole, Period.Parse("2010-2014"));

        Assert.Same(whole, predict.Whole);
        Assert.Equal(whole.Categories, predict.Categories);
        Assert.Equal(whole.Series.Select(s => s.Name), predict.Series.Select(s => s.Name));
        Assert.All(predict.Series, s => Assert.Equal(["2010-2014"], s.Points.Select(p => p.Period.Text)));
        Assert.Empty(predict.Marks);
        Assert.Equal(["2010-2014"], predict.Periods.Select(p => p.Text));
    }
}

using System.Globalization;
using Dashboard.Data.Model;
using Dashboard.Web.Charts;
using Dashboard.Web.Charts.Composing;
using Dashboard.Web.Charts.Drawing;
using Dashboard.Web.Charts.Model;
using Dashboard.Web.Charts.Rendering;
using Dashboard.Web.Charts.Selection;
using Dashboard.Web.Charts.Styling;
using Dashboard.Web.Localization;

namespace Dashboard.Tests.Charts;

/// <summary>What the builder draws for stacked shares and the paper's figures, read back from the SVG text.</summary>
public sealed class ChartMarksRenderTests
{
    public ChartMarksRenderTests() => ChartFonts.EnsureRegistered();

    private static string SvgTextOf(ChartSpec spec, ChartTheme theme, ChartSize size)
    {
        using var plot = ChartBuilder.Build(spec, theme, size);
        return ImageAssert.SvgText(ImageAssert.Svg(ChartRenderer.RenderSvg(plot, size, spec.Title)));
    }

    /// <summary>Twenty rolling windows of one recipient: China small then larger, Russia most, the rest "Other".</summary>
    private static ChartSpec TwentyWindows()
    {
        var windows = Enumerable.Range(2000, 20).Select(y => Period.Parse(string.Create(CultureInfo.InvariantCulture, $"{y}-{y + 4}"))).ToList();
        double China(int i) => i < 10 ? 1.6 : 17.05;
        ChartPoint Point(Period w, int i, double v) => new() { X = w.MidYear, Period = w, PeriodLabel = w.Label, Category = w.Label, Value = v };
        return SampleSpecs.Base(ChartKind.StackedShare, "Supplier shares of arms imports") with
        {
            Categories = windows.Select(w => w.Label).ToList(),
            CategoryLabels = windows.Select(w => ChartTexts.ShortLabel(w, Language.English)).ToList(),
            Series =
            [
                new ChartSeries { Name = "China", StyleCode = "CHN", Points = windows.Select((w, i) => Point(w, i, China(i))).ToList() },
                new ChartSeries { Name = "Russia", StyleCode = "RUS", Points = windows.Select((w, i) => Point(w, i, 61.3)).ToList() },
                new ChartSeries { Name = StackedShares.OtherSuppliersName, StyleCode = ChartPalette.OtherCode, Points = windows.Select((w, i) => Point(w, i, 100 - 61.3 - China(i))).ToList() },
            ],
            Marks =
            [
                Mark(windows[10], "a", "1.5%", 1.5),
                Mark(windows[15], "b", "18%", 18),
                Mark(windows[16], "b", "18%", 18),
            ],
        };
    }

    private static ChartMark Mark(Period w, string group, string stated, double value) => new()
    {
        ClaimId = group + w.Text, SeriesCode = "CHN", SeriesName = "China", X = w.MidYear, Period = w, PeriodLabel = w.Label, Category = w.Label,
        Value = value, Stated = stated, Label = "paper: " + stated, Group = group,
    };

    [Theory]
    [InlineData("light")]
    [InlineData("dark")]
    [InlineData("projector")]
    public void Build_StackedShareTwentyWindows_ShortLabelsFittedValuesAndOneLabelPerClaim(string themeName)
    {
        var text = SvgTextOf(TwentyWindows(), ChartTheme.Find(themeName)!, ChartSize.Default);

        Assert.Contains("2000–04", text, StringComparison.Ordinal);
        Assert.Contains("2019–23", text, StringComparison.Ordinal);
        Assert.DoesNotContain("2000–2004", text, StringComparison.Ordinal);
        Assert.Contains("61", text.Split(' '));
        // 1.6 % is under the 5 % threshold: never labelled.
        Assert.DoesNotContain("1.6", text.Split(' '));
        Assert.Contains("Other suppliers", text, StringComparison.Ordinal);
        // Three marks, two claims: one label each, written twice (halo, then text) per pass of the layout over the
        // SVG canvas (ScottPlot's first render may loop; the title counts the passes).
        var passes = CountOf(text, "Supplier shares of arms imports");
        Assert.True(passes >= 1);
        Assert.Equal(2 * passes, CountOf(text, "◆ paper: 18%"));
        Assert.Equal(2 * passes, CountOf(text, "◆ paper: 1.5%"));
    }

    [Fact]
    public void Build_StackedShareSmallImage_NoSegmentLabelThatCannotFit()
    {
        var text = SvgTextOf(TwentyWindows(), ChartTheme.Light, new ChartSize(200, 150));

        Assert.DoesNotContain("61", text.Split(' '));
    }

    [Fact]
    public void Build_LineWithMarks_LabelledDiamondBesideTheSeries()
    {
        var line = SampleSpecs.MonthlyLine();
        var nov = line.Series[0].Points[1];
        var spec = line with
        {
            Marks = [new ChartMark { ClaimId = "c", SeriesCode = "CHN", SeriesName = "China", X = nov.X, Period = nov.Period, Category = nov.Category, Value = 228, Stated = "228", Label = "paper: 228", Group = "g" }],
        };

        var text = SvgTextOf(spec, ChartTheme.Light, ChartSize.Default);

        Assert.Contains("paper: 228", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Build_GroupedBarWithMark_LabelDrawn()
    {
        var bars = SampleSpecs.GroupedBar();
        var s = bars.Series[0];
        var p = s.Points[^1];
        var spec = bars with
        {
            Marks = [new ChartMark { ClaimId = "c", SeriesCode = s.StyleCode, SeriesName = s.Name, X = p.X, Period = p.Period, Category = p.Category, Value = p.Value + 5, Stated = "x", Label = "paper: x", Group = "g" }],
        };

        Assert.Contains("paper: x", SvgTextOf(spec, ChartTheme.Light, ChartSize.Default), StringComparison.Ordinal);
    }

    private static int CountOf(string text, string part)
    {
        var count = 0;
        for (var i = text.IndexOf(part, StringComparison.Ordinal); i >= 0; i = text.IndexOf(part, i + part.Length, StringComparison.Ordinal))
        {
            count++;
        }

        return count;
    }
}

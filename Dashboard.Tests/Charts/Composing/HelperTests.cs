using System.Globalization;
using Dashboard.Data.Model;
using Dashboard.Web.Charts;
using Dashboard.Web.Charts.Composing;
using Dashboard.Web.Charts.Selection;
using Dashboard.Web.Localization;
using static Dashboard.Tests.Charts.Composing.Inputs;

namespace Dashboard.Tests.Charts.Composing;

/// <summary>The small pure helpers of the composers.</summary>
public sealed class HelperTests
{
    private static List<Period> Periods(int first, int last) => FiveYearWindows(first, last).Select(Period.Parse).ToList();

    [Fact]
    public void Select_CodeOfAnEntity_SelectsEntitiesOtherCodesSelectCounterparts()
    {
        var rows = new[] { Obs("KAZ", "CHN", "2019", 1), Obs("KAZ", "RUS", "2019", 2), Obs("KGZ", "CHN", "2019", 3) };

        Assert.Equal([1d, 2d], EntitySelection.Select(rows, ["KAZ"]).Select(o => o.Value));
        Assert.Equal([1d, 3d], EntitySelection.Select(rows, ["CHN"]).Select(o => o.Value));
        Assert.Equal([1d], EntitySelection.Select(rows, ["KAZ", "CHN"]).Select(o => o.Value));
        Assert.Empty(EntitySelection.Select(rows, ["USA"]));
        Assert.Same(rows, EntitySelection.Select(rows, []));
    }

    [Fact]
    public void Thin_TwentyRollingWindows_NonOverlappingFromTheLatest()
    {
        Assert.Equal(["2004-2008", "2009-2013", "2014-2018", "2019-2023"], WindowThinning.Thin(Periods(2000, 2019), 5).Select(p => p.Text));
        Assert.Equal(["2014-2018", "2019-2023"], WindowThinning.Thin(Periods(2000, 2019), 2).Select(p => p.Text));
    }

    [Theory]
    [InlineData(ChartKind.Line, 1, 1, 0, ChartKind.GroupedBar)]
    [InlineData(ChartKind.Line, 2, 1, 0, ChartKind.GroupedBar)]
    [InlineData(ChartKind.Line, 5, 5, 0, ChartKind.Line)]
    [InlineData(ChartKind.Slope, 2, 2, 1, ChartKind.Slope)]
    [InlineData(ChartKind.Slope, 2, 1, 1, ChartKind.GroupedBar)]
    [InlineData(ChartKind.Slope, 6, 6, 1, ChartKind.Line)]
    [InlineData(ChartKind.GroupedBar, 40, 40, 0, ChartKind.Line)]
    [InlineData(ChartKind.StackedShare, 3, 3, 0, ChartKind.GroupedBar)]
    public void Resolve_DataShape_FallsBackSensibly(ChartKind wanted, int periods, int positions, int counterparts, ChartKind expected) =>
        Assert.Equal(expected, ChartKinds.Resolve(wanted, periods, positions, counterparts));

    [Theory]
    [InlineData("2019", "2019")]
    [InlineData("2010-2014 2015-2019", "2010–2014 and 2015–2019")]
    [InlineData("2000 2001 2002", "2000–2002")]
    [InlineData("2000-2004 2001-2005 2002-2006", "2000–2004 to 2002–2006")]
    [InlineData("2019-06 2019-11 2020-06", "Jun 2019–Jun 2020")]
    public void PeriodText_Periods_AsTheSubtitleWritesThem(string periods, string expected) =>
        Assert.Equal(expected, ChartTexts.PeriodText(periods.Split(' ').Select(Period.Parse).ToList(), ChartKind.Line, Language.English));

    [Fact]
    public void Scope_MoreThanFourNames_Counted()
    {
        Assert.Equal("A, B", ChartTexts.Scope(["A", "B"], Language.English));
        Assert.Equal(string.Create(CultureInfo.InvariantCulture, $"5 countries and groups"), ChartTexts.Scope(["A", "B", "C", "D", "E"], Language.English));
    }
}

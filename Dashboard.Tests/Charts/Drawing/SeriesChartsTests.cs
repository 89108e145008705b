using Dashboard.Web.Charts;
using Dashboard.Web.Charts.Drawing;
using Dashboard.Web.Charts.Model;

namespace Dashboard.Tests.Charts.Drawing;

public sealed class SeriesChartsTests
{
    private static ChartPoint At(double x) => new() { X = x, Value = x };

    [Fact]
    public void Runs_MissingYears_SplitWhereTheGapIs()
    {
        var points = new[] { 2010.0, 2011, 2012, 2014, 2019, 2020 }.Select(At).ToList();

        var runs = SeriesCharts.Runs(points, SeriesCharts.UsualStep(points.Select(p => p.X)));

        Assert.Equal([[2010.0, 2011, 2012], [2014.0], [2019.0, 2020]], runs.Select(r => r.Select(p => p.X).ToArray()));
    }

    [Fact]
    public void Runs_TopListsEverySixMonths_OneRunWhenComplete()
    {
        // TOP500 lists in June and November: steps of 5 and 7 months are the usual rhythm, not gaps.
        var xs = new[] { "2018-06", "2018-11", "2019-06", "2019-11", "2020-06" }.Select(p => Dashboard.Data.Model.Period.Parse(p).MidYear).ToList();

        var runs = SeriesCharts.Runs(xs.Select(At).ToList(), SeriesCharts.UsualStep(xs));

        Assert.Single(runs);
    }

    [Fact]
    public void UsualStep_AcrossSeries_FromDistinctPositions()
    {
        // One series with a lone point in 2018 does not make four years the usual step: the chart's years do.
        Assert.Equal(1, SeriesCharts.UsualStep([2014, 2018, 2015, 2016, 2017, 2018]));
    }
}

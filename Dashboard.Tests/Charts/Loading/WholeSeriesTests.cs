using Dashboard.Data.Model;
using Dashboard.Web.Charts.Loading;
using static Dashboard.Tests.Charts.Composing.Inputs;

namespace Dashboard.Tests.Charts.Loading;

public sealed class WholeSeriesTests
{
    private static List<Observation> Series(string entity, int periods) =>
        Enumerable.Range(2000, periods).Select(y => Obs(entity, null, y.ToString(System.Globalization.CultureInfo.InvariantCulture), y)).ToList();

    [Fact]
    public void Trim_CapCutsTheLastSeries_DropsIt()
    {
        var rows = Series("CHN", 3).Concat(Series("RUS", 3)).ToList();

        var kept = WholeSeries.Trim(rows, 4);

        Assert.Equal(["CHN", "CHN", "CHN"], kept.Select(o => o.EntityCode));
    }

    [Fact]
    public void Trim_CapFallsBetweenSeries_KeepsThemWhole()
    {
        var rows = Series("CHN", 3).Concat(Series("RUS", 3)).Concat(Series("USA", 1)).ToList();

        var kept = WholeSeries.Trim(rows, 6);

        Assert.Equal(6, kept.Count);
        Assert.Equal("RUS", kept[^1].EntityCode);
    }

    [Fact]
    public void Trim_OneSeriesLongerThanTheCap_KeepsItsFirstPeriods()
    {
        var kept = WholeSeries.Trim(Series("CHN", 10), 4);

        Assert.Equal([2000, 2001, 2002, 2003], kept.Select(o => (int)o.Value));
    }

    [Fact]
    public void Trim_NotMoreThanTheCap_Unchanged()
    {
        var rows = Series("CHN", 3);

        Assert.Same(rows, WholeSeries.Trim(rows, 3));
    }
}

using Dashboard.Data.Model;
using Dashboard.Web.Charts;
using Dashboard.Web.Charts.Maps;

namespace Dashboard.Tests.Charts.Maps;

public sealed class MapPeriodTests
{
    private static readonly string[] Five = ["KAZ", "KGZ", "TJK", "TKM", "UZB"];

    private static IEnumerable<(string, string)> Rows(params (string Period, string Codes)[] periods) =>
        periods.SelectMany(p => p.Codes.Split(',').Select(c => (c, p.Period)));

    [Fact]
    public void Choose_NoTo_LatestPeriodWithMostOfTheFive()
    {
        var rows = Rows(("2018", "KAZ,KGZ,TJK,TKM,UZB"), ("2019", "KAZ,KGZ,TJK"), ("2020", "KAZ,KGZ"), ("2020", "CHN,RUS,USA"));

        Assert.Equal("2019", MapPeriod.Choose(rows, Five));
    }

    [Fact]
    public void Choose_NoPeriodWithAMajority_LatestWithTheMost()
    {
        var rows = Rows(("2017", "KAZ,UZB"), ("2018", "KAZ"), ("2019", "KGZ,TJK"), ("2020", "TJK"));

        Assert.Equal("2019", MapPeriod.Choose(rows, Five));
    }

    [Fact]
    public void Choose_WithTo_LatestPeriodInsideEvenWithFewStates()
    {
        var rows = Rows(("2018", "KAZ,KGZ,TJK,TKM,UZB"), ("2019", "KGZ"), ("2020", "KAZ,KGZ,TJK,TKM,UZB"));

        Assert.Equal("2019", MapPeriod.Choose(rows, Five, to: Period.Parse("2019")));
        Assert.Equal("2018", MapPeriod.Choose(rows, Five, to: Period.Parse("2018-12")));
        Assert.Null(MapPeriod.Choose(rows, Five, from: Period.Parse("2021")));
    }

    [Fact]
    public void Choose_FiveYearWindows_OrderedByTheirEnd()
    {
        var rows = Rows(("2014-2018", "KAZ,KGZ,TJK,TKM,UZB"), ("2015-2019", "KAZ,KGZ,TJK,TKM,UZB"), ("2019", "KAZ"));

        Assert.Equal("2015-2019", MapPeriod.Choose(rows, Five));
        Assert.Equal("2014-2018", MapPeriod.Choose(rows, Five, to: Period.Parse("2018")));
    }
}

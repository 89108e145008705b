using Dashboard.Data.Model;
using Dashboard.Web.Charts;
using Dashboard.Web.Charts.Model;
using Dashboard.Web.Charts.Selection;

namespace Dashboard.Tests.Charts;

/// <summary>Hand-made specs, one per chart kind, for pure builder/renderer tests (no database).</summary>
internal static class SampleSpecs
{
    public const string SourceText = "Source: Kalkan Küçüksolak & Fırat (2023) · GeoAI Dashboard";

    public static IEnumerable<ChartKind> Kinds => Enum.GetValues<ChartKind>();

    public static ChartSpec For(ChartKind kind) => kind switch
    {
        ChartKind.Line => Line(),
        ChartKind.Slope => Slope(),
        ChartKind.GroupedBar => GroupedBar(),
        ChartKind.StackedShare => StackedShare(),
        ChartKind.Timeline => Timeline(),
        _ => Table(),
    };

    public static ChartSpec Base(ChartKind kind, string title) => new()
    {
        Kind = kind,
        IndicatorId = "sample-" + kind.ToString().ToLowerInvariant(),
        Title = title,
        Subtitle = "Unit: % · Central Asia (5 states) · sample",
        Unit = "%",
        YAxisLabel = "%",
        Sources = [new Source { Id = "kalkan-firat-2023", Citation = "Kalkan Küçüksolak, Ö. & Fırat, T. (2023).", Licence = "CC BY 4.0" }],
        Footer = new ChartFooter { Citations = "Kalkan Küçüksolak & Fırat (2023)", Site = "GeoAI Dashboard" },
    };

    public static ChartPoint Point(string period, double value)
    {
        var p = Period.Parse(period);
        return new ChartPoint { X = p.MidYear, Period = p, PeriodLabel = p.Label, Category = p.Label, Value = value };
    }

    public static ChartSpec Line() => Base(ChartKind.Line, "TOP500 systems by country") with
    {
        Series =
        [
            new ChartSeries { Name = "China", StyleCode = "CHN", Points = Enumerable.Range(2000, 24).Select(y => Point(y.ToString(System.Globalization.CultureInfo.InvariantCulture), Math.Max(0, (y - 2003) * 11.0))).ToList() },
            new ChartSeries { Name = "Russia", StyleCode = "RUS", Points = Enumerable.Range(2000, 24).Select(y => Point(y.ToString(System.Globalization.CultureInfo.InvariantCulture), 3 + (y % 5))).ToList() },
            new ChartSeries { Name = "United States", StyleCode = "USA", Points = Enumerable.Range(2000, 24).Select(y => Point(y.ToString(System.Globalization.CultureInfo.InvariantCulture), 280 - (y - 2000) * 6.0)).ToList() },
        ],
    };

    public static ChartSpec MonthlyLine() => Base(ChartKind.Line, "TOP500 lists") with
    {
        Series = [new ChartSeries { Name = "China", StyleCode = "CHN", Points = [Point("2019-06", 219), Point("2019-11", 228), Point("2020-06", 226)] }],
    };

    public static ChartSpec Slope() => Base(ChartKind.Slope, "Share of Central Asian arms imports by supplier") with
    {
        Series =
        [
            new ChartSeries { Name = "China", StyleCode = "CHN", Points = [Point("2010-2014", 1.5), Point("2015-2019", 18) with { Marked = true, MarkLabel = "paper" }] },
            new ChartSeries { Name = "Russia", StyleCode = "RUS", Points = [Point("2010-2014", 76), Point("2015-2019", 52)] },
        ],
    };

    public static ChartSpec GroupedBar() => Base(ChartKind.GroupedBar, "TOP500 supercomputers by country") with
    {
        Unit = "systems",
        Categories = ["Nov 2019"],
        Series =
        [
            new ChartSeries { Name = "China", StyleCode = "CHN", Points = [Point("2019-11", 228)] },
            new ChartSeries { Name = "United States", StyleCode = "USA", Points = [Point("2019-11", 117)] },
            new ChartSeries { Name = "Russia", StyleCode = "RUS", Points = [Point("2019-11", 3)] },
        ],
    };

    public static ChartSpec StackedShare() => Base(ChartKind.StackedShare, "Supplier shares of arms imports") with
    {
        Categories = ["2010–2014", "2015–2019"],
        Series =
        [
            new ChartSeries { Name = "China", StyleCode = "CHN", Points = [Point("2010-2014", 1.5), Point("2015-2019", 14.4)] },
            new ChartSeries { Name = "Russia", StyleCode = "RUS", Points = [Point("2010-2014", 76), Point("2015-2019", 60)] },
            new ChartSeries { Name = "United States", StyleCode = "USA", Points = [Point("2010-2014", 6), Point("2015-2019", 8)] },
        ],
    };

    public static ChartSpec Timeline() => Base(ChartKind.Timeline, "AI strategies, targets and milestones") with
    {
        Events =
        [
            new ChartEvent { X = 2017.5, DateLabel = "2017", ActorName = "China", Event = new TimelineEvent { ActorCode = "CHN", Dimension = "political", Title = "New Generation AI Development Plan" } },
            new ChartEvent { X = 2019.8, DateLabel = "10 Oct 2019", ActorName = "Russia", Event = new TimelineEvent { ActorCode = "RUS", Dimension = "political", Title = "Decree No. 490 approves the National AI Development Strategy" } },
            new ChartEvent { X = 2020.4, DateLabel = "Jun 2020", ActorName = "Russia", Event = new TimelineEvent { ActorCode = "RUS", Dimension = "military", Title = "UAV unit in the Kant region" } },
        ],
    };

    public static ChartSpec Table() => Base(ChartKind.Table, "Safe/Smart City projects in Central Asia") with
    {
        Table = new ChartTable
        {
            Columns = ["Project", "Country", "Year", "Cameras"],
            NumericColumns = [false, false, true, true],
            Rows =
            [
                new ChartTableRow { EntityCode = "TJK", Cells = ["Safe City Dushanbe", "Tajikistan", "–", "1,200"] },
                new ChartTableRow { EntityCode = "TKM", Cells = ["Safe City Ashgabat", "Turkmenistan", "2009", "133"] },
            ],
        },
    };
}

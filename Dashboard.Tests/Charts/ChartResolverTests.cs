using Dashboard.Data;
using Dashboard.Data.Model;
using Dashboard.Data.Queries;
using Dashboard.Tests.Support;
using Dashboard.Web.Charts;
using Dashboard.Web.Charts.Composing;
using Dashboard.Web.Charts.Selection;
using Dashboard.Web.Localization;

namespace Dashboard.Tests.Charts;

public sealed class ChartResolverTests : IDisposable
{
    private readonly ChartTestData _data = new();
    private readonly TestDatabase _db = new();
    private readonly ChartResolver _factory;

    public ChartResolverTests()
    {
        _db.Database.EnsureBuilt(_data.Path);
        var d = _db.Database;
        _factory = SpecFactories.For(d, new ChartOptions { PaperSourceId = "paper" });
    }

    public void Dispose()
    {
        _db.Dispose();
        _data.Dispose();
    }

    private async Task<SpecAndRows> CreateAsync(string id, ChartSelection? selection = null) =>
        SpecAndRows.Of(await _factory.SpecAsync((selection ?? new ChartSelection()) with { Indicator = id }) ?? throw new InvalidOperationException("unknown " + id));

    [Fact]
    public async Task CreateAsync_UnknownIndicator_Null()
    {
        Assert.Null(await _factory.SpecAsync(ChartSelection.Of("nope")));
    }

    [Fact]
    public async Task CreateAsync_Slope_SeriesIsTheSupplierWithPaperFooterAndPeriodNote()
    {
        var data = await CreateAsync("arms-import-share");

        Assert.Equal(ChartKind.Slope, data.Spec.Kind);
        var china = Assert.Single(data.Spec.Series);
        Assert.Equal("China", china.Name);
        Assert.Equal("CHN", china.StyleCode);
        Assert.Equal([1.5, 18], china.Points.Select(p => p.Value));
        Assert.Equal(["2010–2014", "2015–2019"], china.Points.Select(p => p.PeriodLabel));
        Assert.Contains("Central Asia", data.Spec.Subtitle, StringComparison.Ordinal);
        Assert.Equal("Source: Kalkan Küçüksolak & Fırat (2023), citing Zanini 2022, p. 2 · GeoAI Dashboard", data.Spec.Footer.Text);
        Assert.Contains(data.Spec.Notes, n => n.Contains("in the last five years", StringComparison.Ordinal));
        Assert.Equal(2, data.Rows.Rows.Count());
    }

    [Fact]
    public async Task CreateAsync_LineWithOnePeriod_FallsBackToBars()
    {
        var data = await CreateAsync("one-period");

        Assert.Equal(ChartKind.GroupedBar, data.Spec.Kind);
        Assert.Equal(["Kazakhstan", "Kyrgyzstan"], data.Spec.Series.Select(s => s.Name).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task CreateAsync_MixedSources_PaperFigureMarked()
    {
        var data = await CreateAsync("top500-monthly");

        Assert.Equal(ChartKind.Line, data.Spec.Kind);
        Assert.Equal(["China", "Russia"], data.Spec.Series.Select(s => s.Name));
        var marked = data.Spec.Series[0].Points.Single(p => p.Marked);
        Assert.Equal("2019-11", marked.Period.Text);
        Assert.Equal("Nov 2019", marked.PeriodLabel);
        Assert.Contains(data.Spec.Notes, n => n.Contains("paper", StringComparison.Ordinal));
        Assert.Contains(data.Spec.Notes, n => n.Contains("derived", StringComparison.Ordinal));
    }

    [Fact]
    public async Task CreateAsync_EntitiesAndPeriods_FilterRowsAndSpecAlike()
    {
        var data = await CreateAsync("top500-monthly", new ChartSelection { Entities = ["RUS"], From = Period.Parse("2019-11"), To = Period.Parse("2020") });

        var russia = Assert.Single(data.Spec.Series);
        Assert.Equal(["2019-11", "2020-06"], russia.Points.Select(p => p.Period.Text));
        Assert.Equal(2, data.Rows.Rows.Count());
        Assert.All(data.Rows.Rows, r => Assert.Equal("RUS", r[1]));
    }

    [Fact]
    public async Task CreateAsync_CodeMatchingCounterpart_SelectsSupplier()
    {
        var data = await CreateAsync("supplier-shares", new ChartSelection { Entities = ["CHN"] });

        Assert.Equal(ChartKind.StackedShare, data.Spec.Kind);
        Assert.Equal(["China"], data.Spec.Series.Select(s => s.Name));
        Assert.Equal(2, data.Rows.Rows.Count());
    }

    [Fact]
    public async Task CreateAsync_StackedShareSeveralRecipients_CategoriesNameRecipientAndWindow()
    {
        var data = await CreateAsync("supplier-shares");

        Assert.Equal(["China", "Russia"], data.Spec.Series.Select(s => s.Name));
        Assert.Equal(["Kazakhstan · 2010–2014", "Kazakhstan · 2015–2019", "Kyrgyzstan · 2015–2019"], data.Spec.Categories);
        Assert.Contains("as of data generated 3 Jan 2025", data.Spec.Subtitle, StringComparison.Ordinal);
    }

    [Fact]
    public async Task CreateAsync_CodeWithoutData_EmptySpec()
    {
        var data = await CreateAsync("top500-systems", new ChartSelection { Entities = ["KAZ"] });

        Assert.True(data.Spec.IsEmpty);
        Assert.Empty(data.Rows.Rows);
    }

    [Fact]
    public async Task CreateAsync_Timeline_EventsInDateOrderWithLabels()
    {
        var data = await CreateAsync("events-tl", new ChartSelection { Entities = ["RUS"] });

        Assert.Equal(ChartKind.Timeline, data.Spec.Kind);
        Assert.Equal(["10 Oct 2019", "Aug 2022"], data.Spec.Events.Select(e => e.DateLabel));
        Assert.Equal(2, data.Rows.Rows.Count());
    }

    [Fact]
    public async Task CreateAsync_Table_ProjectsWithDashForMissing()
    {
        var data = await CreateAsync("projects-tbl");

        Assert.Equal(ChartKind.Table, data.Spec.Kind);
        Assert.Equal(2, data.Spec.Table!.Rows.Count);
        Assert.Contains("1,200", data.Spec.Table.Rows.SelectMany(r => r.Cells));
        Assert.Contains("–", data.Spec.Table.Rows.SelectMany(r => r.Cells));
    }

    [Fact]
    public async Task CreateAsync_MoreSeriesThanReadable_KeepsLargestWithChinaAndRussiaAndSaysSo()
    {
        // Recipients chosen explicitly: no default narrowing, so 3 recipients × 5 suppliers = 15 series.
        var data = await CreateAsync("tiv", new ChartSelection { Entities = ["KAZ", "KGZ", "USA"] });

        Assert.Equal(ObservationComposer.MaxSeries, data.Spec.Series.Count);
        Assert.Contains(data.Spec.Series, s => s.Name == "China → Kazakhstan");
        Assert.Contains(data.Spec.Series, s => s.Name == "Russia → Kazakhstan");
        Assert.Contains(data.Spec.Notes, n => n.Contains("3 more", StringComparison.Ordinal));
        Assert.Equal(ObservationComposer.MaxSeries * 2, data.Rows.Rows.Count());
    }

    [Fact]
    public async Task CreateAsync_SupplierToRecipientWithoutEntities_DefaultsToChinaAndRussiaAsCounterparts()
    {
        var data = await CreateAsync("tiv");

        Assert.Equal(["CHN", "RUS"], data.Rows.Rows.Select(r => (string)r[3]!).Distinct().Order(StringComparer.Ordinal));
        Assert.Equal(6, data.Spec.Series.Count);
        Assert.Contains(data.Spec.Notes, n => n.Contains("(default); choose entities for the other 4", StringComparison.Ordinal));
    }

    [Fact]
    public async Task CreateAsync_StackedShareWithoutGroupRows_RecipientsAsGroupsOfBars()
    {
        var data = await CreateAsync("supplier-shares");

        Assert.Equal(["Kazakhstan", "Kazakhstan", "Kyrgyzstan"], data.Spec.CategoryGroups);
        Assert.Equal(["2010–14", "2015–19", "2015–19"], data.Spec.CategoryLabels);
    }

    [Fact]
    public void ThinWindows_FewerThanMax_AllKept()
    {
        var windows = Windows(2010, 2012);

        Assert.Same(windows, WindowThinning.Thin(windows, 5));
    }

    [Fact]
    public void ThinWindows_TwentyRollingWindows_NonOverlappingFromTheLatest()
    {
        var kept = WindowThinning.Thin(Windows(2000, 2019), 5);

        Assert.Equal(["2004-2008", "2009-2013", "2014-2018", "2019-2023"], kept.Select(p => p.Text));
    }

    [Fact]
    public void ThinWindows_StillTooMany_LatestKept()
    {
        var kept = WindowThinning.Thin(Windows(2000, 2019), 2);

        Assert.Equal(["2014-2018", "2019-2023"], kept.Select(p => p.Text));
    }

    [Theory]
    [InlineData("2016-2020", "2016–20")]
    [InlineData("1998-2002", "1998–2002")]
    [InlineData("2019", "2019")]
    [InlineData("2019-11", "Nov 2019")]
    public void ShortLabel_Period_ShortWhenSameCentury(string period, string expected) =>
        Assert.Equal(expected, ChartTexts.ShortLabel(Period.Parse(period), Language.English));

    [Fact]
    public void MeasureNote_DifferentMeasures_FirstSentenceWithoutParentheses() =>
        Assert.Equal("Different measures: the paper speaks of debt; the series is long-term public external debt owed to China.",
            MarkComposer.MeasureNote("Different measures: the paper speaks of debt; the series is long-term public external debt (World Bank IDS) owed to China. The paper gives no year."));

    [Fact]
    public void MeasureNote_OtherExplanation_Null() =>
        Assert.Null(MarkComposer.MeasureNote("Counted from the TOP500 list of November 2019, as for China."));

    private static List<Period> Windows(int firstStart, int lastStart) =>
        Enumerable.Range(firstStart, lastStart - firstStart + 1)
            .Select(y => Period.Parse(string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{y}-{y + 4}")))
            .ToList();

    [Theory]
    [InlineData(ChartKind.Line, 1, 0, ChartKind.GroupedBar)]
    [InlineData(ChartKind.Line, 5, 0, ChartKind.Line)]
    [InlineData(ChartKind.Slope, 2, 1, ChartKind.Slope)]
    [InlineData(ChartKind.Slope, 1, 1, ChartKind.GroupedBar)]
    [InlineData(ChartKind.Slope, 6, 1, ChartKind.Line)]
    [InlineData(ChartKind.GroupedBar, 40, 0, ChartKind.Line)]
    [InlineData(ChartKind.StackedShare, 3, 0, ChartKind.GroupedBar)]
    public void ResolveKind_DataShape_FallsBackSensibly(ChartKind wanted, int periods, int counterparts, ChartKind expected)
    {
        Assert.Equal(expected, ChartKinds.Resolve(wanted, periods, periods, counterparts));
    }
}

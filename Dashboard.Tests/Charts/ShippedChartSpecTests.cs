using Dapper;
using Dashboard.Data.Model;
using Dashboard.Data.Queries;
using Dashboard.Tests.Support;
using Dashboard.Web.Charts;
using Dashboard.Web.Charts.Composing;
using Dashboard.Web.Charts.Selection;
using Dashboard.Web.Charts.Styling;

namespace Dashboard.Tests.Charts;

/// <summary>
/// Chart specs built from a store of the shipped data/ (fresh per test, so a test may change it): default views and
/// the paper's figures marked from the claims table.
/// </summary>
public sealed class ShippedChartSpecTests : IDisposable
{
    private readonly TestDatabase _db = new();
    private readonly ChartResolver _factory;

    public ShippedChartSpecTests()
    {
        _db.Database.EnsureBuilt(RepoPaths.ShippedData);
        var d = _db.Database;
        _factory = SpecFactories.For(d, new ChartOptions());
    }

    public void Dispose() => _db.Dispose();

    private async Task<SpecAndRows> CreateAsync(string id, ChartSelection? selection = null) =>
        SpecAndRows.Of(await _factory.SpecAsync((selection ?? new ChartSelection()) with { Indicator = id }) ?? throw new InvalidOperationException("unknown " + id));

    [Fact]
    public async Task CreateAsync_StackedShareWithoutEntities_GroupWithOneBarPerWindowAndFewSegments()
    {
        var data = await CreateAsync("arms-supplier-share-5y");
        var spec = data.Spec;

        Assert.Equal(ChartKind.StackedShare, spec.Kind);
        Assert.All(data.Rows.Rows, r => Assert.Equal("CA5", r[1]));
        Assert.Contains("Central Asia (5 states)", spec.Subtitle, StringComparison.Ordinal);
        Assert.Empty(spec.CategoryGroups);

        // One bar per five-year window 2000–2004 … 2019–2023, labelled short.
        Assert.Equal(20, spec.Categories.Count);
        Assert.True(spec.Categories.Count <= StackedShares.MaxBars);
        Assert.Equal("2000–04", spec.CategoryLabels[0]);
        Assert.Equal("2019–23", spec.CategoryLabels[^1]);

        // China and Russia first, at most four more suppliers, then the rest summed.
        Assert.Equal(["China", "Russia"], spec.Series.Take(2).Select(s => s.Name));
        Assert.Equal(StackedShares.OtherSuppliersName, spec.Series[^1].Name);
        Assert.Equal(ChartPalette.OtherCode, spec.Series[^1].StyleCode);
        Assert.True(spec.Series.Count <= StackedShares.NamedSuppliers + 3, $"{spec.Series.Count} series");
        Assert.Contains(spec.Notes, n => n.StartsWith("Other suppliers: the 18 smaller suppliers summed per window", StringComparison.Ordinal));

        // Every bar still adds up to the whole.
        foreach (var category in spec.Categories)
        {
            Assert.Equal(100, spec.Series.SelectMany(s => s.Points).Where(p => p.Category == category).Sum(p => p.Value), 3);
        }
    }

    [Fact]
    public async Task CreateAsync_StackedShareFiveRecipients_GroupsOfNonOverlappingWindowsWithinTheBarCap()
    {
        var data = await CreateAsync("arms-supplier-share-5y", new ChartSelection { Entities = ["KAZ", "KGZ", "TJK", "TKM", "UZB"] });
        var spec = data.Spec;

        Assert.Equal(["Kazakhstan", "Kyrgyzstan", "Tajikistan", "Turkmenistan", "Uzbekistan"], spec.CategoryGroups.Distinct());
        Assert.True(spec.Categories.Count <= StackedShares.MaxBars, $"{spec.Categories.Count} bars");
        var windows = data.Rows.Rows.Select(r => Period.Parse((string)r[5]!)).Distinct().OrderBy(p => p.Start).ToList();
        Assert.Equal(["2004-2008", "2009-2013", "2014-2018", "2019-2023"], windows.Select(w => w.Text));
        Assert.Contains(spec.Notes, n => n.Contains("non-overlapping windows of 20", StringComparison.Ordinal));
    }

    [Fact]
    public async Task CreateAsync_StackedShareRecipientThatAlsoSupplies_ShowsItsImports()
    {
        // Kazakhstan is a recipient and also a supplier to its neighbours: the code selects the recipient.
        var data = await CreateAsync("arms-supplier-share-5y", new ChartSelection { Entities = ["KAZ"] });

        Assert.False(data.Spec.IsEmpty);
        Assert.All(data.Rows.Rows, r => Assert.Equal("KAZ", r[1]));
        Assert.Equal("Russia", data.Spec.Series[1].Name);
    }

    [Fact]
    public async Task CreateAsync_Top500Line_PaperCountsMarkedAtNov2019()
    {
        var spec = (await CreateAsync("top500-systems")).Spec;

        Assert.Equal(ChartKind.Line, spec.Kind);
        Assert.Equal([("CHN", 228.0, "paper: 228"), ("USA", 117.0, "paper: 117"), ("RUS", 3.0, "paper: 3")],
            spec.Marks.Select(m => (m.SeriesCode, m.Value, m.Label)));
        Assert.All(spec.Marks, m => Assert.Equal("Nov 2019", m.PeriodLabel));
        Assert.All(spec.Marks, m => Assert.Equal(Period.Parse("2019-11").MidYear, m.X));
        Assert.Equal(228, spec.Marks[0].SeriesValue);
        Assert.StartsWith("◆ figure stated in Kalkan Küçüksolak & Fırat (2023)", spec.Notes[0], StringComparison.Ordinal);
    }

    [Fact]
    public async Task CreateAsync_ClaimStatedValueChangedInTheStore_MarkFollows()
    {
        using (var c = _db.Open())
        {
            Assert.Equal(1, c.Execute("UPDATE claims SET stated_value = 250, stated_text = '250' WHERE id = 'top500-2019-11-chn'"));
            Assert.Equal(1, c.Execute("UPDATE claims SET stated_value = 21.5, stated_text = '21.5' WHERE id = 'arms-share-chn-2010-2014'"));
        }

        var top500 = (await CreateAsync("top500-systems")).Spec;
        var arms = (await CreateAsync("arms-supplier-share-5y")).Spec;

        var china = Assert.Single(top500.Marks, m => m.SeriesCode == "CHN");
        Assert.Equal(250, china.Value);
        Assert.Equal("paper: 250", china.Label);
        Assert.Equal(228, china.SeriesValue);
        var window = Assert.Single(arms.Marks, m => m.Period.Text == "2010-2014");
        Assert.Equal(21.5, window.Value);
        Assert.Equal("paper: 21.5%", window.Label);
    }

    [Fact]
    public async Task CreateAsync_ClaimRemovedFromTheStore_NoMark()
    {
        using (var c = _db.Open())
        {
            c.Execute("DELETE FROM claims WHERE id LIKE 'top500-2019-11-%'");
        }

        var spec = (await CreateAsync("top500-systems")).Spec;

        Assert.Empty(spec.Marks);
        Assert.DoesNotContain(spec.Notes, n => n.Contains(ChartTexts.MarkSymbol, StringComparison.Ordinal));
    }

    [Fact]
    public async Task CreateAsync_ArmsShares_ChinaMarkedIn2010To2014AndOnTheBasisWindowOnly()
    {
        var spec = (await CreateAsync("arms-supplier-share-5y")).Spec;

        // The 18 % is judged on 2015–2019 (its basis reading); the context windows 2016–20 and 2017–21 carry no ◆.
        Assert.Equal(["2010-2014", "2015-2019"], spec.Marks.Select(m => m.Period.Text));
        Assert.All(spec.Marks, m => Assert.Equal("CHN", m.SeriesCode));
        Assert.Equal([1.5, 18], spec.Marks.Select(m => m.Value));
        Assert.Equal(14.36, Math.Round(spec.Marks.Single(m => m.Period.Text == "2015-2019").SeriesValue, 2));
        Assert.All(spec.Marks, m => Assert.Contains(m.Category, spec.Categories));
        Assert.DoesNotContain(spec.Notes, n => n.Contains("candidate", StringComparison.Ordinal));
    }

    [Fact]
    public async Task CreateAsync_DebtShare_MarksNameTheirSeriesAndNoteTheDifferentMeasure()
    {
        var spec = (await CreateAsync("external-debt-share-china-bilateral")).Spec;

        // 40 lies nearer Tajikistan's 2018 value than Kyrgyzstan's, 50 nearer Kyrgyzstan's: each label names its series.
        Assert.Equal([("KGZ", 40.0, "Kyrgyzstan, paper: 40%"), ("TJK", 50.0, "Tajikistan, paper: 50%")],
            spec.Marks.Select(m => (m.SeriesCode, m.Value, m.Label)));
        Assert.Contains(spec.Notes, n => n.StartsWith("Different measures: the paper speaks of public debt due to Chinese banks;", StringComparison.Ordinal)
            && n.Contains("long-term public and publicly guaranteed external debt", StringComparison.Ordinal) && !n.Contains('(', StringComparison.Ordinal));
        Assert.DoesNotContain(spec.Notes, n => n.Contains("all external debt", StringComparison.Ordinal));
    }

    [Fact]
    public async Task CreateAsync_MarkedEntityNotSelected_NoMarkAndNoNote()
    {
        var spec = (await CreateAsync("external-debt-share-china-bilateral", new ChartSelection { Entities = ["KAZ"] })).Spec;

        Assert.Empty(spec.Marks);
        Assert.DoesNotContain(spec.Notes, n => n.Contains("Different measures", StringComparison.Ordinal));
    }

    [Fact]
    public async Task CreateAsync_PaperIndicators_NoMarksOfTheirOwnFigures()
    {
        // The paper's own figures are the data of these charts; claims are checked against the primary series only.
        Assert.Empty((await CreateAsync("top500-systems-paper")).Spec.Marks);
        Assert.Empty((await CreateAsync("arms-import-share")).Spec.Marks);
        Assert.Empty((await CreateAsync("arms-tiv-delivered")).Spec.Marks);
    }

    [Fact]
    public async Task CreateAsync_SupplierToRecipientLineWithoutEntities_ChinaAndRussiaAsSuppliers()
    {
        var data = await CreateAsync("arms-tiv-delivered");

        Assert.All(data.Rows.Rows, r => Assert.Contains((string)r[3]!, new[] { "CHN", "RUS" }));
        Assert.True(data.Spec.Series.Count <= ObservationComposer.MaxSeries);
        Assert.Contains(data.Spec.Notes, n => n.StartsWith("Showing China and Russia as counterpart (default)", StringComparison.Ordinal));
    }
}

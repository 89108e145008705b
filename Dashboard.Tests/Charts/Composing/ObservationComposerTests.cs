using Dashboard.Data.Model;
using Dashboard.Web.Charts;
using Dashboard.Web.Charts.Composing;
using Dashboard.Web.Charts.Selection;
using Dashboard.Web.Charts.Styling;
using static Dashboard.Tests.Charts.Composing.Inputs;

namespace Dashboard.Tests.Charts.Composing;

/// <summary>The series family composed from hand-built inputs: no database.</summary>
public sealed class ObservationComposerTests
{
    [Fact]
    public void Compose_LineOfOnePeriod_DrawnAsBarsAndSaysSo()
    {
        var spec = Compose("line", [Obs("KAZ", null, "2020", 12), Obs("KGZ", null, "2020", 40)]);

        Assert.Equal(ChartKind.GroupedBar, spec.Kind);
        Assert.Equal(ChartKind.Line, spec.DeclaredKind);
        Assert.Equal(["Kazakhstan", "Kyrgyzstan"], spec.Series.Select(s => s.Name));
        Assert.Equal(["2020"], spec.Periods.Select(p => p.Text));
    }

    [Fact]
    public void Compose_SupplierToRecipient_SeriesKeepIdentityAndLabelAsDrawn()
    {
        var rows = new[] { Obs("KAZ", "CHN", "2018", 1), Obs("KAZ", "CHN", "2019", 2), Obs("KGZ", "CHN", "2018", 3), Obs("KGZ", "CHN", "2019", 4),
            Obs("KAZ", "RUS", "2018", 5), Obs("KAZ", "RUS", "2019", 6), Obs("KAZ", "USA", "2018", 7), Obs("KAZ", "USA", "2019", 8) };

        var spec = Compose("line", rows);

        // Default view: China and Russia as counterparts, each recipient a series of its own, named supplier → recipient.
        Assert.All(spec.Series, s => Assert.Contains(s.Counterpart, new[] { "CHN", "RUS" }));
        var chinaKaz = Assert.Single(spec.Series, s => s.Name == "China → Kazakhstan");
        Assert.Equal(("KAZ", "CHN", "CHN", "KAZ"), (chinaKaz.Entity, chinaKaz.Counterpart, chinaKaz.StyleCode, chinaKaz.MarkerCode));
        Assert.Equal("KAZ|CHN", chinaKaz.Key);
        Assert.All(chinaKaz.Points, p => Assert.Equal(("KAZ", "CHN", "sipri", "register", "derived"), (p.Entity, p.Counterpart, p.SourceId, p.Locator, p.Basis)));
        Assert.Contains(spec.Notes, n => n.Contains("(default); choose entities for the other 1", StringComparison.Ordinal));
        Assert.DoesNotContain(spec.Observations, o => o.CounterpartCode == "USA");
    }

    [Fact]
    public void Compose_StackedShareOfGroup_OneBarPerWindowNamedSuppliersThenOthersSummed()
    {
        string[] suppliers = ["RUS", "CHN", "TUR", "ITA", "FRA", "DEU", "ISR", "USA"];
        double[] shares = [60, 10, 9, 8, 5, 4, 2.5, 1.5];
        var rows = FiveYearWindows(2000, 2004).SelectMany(w => suppliers.Select((s, i) => Obs("CA5", s, w, shares[i])))
            .Concat([Obs("KAZ", "RUS", "2000-2004", 100)]);

        var spec = Compose("stacked-share", rows);

        Assert.Equal(ChartKind.StackedShare, spec.Kind);
        Assert.All(spec.Observations, o => Assert.Equal("CA5", o.EntityCode));
        Assert.Equal(["China", "Russia", "Türkiye", "Italy", "France", "Germany", StackedShares.OtherSuppliersName], spec.Series.Select(s => s.Name));
        var other = spec.Series[^1];
        Assert.Equal((ChartPalette.OtherCode, "CA5", null), (other.StyleCode, other.Entity, other.Counterpart));
        Assert.All(other.Points, p => Assert.Equal(4, p.Value, 9));
        Assert.All(other.Points, p => Assert.Null(p.SourceId));
        Assert.All(spec.Categories, c => Assert.Equal(100, spec.Series.SelectMany(s => s.Points).Where(p => p.Category == c).Sum(p => p.Value), 9));
        Assert.Equal(["2000–04", "2001–05", "2002–06", "2003–07", "2004–08"], spec.CategoryLabels);
        Assert.Contains(spec.Notes, n => n.StartsWith("Other suppliers: the 2 smaller suppliers summed per window", StringComparison.Ordinal));
        Assert.Contains("as of data generated 3 Jan 2025", spec.Subtitle, StringComparison.Ordinal);
    }

    [Fact]
    public void Compose_MoreSeriesThanReadable_KeepsTheLargestWithChinaAndRussiaAndSaysSo()
    {
        string[] codes = ["CHN", "RUS", "USA", "TUR", "ITA", "FRA", "DEU", "ISR", "KAZ", "KGZ", "TJK", "CA5", "E1", "E2"];
        var rows = codes.Select((c, i) => Obs(c, null, "2019", c is "CHN" or "RUS" ? 0.1 : 100 - i)).Concat(codes.Select((c, i) => Obs(c, null, "2020", 1)));

        var spec = Compose("line", rows);

        Assert.Equal(ObservationComposer.MaxSeries, spec.Series.Count);
        Assert.Equal(["China", "Russia"], spec.Series.Take(2).Select(s => s.Name));
        Assert.Equal("Showing the 12 largest series; 2 more: choose entities to see them", spec.Notes[0]);
        Assert.Equal(ObservationComposer.MaxSeries * 2, spec.Observations.Count);
    }

    [Fact]
    public void Compose_PaperFigureOnPrimarySeries_MarkedWithNotesAndFooterCitingTheSecondary()
    {
        var rows = new[]
        {
            Obs("CA5", "CHN", "2010-2014", 1.6), Obs("CA5", "CHN", "2015-2019", 14.36),
            Obs("CA5", "RUS", "2010-2014", 53.3), Obs("CA5", "RUS", "2015-2019", 60),
        };
        var claim = new ClaimMark { ClaimId = "c1", StatedValue = 18, StatedText = "18", Unit = "%", EntityCode = "CA5", CounterpartCode = "CHN", Period = "2015-2019", Wording = "w", Explanation = "Different measures: one (a) thing. Two." };

        var spec = Compose("slope", rows, marks: [claim]);

        var mark = Assert.Single(spec.Marks);
        Assert.Equal(("CHN", "China", 18d, 14.36, "paper: 18%"), (mark.SeriesCode, mark.SeriesName, mark.Value, mark.SeriesValue, mark.Label));
        Assert.StartsWith("◆ figure stated in Kalkan Küçüksolak & Fırat (2023)", spec.Notes[0], StringComparison.Ordinal);
        Assert.Equal("Different measures: one thing.", spec.Notes[1]);
        Assert.Equal("Source: SIPRI · GeoAI Dashboard", spec.Footer.Text);
        Assert.Equal("v1", spec.DataVersion);
    }

    [Fact]
    public void Compose_PaperRowsOnly_FooterCitesWhatThePaperCitesAndSubtitleSaysAsStated()
    {
        var rows = new[] { Obs("CA5", "CHN", "2010-2014", 1.5, "paper", "§2.1 Military Dynamics; Zanini 2022, p. 2", "stated"), Obs("CA5", "CHN", "2015-2019", 18, "paper", "§2.1 Military Dynamics; Zanini 2022, p. 2", "stated") };

        var spec = Compose("slope", rows);

        Assert.Equal("Source: Kalkan Küçüksolak & Fırat (2023), citing Zanini 2022, p. 2 · GeoAI Dashboard", spec.Footer.Text);
        Assert.EndsWith("as stated in Kalkan Küçüksolak & Fırat (2023)", spec.Subtitle, StringComparison.Ordinal);
        Assert.Equal(["Central Asia (5 states)"], spec.EntityNames);
    }

    [Fact]
    public void Compose_SourcesEstimates_KeptOnThePointsAndNamedInANote()
    {
        var rows = new[] { Obs("KAZ", null, "2022", 3.2, basis: "stated"), Obs("KAZ", null, "2023", 5.1, basis: "estimate"), Obs("KAZ", null, "2024", 3.9, basis: "estimate"),
            Obs("KGZ", null, "2022", 9, basis: "stated"), Obs("KGZ", null, "2023", 9, basis: "stated"), Obs("KGZ", null, "2024", 4, basis: "stated") };

        var line = Compose("line", rows);
        var bars = Compose("grouped-bar", rows);

        Assert.Equal(["stated", "estimate", "estimate"], line.Series.Single(s => s.Name == "Kazakhstan").Points.Select(p => p.Basis));
        Assert.Contains("Dotted, lighter lines and hollow markers: the source's estimates or projections, not actual data (Kazakhstan 2023–2024)", line.Notes);
        Assert.Contains("Hollow bars: the source's estimates or projections, not actual data (Kazakhstan 2023–2024)", bars.Notes);
        Assert.DoesNotContain(Compose("line", rows.Select(o => o with { Basis = "stated" })).Notes, n => n.Contains("estimates", StringComparison.Ordinal));

        // The CSV download says it row by row, in its basis column.
        var csv = Dashboard.Web.Charts.Files.ChartRows.Of(line);
        var basis = csv.Columns.ToList().IndexOf("basis");
        Assert.Equal(["stated", "estimate", "estimate"], csv.Rows.Where(r => (string?)r[1] == "KAZ").Select(r => (string?)r[basis]));
    }

    [Fact]
    public void Compose_EntitiesAsked_NamedInTheOrderAskedEvenWithoutRows()
    {
        var spec = Compose("line", [Obs("RUS", null, "2019", 1), Obs("CHN", null, "2019", 2)], new ChartSelection { Entities = ["RUS", "KAZ", "CHN"] });

        Assert.Equal(["Russia", "Kazakhstan", "China"], spec.EntityNames);
        Assert.Equal(["China", "Russia"], spec.Series.Select(s => s.Name));
    }

    [Fact]
    public void Compose_NothingSelected_EmptySpecWithNoSources()
    {
        var spec = Compose("line", [Obs("CHN", null, "2019", 1)], new ChartSelection { Entities = ["KAZ"] });

        Assert.True(spec.IsEmpty);
        Assert.Empty(spec.Observations);
        Assert.Equal("Source: no data shown · GeoAI Dashboard", spec.Footer.Text);
    }
}

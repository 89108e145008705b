using Dashboard.Data.Model;
using Dashboard.Tests.Charts.Maps;
using Dashboard.Web.Charts;
using Dashboard.Web.Charts.Composing;
using Dashboard.Web.Charts.Model;
using Dashboard.Web.Charts.Selection;

namespace Dashboard.Tests.Charts.Composing;

/// <summary>
/// <see cref="MapComposer"/> on hand-built inputs and the shipped geometry: which counterpart, which period, which rows
/// (countries of the five only, one per state), the notes and the footer; no store.
/// </summary>
public sealed class MapComposerTests
{
    private static readonly string[] Five = ["KAZ", "KGZ", "TJK", "TKM", "UZB"];

    private static readonly Dictionary<string, Entity> Entities = new[]
    {
        ("KAZ", "Kazakhstan", "country"), ("KGZ", "Kyrgyzstan", "country"), ("TJK", "Tajikistan", "country"),
        ("TKM", "Turkmenistan", "country"), ("UZB", "Uzbekistan", "country"), ("CHN", "China", "country"),
        ("RUS", "Russia", "country"), ("USA", "United States", "country"), ("TUR", "Türkiye", "country"),
        ("CA5", "Central Asia (5 states)", "group"),
    }.ToDictionary(e => e.Item1, e => new Entity { Code = e.Item1, Name = e.Item2, Kind = e.Item3 }, StringComparer.Ordinal);

    private static ChartSpec Map(IEnumerable<Observation> rows, ChartSelection? selection = null, string kind = "line", int? matching = null, bool geometry = true, bool hasCountryRows = false)
    {
        var list = rows.ToList();
        var inputs = new ChartInputs
        {
            Indicator = new Indicator { Id = "x", Name = "Indicator X", Unit = "%", ChartKind = kind, Dimension = "economic" },
            Selection = (selection ?? new ChartSelection()) with { Indicator = "x", Kind = ChartKind.Map },
            Observations = list,
            MatchingObservations = matching ?? list.Count,
            Entities = Entities,
            Sources = new Dictionary<string, Source>(StringComparer.Ordinal)
            {
                ["sipri"] = new() { Id = "sipri", Citation = "Stockholm International Peace Research Institute (SIPRI). Arms Transfers Database." },
                ["paper"] = new() { Id = "paper", Citation = "Kalkan Küçüksolak, Ö. & Fırat, T. (2023). The Geopolitics of AI." },
            },
            DataVersion = "v1",
            Geometry = geometry ? MapSamples.Geometry : null,
            HasCountryRows = hasCountryRows,
        };
        return ChartComposer.Compose(inputs, Inputs.Options);
    }

    /// <summary>One row per state of the five for <paramref name="period"/>, value = base + index.</summary>
    private static IEnumerable<Observation> FiveRows(string? counterpart, string period, double start, params string[] only) =>
        Five.Where(c => only.Length == 0 || only.Contains(c)).Select((c, i) => Inputs.Obs(c, counterpart, period, start + i));

    private static Dictionary<string, double> Values(ChartSpec spec) =>
        spec.Series.ToDictionary(s => s.Entity!, s => Assert.Single(s.Points).Value);

    [Fact]
    public void Compose_OneCounterpart_TitleNamesItUnlessTheIndicatorNameDoes()
    {
        Assert.Equal("Indicator X — Russia", Map(FiveRows("RUS", "2019", 10), new ChartSelection { Counterpart = "RUS" }).Title);
        Assert.Equal("Indicator X", Map(FiveRows(null, "2019", 10)).Title);
    }

    [Fact]
    public void Compose_CounterpartAsked_MapsOnlyThatCounterpartsRows()
    {
        var rows = FiveRows("CHN", "2019", 10).Concat(FiveRows("RUS", "2019", 50));

        var spec = Map(rows, new ChartSelection { Counterpart = "RUS" });

        Assert.Equal(ChartKind.Map, spec.Kind);
        Assert.NotNull(spec.Map);
        Assert.Equal([50, 51, 52, 53, 54], Five.Select(c => Values(spec)[c]));
        Assert.All(spec.Series, s => Assert.Equal("RUS", s.Counterpart));
        Assert.Contains("counterpart: Russia", spec.Subtitle, StringComparison.Ordinal);
        Assert.Equal(54, spec.Map.Subjects.Single(r => r.Code == "UZB").Value);
    }

    [Fact]
    public void Compose_RowsWithoutCounterpart_NoCounterpartChosen()
    {
        // Rows without a counterpart sit beside rows with one: the map shows the former and names no counterpart.
        var rows = FiveRows(null, "2019", 10).Concat(FiveRows("CHN", "2019", 50));

        var spec = Map(rows);

        Assert.Equal([10, 11, 12, 13, 14], Five.Select(c => Values(spec)[c]));
        Assert.All(spec.Series, s => Assert.Null(s.Counterpart));
        Assert.DoesNotContain("counterpart", spec.Subtitle, StringComparison.Ordinal);
    }

    [Fact]
    public void Compose_NoCounterpartAsked_TheOneWithMostRowsForTheFive()
    {
        // China has more rows overall (for states outside the five), the United States more for the five.
        var rows = FiveRows("USA", "2019", 10)
            .Concat(FiveRows("CHN", "2019", 50, "KAZ", "KGZ"))
            .Concat(new[] { "TUR", "RUS", "USA" }.SelectMany(e => new[] { "2017", "2018", "2019" }.Select(p => Inputs.Obs(e, "CHN", p, 1))));

        var spec = Map(rows);

        Assert.All(spec.Series, s => Assert.Equal("USA", s.Counterpart));
        Assert.Equal(5, spec.Series.Count);
        Assert.Contains("counterpart: United States", spec.Subtitle, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("USA,TUR,RUS,CHN", "CHN")]
    [InlineData("USA,RUS,TUR", "RUS")]
    public void Compose_CounterpartsTied_ChinaThenRussiaFirst(string counterparts, string expected)
    {
        var rows = counterparts.Split(',').SelectMany((cp, i) => FiveRows(cp, "2019", 10 * (i + 1)));

        var spec = Map(rows);

        Assert.All(spec.Series, s => Assert.Equal(expected, s.Counterpart));
    }

    [Fact]
    public void Compose_ToGiven_MapsThatPeriod()
    {
        var rows = FiveRows("CHN", "2018", 10).Concat(FiveRows("CHN", "2019", 20)).Concat(FiveRows("CHN", "2020", 30));

        var spec = Map(rows, new ChartSelection { To = Period.Parse("2019") });

        Assert.Equal(["2019"], spec.Periods.Select(p => p.Text));
        Assert.Equal([20, 21, 22, 23, 24], Five.Select(c => Values(spec)[c]));
        Assert.All(spec.Series, s => Assert.Equal("2019", s.Points[0].Period.Text));
        Assert.Equal("2019", spec.Map!.PeriodLabel);
        Assert.Contains("2019", spec.Subtitle, StringComparison.Ordinal);
    }

    [Fact]
    public void Compose_NoTo_LatestPeriodWithAtLeastThreeOfTheFive()
    {
        // 2021: two states; 2020: three; 2019: all five → 2020, with the two missing states named.
        var rows = FiveRows("CHN", "2019", 10)
            .Concat(FiveRows("CHN", "2020", 20, "KAZ", "KGZ", "TJK"))
            .Concat(FiveRows("CHN", "2021", 30, "KAZ", "KGZ"));

        var spec = Map(rows);

        Assert.Equal(["2020"], spec.Periods.Select(p => p.Text));
        Assert.Equal(["KAZ", "KGZ", "TJK"], spec.Series.Select(s => s.Entity!).Order());
        Assert.Contains("No data for Turkmenistan, Uzbekistan in 2020", spec.Notes);
        Assert.Null(spec.Map!.Subjects.Single(r => r.Code == "TKM").Value);
    }

    [Fact]
    public void Compose_NoneOfTheFiveHasData_LatestCountryPeriodAndNoteNamingWhoHasData()
    {
        var rows = new[] { Inputs.Obs("CHN", null, "2018", 1), Inputs.Obs("CHN", null, "2020", 2), Inputs.Obs("RUS", null, "2020", 3) };

        var spec = Map(rows);

        Assert.NotNull(spec.Map);
        Assert.Equal(["2020"], spec.Periods.Select(p => p.Text));
        Assert.Empty(spec.Series);
        Assert.All(spec.Map.Subjects, r => Assert.Null(r.Value));
        Assert.Contains("None of the five Central Asian states has data here; the rows are for China, Russia", spec.Notes);
    }

    [Fact]
    public void Compose_GroupRows_Ignored()
    {
        // The group has a later period than the states and a row of its own: neither reaches the map.
        var rows = FiveRows("CHN", "2019", 10).Append(Inputs.Obs("CA5", "CHN", "2019", 99)).Append(Inputs.Obs("CA5", "CHN", "2022", 98));

        var spec = Map(rows);

        Assert.Equal(["2019"], spec.Periods.Select(p => p.Text));
        Assert.Equal(Five, spec.Series.Select(s => s.Entity!).Order());
        Assert.DoesNotContain(spec.Observations, o => o.EntityCode == "CA5");
        Assert.DoesNotContain(spec.Map!.Regions, r => r.Code == "CA5");
    }

    [Fact]
    public void Compose_EntitiesAsked_DoNotNarrowTheMap()
    {
        var spec = Map(FiveRows("CHN", "2019", 10), new ChartSelection { Entities = ["KGZ"] });

        Assert.Equal(Five, spec.Series.Select(s => s.Entity!).Order());
        Assert.All(spec.Map!.Subjects, r => Assert.NotNull(r.Value));
    }

    [Fact]
    public void Compose_TwoRowsForOneStateAndPeriod_OneShownAndANote()
    {
        // The paper's stated figure beside a derived primary series: the primary one is mapped.
        var rows = FiveRows("CHN", "2019", 10).Append(Inputs.Obs("KGZ", "CHN", "2019", 47, source: "paper", locator: "p. 5", basis: "stated"));

        var spec = Map(rows);

        Assert.Equal(5, spec.Series.Count);
        Assert.Equal(11, Values(spec)["KGZ"]);
        Assert.Single(spec.Observations, o => o.EntityCode == "KGZ");
        Assert.Contains("Kyrgyzstan: 2 rows for 2019; the one from sipri is shown", spec.Notes);
    }

    [Fact]
    public void Compose_CappedInput_NoteFirst()
    {
        var spec = Map(FiveRows("CHN", "2019", 10), matching: 120_000);

        Assert.True(spec.IsCapped);
        Assert.Equal(120_000, spec.MatchingRows);
        Assert.Equal("Drawn from the first 5 of 120,000 matching rows; choose a period for the rest", spec.Notes[0]);
    }

    [Fact]
    public void Compose_AllRowsRead_NoCapNote()
    {
        var spec = Map(FiveRows("CHN", "2019", 10));

        Assert.False(spec.IsCapped);
        Assert.DoesNotContain(spec.Notes, n => n.Contains("matching rows", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("timeline", true, true, "timeline of events")]
    [InlineData("table", true, true, "table of projects")]
    [InlineData("line", false, true, "groups of countries")]
    [InlineData("line", true, false, "no map geometry")]
    public void Compose_MapUnavailable_NoLayerAndTheReasonAsNote(string kind, bool countryRows, bool geometry, string reason)
    {
        var rows = countryRows ? FiveRows("CHN", "2019", 10) : [Inputs.Obs("CA5", "CHN", "2019", 10)];

        var spec = Map(rows, kind: kind, geometry: geometry);

        Assert.Equal(ChartKind.Map, spec.Kind);
        Assert.Null(spec.Map);
        Assert.True(spec.IsEmpty);
        Assert.Empty(spec.Series);
        Assert.Contains(reason, Assert.Single(spec.Notes), StringComparison.Ordinal);
        Assert.DoesNotContain("Natural Earth", spec.Footer.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Compose_NoRowInTheRangeButCountryRowsElsewhere_MapOfNoDataWithANote()
    {
        // The loader read no row (to= before the first one), the store has country rows: a map, not "no map".
        var spec = Map([], new ChartSelection { To = Period.Parse("2019") }, hasCountryRows: true);

        Assert.NotNull(spec.Map);
        Assert.All(spec.Map.Subjects, r => Assert.Null(r.Value));
        Assert.Empty(spec.Series);
        Assert.Equal(["No row for the five Central Asian states in this period"], spec.Notes);
    }

    [Fact]
    public void Compose_ToBeforeTheStatesFirstRows_NoLaterPeriodMappedAndANote()
    {
        // The loader reads every period; to=2019 must not map 2020, the only year with rows (the paper's debt figures).
        var spec = Map(FiveRows("CHN", "2020", 40, "KGZ", "TJK"), new ChartSelection { To = Period.Parse("2019") });

        Assert.NotNull(spec.Map);
        Assert.Empty(spec.Periods);
        Assert.Empty(spec.Series);
        Assert.Equal(["No row for the five Central Asian states in this period"], spec.Notes);
        Assert.Equal(["2020"], spec.MapPeriods.Select(p => p.Text));
    }

    [Fact]
    public void Compose_OnlyOtherCountriesInTheRange_LatestOfTheirPeriodsWithinTo()
    {
        var rows = new[] { Inputs.Obs("CHN", null, "2018", 1), Inputs.Obs("CHN", null, "2019", 2), Inputs.Obs("CHN", null, "2021", 3) };

        var spec = Map(rows, new ChartSelection { To = Period.Parse("2020") });

        Assert.Equal(["2019"], spec.Periods.Select(p => p.Text));
        Assert.Equal(["None of the five Central Asian states has data here; the rows are for China"], spec.Notes);
    }

    [Fact]
    public void Compose_Footer_GeometryCreditBeforeTheSiteName()
    {
        var spec = Map(FiveRows("CHN", "2019", 10));

        Assert.Equal("Boundaries: Natural Earth", spec.Map!.Credit);
        Assert.StartsWith("Source: ", spec.Footer.Text, StringComparison.Ordinal);
        Assert.EndsWith(" · Boundaries: Natural Earth · GeoAI Dashboard", spec.Footer.Text, StringComparison.Ordinal);
        Assert.Contains("SIPRI", spec.Footer.Text, StringComparison.Ordinal);
    }
}

using Dashboard.Data.Model;
using Dashboard.Web.Accessibility;
using Dashboard.Web.Charts;
using Dashboard.Web.Charts.Composing;
using Dashboard.Web.Charts.Selection;

namespace Dashboard.Tests.Accessibility;

public sealed class ChartAltTextTests
{
    private static readonly Dictionary<string, string> Names = new(StringComparer.Ordinal)
    {
        ["CHN"] = "China",
        ["RUS"] = "Russia",
        ["USA"] = "United States",
        ["KAZ"] = "Kazakhstan",
        ["KGZ"] = "Kyrgyzstan",
        ["TJK"] = "Tajikistan",
        ["CA5"] = "Central Asia (5 states)",
    };

    private static readonly Dictionary<string, Source> Sources = new(StringComparer.Ordinal)
    {
        ["paper"] = new Source { Id = "paper", Citation = "Kalkan Küçüksolak, Ö. & Fırat, T. (2023). The Geopolitics of AI in Central Asia." },
        ["sipri"] = new Source { Id = "sipri", Citation = "Stockholm International Peace Research Institute (SIPRI). Arms Transfers Database.", Publisher = "SIPRI" },
    };

    /// <summary>The alt text of the spec the composer makes of these rows (no database).</summary>
    private static string AltText(Indicator indicator, IReadOnlyList<Observation>? rows = null, IReadOnlyList<TimelineEvent>? events = null, IReadOnlyList<Project>? projects = null) =>
        ChartAltText.For(ChartComposer.Compose(new ChartInputs
        {
            Indicator = indicator,
            Selection = ChartSelection.Of(indicator.Id),
            Observations = rows ?? [],
            Events = events ?? [],
            Projects = projects ?? [],
            Entities = Names.ToDictionary(n => n.Key, n => new Entity { Code = n.Key, Name = n.Value, Kind = n.Key == "CA5" ? "group" : "country" }),
            Sources = Sources,
        }, new ChartOptions { PaperSourceId = "paper" }));

    private static Indicator Indicator(string kind, string unit = "%", string name = "Share of Central Asian arms imports by supplier") =>
        new() { Id = "x", Name = name, Unit = unit, ChartKind = kind, Dimension = "military" };

    private static Observation Obs(string entity, string? counterpart, string period, double value, string source = "paper", string locator = "§2.1 Military Dynamics; Zanini 2022, p. 2") =>
        new() { IndicatorId = "x", EntityCode = entity, CounterpartCode = counterpart, Period = period, Value = value, SourceId = source, Locator = locator, Basis = "stated" };

    [Fact]
    public void For_SlopeOfOneSupplier_SaysRoseFromFirstToLastWithSource()
    {
        var text = AltText(Indicator("slope"), [Obs("CA5", "CHN", "2010-2014", 1.5), Obs("CA5", "CHN", "2015-2019", 18)]);

        Assert.Equal("Share of Central Asian arms imports by supplier: China rose from 1.5 % in 2010–2014 to 18 % in 2015–2019 (Kalkan Küçüksolak & Fırat 2023, citing Zanini 2022).", text);
    }

    [Fact]
    public void For_LineWithInteriorPeak_NamesThePeakAndEachSeries()
    {
        var rows = new[]
        {
            Obs("CHN", null, "2010", 10, "sipri", "trade register"), Obs("CHN", null, "2011", 30, "sipri", "trade register"), Obs("CHN", null, "2012", 20, "sipri", "trade register"),
            Obs("RUS", null, "2010", 50, "sipri", "trade register"), Obs("RUS", null, "2012", 40, "sipri", "trade register"),
        };

        var text = AltText(Indicator("line", "TIV m", "Arms deliveries"), rows);

        Assert.Equal("Arms deliveries: China rose from 10 TIV m in 2010 to 20 TIV m in 2012, peaking at 30 TIV m in 2011; Russia fell from 50 TIV m in 2010 to 40 TIV m in 2012 (SIPRI).", text);
    }

    [Fact]
    public void For_LineWithTheSourcesEstimates_SaysWhichValuesAreEstimates()
    {
        var rows = new[]
        {
            Obs("KAZ", null, "2022", 3.2, "sipri", "WEO"), Obs("KAZ", null, "2023", 5.1, "sipri", "WEO") with { Basis = ObservationBasis.Estimate },
            Obs("KAZ", null, "2024", 3.9, "sipri", "WEO") with { Basis = ObservationBasis.Estimate },
        };

        var text = AltText(Indicator("line", "%", "GDP growth"), rows);

        Assert.Equal("GDP growth: Kazakhstan rose from 3.2 % in 2022 to 3.9 % in 2024, peaking at 5.1 % in 2023; the source's estimates or projections, not actual data: Kazakhstan 2023–2024 (SIPRI).", text);
    }

    [Fact]
    public void For_ManySeriesWithChinaAndRussia_DescribesThoseTwoAndCountsTheRest()
    {
        var codes = new[] { "CHN", "RUS", "USA", "KAZ", "KGZ", "TJK" };
        var rows = codes.SelectMany((c, k) => new[] { Obs(c, null, "2019", k, "sipri", "t"), Obs(c, null, "2020", 10 * (k + 1), "sipri", "t") }).ToList();

        var text = AltText(Indicator("line", "%", "Share"), rows);

        Assert.Equal("Share: China rose from 0 % in 2019 to 10 % in 2020; Russia rose from 1 % in 2019 to 20 % in 2020; 4 more series in the table (SIPRI).", text);
    }

    [Fact]
    public void For_ManySeriesWithoutChinaOrRussia_GivesTheRangeOfLatestValues()
    {
        var codes = new[] { "USA", "KAZ", "KGZ", "TJK" };
        var rows = codes.SelectMany((c, k) => new[] { Obs(c, null, "2019", k, "sipri", "t"), Obs(c, null, "2020", 10 * (k + 1), "sipri", "t") }).ToList();

        var text = AltText(Indicator("line", "%", "Share"), rows);

        Assert.Equal("Share: 4 series from 2019 to 2020; the latest values range from 10 % (United States, 2020) to 40 % (Tajikistan, 2020) (SIPRI).", text);
    }

    [Fact]
    public void For_GroupedBarsOfOnePeriod_RanksTheBars()
    {
        var rows = new[] { Obs("RUS", null, "2019-11", 3, locator: "§3.3; Markotkin & Chernenko 2020"), Obs("CHN", null, "2019-11", 228, locator: "§3.3; Markotkin & Chernenko 2020"), Obs("USA", null, "2019-11", 117, locator: "§3.3; Markotkin & Chernenko 2020") };

        var text = AltText(Indicator("grouped-bar", "systems", "TOP500 supercomputers by country"), rows);

        Assert.Equal("TOP500 supercomputers by country: in Nov 2019, China 228 systems, United States 117 systems and Russia 3 systems (Kalkan Küçüksolak & Fırat 2023, citing Markotkin & Chernenko 2020).", text);
    }

    [Fact]
    public void For_GroupedBarsOfOneSeries_ListsItsPeriods()
    {
        var rows = new[] { Obs("CHN", null, "2025", 58, locator: "§1; Roberts et al. 2021"), Obs("CHN", null, "2030", 147, locator: "§1; Roberts et al. 2021") };

        var text = AltText(Indicator("grouped-bar", "US$ bn", "China's AI targets"), rows);

        Assert.Equal("China's AI targets: China US$ 58 bn in 2025 and US$ 147 bn in 2030 (Kalkan Küçüksolak & Fırat 2023, citing Roberts et al. 2021).", text);
    }

    [Fact]
    public void For_Flags_SayYesAndNo()
    {
        var rows = new[] { Obs("KAZ", null, "2022", 1, "sipri", "row"), Obs("KGZ", null, "2022", 1, "sipri", "row"), Obs("TJK", null, "2022", 0, "sipri", "row") };

        var text = AltText(Indicator("grouped-bar", "flag", "Uses safe-city platforms"), rows);

        Assert.Equal("Uses safe-city platforms: in 2022, yes for Kazakhstan and Kyrgyzstan; no for Tajikistan (SIPRI).", text);
    }

    [Fact]
    public void For_StackedSharesOfOneRecipient_ListsLargestParts()
    {
        var rows = new[]
        {
            Obs("KAZ", "RUS", "2015-2019", 80, "sipri", "t"), Obs("KAZ", "CHN", "2015-2019", 12, "sipri", "t"), Obs("KAZ", "USA", "2015-2019", 8, "sipri", "t"),
            Obs("KAZ", "RUS", "2010-2014", 90, "sipri", "t"),
        };

        var text = AltText(Indicator("stacked-share", "%", "Supplier shares"), rows);

        Assert.Equal("Supplier shares: Kazakhstan in 2015–2019: Russia 80 %, China 12 % and United States 8 % (SIPRI).", text);
    }

    [Fact]
    public void For_StackedSharesOfSeveralRecipients_NamesLargestSupplierOfEach()
    {
        var rows = new[] { Obs("KAZ", "RUS", "2015-2019", 80, "sipri", "t"), Obs("KAZ", "CHN", "2015-2019", 12, "sipri", "t"), Obs("TJK", "CHN", "2015-2019", 55, "sipri", "t"), Obs("TJK", "RUS", "2015-2019", 45, "sipri", "t") };

        var text = AltText(Indicator("stacked-share", "%", "Supplier shares"), rows);

        Assert.Equal("Supplier shares: largest share: Russia for Kazakhstan (80 %, 2015–2019); China for Tajikistan (55 %, 2015–2019) (SIPRI).", text);
    }

    [Fact]
    public void For_NoRows_SaysSo()
    {
        Assert.Equal("Arms deliveries: no observations to show.", AltText(Indicator("line", "TIV m", "Arms deliveries"), []));
    }

    [Fact]
    public void For_SeveralSources_NamesEachOnce()
    {
        var rows = new[] { Obs("CHN", null, "2019", 1, "paper", "§2; Zanini 2022"), Obs("CHN", null, "2020", 2, "sipri", "trade register") };

        var text = AltText(Indicator("line", "%", "Share"), rows);

        Assert.EndsWith("(Kalkan Küçüksolak & Fırat 2023, citing Zanini 2022; SIPRI).", text, StringComparison.Ordinal);
    }

    [Fact]
    public void For_TimelineCountsEventsByActorOverTheirYears()
    {
        TimelineEvent E(string date, string actor) => new() { Date = date, Precision = "year", ActorCode = actor, Dimension = "political", Title = "t", SourceId = "paper", Locator = "§3.3", SortKey = int.Parse(date, System.Globalization.CultureInfo.InvariantCulture) * 10000 };

        var text = AltText(Indicator("timeline", "events", "AI strategies"), events: [E("2017", "RUS"), E("2003", "CHN"), E("2019", "RUS"), E("2030", "CHN"), E("2024", "RUS")]);

        Assert.Equal("AI strategies: 5 dated events from 2003 to 2030, by Russia (3) and China (2) (Kalkan Küçüksolak & Fırat 2023).", text);
    }

    [Fact]
    public void For_ProjectsCountsProjectsAndNamesTheLargest()
    {
        Project P(string name, string country, int? cameras, double? cost) => new() { Id = name, Name = name, CountryCode = country, Cameras = cameras, CostUsdM = cost, SourceId = "paper", Locator = "§2.2, footnote 2; Ruowei 2019" };

        var text = AltText(Indicator("table", "projects", "Safe City projects"), projects: [P("Bishkek", "KGZ", 15, null), P("Dushanbe", "TJK", 1200, 22), P("Red Speed", "KAZ", null, null)]);

        Assert.Equal("Safe City projects: 3 projects in Kyrgyzstan, Tajikistan and Kazakhstan; the most cameras: Dushanbe (1,200); the largest cost: Dushanbe (US$ 22 m) (Kalkan Küçüksolak & Fırat 2023, citing Ruowei 2019).", text);
    }
}

using System.Text.RegularExpressions;
using Dapper;
using Dashboard.Data;
using Dashboard.Data.Queries;
using Dashboard.Tests.Support;
using Microsoft.Data.Sqlite;

namespace Dashboard.Tests.Data;

/// <summary>
/// Every figure of the paper shipped in data/ is asserted against the number printed in the paper. Each case also
/// carries the paper's words, checked against the paper's text (../shared/seed) in their own tests, which skip with the
/// reason printed where the text is absent.
/// </summary>
public sealed class PaperFiguresTests : IClassFixture<PaperFiguresTests.ShippedStore>, IClassFixture<SkipNotice>
{
    private readonly ShippedStore _store;
    private readonly SkipNotice _skip;

    public PaperFiguresTests(ShippedStore store, SkipNotice skip) => (_store, _skip) = (store, skip);

    private static readonly (string Indicator, string Entity, string? Counterpart, string Period, double Printed, string Words)[] ObservationFigures =
    [
        ("arms-import-share", "CA5", "CHN", "2010-2014", 1.5, "China has previously provided 1.5 percent of the Central Asian arms imports between the years 2010-2014"),
        ("arms-import-share", "CA5", "CHN", "2015-2019", 18, "this ratio has not only risen to 18 percent"),
        ("top500-systems-paper", "CHN", null, "2019-11", 228, "China has 228 super-computers"),
        ("top500-systems-paper", "USA", null, "2019-11", 117, "the US has 117 super-computers"),
        ("top500-systems-paper", "RUS", null, "2019-11", 3, "the RF has only 3 supercomputers"),
        ("public-debt-share-china", "KGZ", "CHN", "2020", 40, "almost 40% of Kyrgyzstan"),
        ("public-debt-share-china", "TJK", "CHN", "2020", 50, "half of Tajikistan"),
        ("china-ai-industry-size", "CHN", null, "2020", 43.4, "approximately 43.4 billion US dollars"),
        ("ai-industry-growth", "CHN", null, "2020", 15, "annual growth rate of 15 percentage"),
        ("ai-industry-target", "CHN", null, "2025", 58, "400 billion yuan (about $58 billion)"),
        ("ai-industry-target", "CHN", null, "2030", 147, "1 trillion yuan (about $147 billion)"),
        ("ai-industry-target-cny", "CHN", null, "2025", 400, "400 billion yuan"),
        ("ai-industry-target-cny", "CHN", null, "2030", 1000, "1 trillion yuan"),
    ];

    public static TheoryData<string, string, string?, string, double> Observations
    {
        get
        {
            var data = new TheoryData<string, string, string?, string, double>();
            foreach (var f in ObservationFigures)
            {
                data.Add(f.Indicator, f.Entity, f.Counterpart, f.Period, f.Printed);
            }

            return data;
        }
    }

    [Theory]
    [MemberData(nameof(Observations))]
    public async Task ShippedObservation_PaperFigure_MatchesPrintedNumber(string indicator, string entity, string? counterpart, string period, double printed)
    {
        var o = (await new ObservationQueries(_store.Database).GetObservationsAsync(indicator, new ObservationFilter { Entities = [entity], Counterpart = counterpart }))
            .SingleOrDefault(x => x.Period == period && x.CounterpartCode == counterpart);

        Assert.NotNull(o);
        Assert.Equal(printed, o.Value);
        Assert.Equal("kalkan-firat-2023", o.SourceId);
        Assert.Equal("stated", o.Basis);
        Assert.Matches(@"^§\d", o.Locator);
    }

    [Fact]
    public void ShippedObservation_EighteenPercent_KeepsThePapersWordingAndTheAmbiguity()
    {
        using var c = _store.Database.Open();
        var row = c.QuerySingle<(string Stated, string Note)>(
            "SELECT period_as_stated, note FROM observations WHERE indicator_id = 'arms-import-share' AND value = 18");

        Assert.Equal("in the last five years", row.Stated);
        Assert.Contains("Ambiguous", row.Note, StringComparison.Ordinal);
    }

    private static readonly (string Id, string Country, int? Year, int? Cameras, double? Cost, double? Loan, string Words)[] ProjectFigures =
    [
        ("dushanbe-safe-city", "TJK", null, 1200, 22, 20.91, "a total of 1,200 cameras"),
        ("bishkek-safe-city", "KGZ", 2019, 15, null, null, "15 Safe City cameras are placed on the Bishkek highway"),
        ("ashgabat-safe-city", "TKM", 2009, 133, null, null, "started in June 2009"),
        ("kazakhstan-red-speed", "KAZ", null, null, null, null, "Red Speed system"),
    ];

    public static TheoryData<string, string, int?, int?, double?, double?> Projects
    {
        get
        {
            var data = new TheoryData<string, string, int?, int?, double?, double?>();
            foreach (var f in ProjectFigures)
            {
                data.Add(f.Id, f.Country, f.Year, f.Cameras, f.Cost, f.Loan);
            }

            return data;
        }
    }

    [Theory]
    [MemberData(nameof(Projects))]
    public async Task ShippedProject_SafeCity_MatchesPrintedNumbers(string id, string country, int? year, int? cameras, double? cost, double? loan)
    {
        var p = (await new ProjectQueries(_store.Database).GetProjectsAsync()).Single(p => p.Id == id);

        Assert.Equal((country, year, cameras, cost, loan), (p.CountryCode, p.Year, p.Cameras, p.CostUsdM, p.LoanUsdM));
    }

    private static readonly (string Date, string Actor, string TitleWord, string Words)[] EventFigures =
    [
        // date, actor, a word of the title, the paper's words
        ("2019-10-10", "RUS", "490", "In October 2019"),
        ("2017", "CHN", "Development Plan", "2017"),
        ("2017", "RUS", "Army", "Army 2017"),
        ("2022-08", "RUS", "AI department", "August 2022"),
        ("2003", "CHN", "pilot", "pilot cities in 2003"),
        ("2018", "RUS", "Digital Economy", "Digital Economy Programme in 2018"),
        ("2014", "CHN", "TBEA", "TBEA"),
        ("2019", "RUS", "S-300", "S-300"),
        ("2020", "RUS", "Orlan-10", "Orlan-10"),
        ("2022", "KAZ", "Elbit", "Elbit"),
        ("2017", "RUS", "information society", "\"information society\" between 2017-2030"),
        ("2023", "CHN", "Tongyi", "Tongyi"),
        ("2023", "CHN", "draft", "draft rules"),
        ("2009-06", "TKM", "Ashgabat", "June 2009"),
        ("2030", "RUS", "global leadership", "the year 2030"),
        ("2024", "RUS", "improve", "the year 2024"),
    ];

    public static TheoryData<string, string, string> Events
    {
        get
        {
            var data = new TheoryData<string, string, string>();
            foreach (var f in EventFigures)
            {
                data.Add(f.Date, f.Actor, f.TitleWord);
            }

            return data;
        }
    }

    [Theory]
    [MemberData(nameof(Events))]
    public async Task ShippedEvent_PaperDate_IsOnTheTimeline(string date, string actor, string titleWord)
    {
        var events = await new EventQueries(_store.Database).GetEventsAsync(actor: actor);

        Assert.Contains(events, e => e.Date == date && e.Title.Contains(titleWord, StringComparison.OrdinalIgnoreCase));
    }

    /// <summary>The drone purchases of §3.1 are dated by the SIPRI register's rows, not by the year of the report the paper cites.</summary>
    [Theory]
    [InlineData("2014", "UZB", "5 Wing Loong-1 armed UAVs", "57185")]
    [InlineData("2016", "TKM", "2 CH-3 armed UAVs", "60367")]
    [InlineData("2016", "TKM", "2 WJ-600 armed UAVs", "60368")]
    [InlineData("2016", "KAZ", "3 Wing Loong-1 armed UAVs", "60016")]
    public async Task ShippedEvent_DroneDelivery_DatedByTheSipriRegister(string year, string country, string titleWords, string sipriId)
    {
        var events = await new EventQueries(_store.Database).GetEventsAsync(actor: "CHN");

        var e = Assert.Single(events, e => e.CountryCode == country && e.Title.Contains(titleWords, StringComparison.Ordinal));
        Assert.Equal((year, "sipri-at-2025"), (e.Date, e.SourceId));
        Assert.Contains("SIPRI AT Database ID " + sipriId + ",", e.Locator, StringComparison.Ordinal);
        Assert.DoesNotContain(events, x => x.CountryCode == country && x.Date == "2022");
    }

    /// <summary>Every event citing the SIPRI register names a row of it: ID, recipient, designation, number and delivery year.</summary>
    [SkippableFact]
    public async Task ShippedEvent_CitingTheSipriRegister_MatchesTheRegisterRow()
    {
        var register = RepoPaths.Shared is { } shared ? Path.Combine(shared, "sources", "sipri", "trade-register-2000-2023.csv") : null;
        _skip.If(register is null || !File.Exists(register), "../shared/sources/sipri is absent: the register rows cannot be re-read here");
        var lines = File.ReadAllLines(register!);
        var header = Array.FindIndex(lines, l => l.StartsWith("SIPRI AT Database ID,", StringComparison.Ordinal));
        using var csv = new CsvHelper.CsvReader(new StringReader(string.Join('\n', lines.Skip(header))), System.Globalization.CultureInfo.InvariantCulture);
        csv.Read();
        csv.ReadHeader();
        var columns = csv.HeaderRecord!;
        var rows = new List<Dictionary<string, string>>();
        while (csv.Read())
        {
            rows.Add(columns.Select((c, i) => (c, csv.GetField(i) ?? "")).ToDictionary(x => x.c, x => x.Item2));
        }

        var events = (await new EventQueries(_store.Database).GetEventsAsync()).Where(e => e.SourceId == "sipri-at-2025").ToList();

        Assert.Equal(4, events.Count);
        foreach (var e in events)
        {
            var id = Regex.Match(e.Locator, @"SIPRI AT Database ID (\d+),").Groups[1].Value;
            var row = Assert.Single(rows, r => r["SIPRI AT Database ID"] == id && r["Delivery year"] == e.Date);
            Assert.Contains($"Recipient = {row["Recipient"]}, Designation = {row["Designation"]},", e.Locator, StringComparison.Ordinal);
            Assert.Equal($"{row["Supplier"]} delivers {row["Numbers delivered"]} {row["Designation"]} {row["Description"]}s to {row["Recipient"]}",
                e.Title[..e.Title.IndexOf(" (ordered", StringComparison.Ordinal)]);
            Assert.Contains($"(ordered {row["Order date"]}", e.Title, StringComparison.Ordinal);
        }
    }

    /// <summary>The paper's words behind every figure above (and the drone purchases of §3.1), as printed.</summary>
    private static IEnumerable<string> QuotedWords =>
        ObservationFigures.Select(f => f.Words)
            .Concat(ProjectFigures.Select(f => f.Words))
            .Concat(EventFigures.Select(f => f.Words))
            .Concat([
                "in the last five years",
                "with a cost of US$22 million, of which $20.91 million was a loan from China",
                "fixed cameras at ten intersections",
                "Uzbekistan has opted for Chinese Wing Loong-1",
                "Turkmenistan has purchased Chinese CH-3 and WJ-600 armed drones",
                "imported modern weapons from China that included armed drones",
            ])
            .Distinct(StringComparer.Ordinal);

    [SkippableFact]
    public void PaperText_WordsBehindEveryFigure_AppearInThePaper()
    {
        _skip.IfNot(PaperText.Available, PaperText.MissingReason);

        Assert.All(QuotedWords, words => Assert.Contains(PaperText.Normalise(words), PaperText.Normalised, StringComparison.Ordinal));
    }

    [SkippableFact]
    public async Task ShippedClaims_EveryWording_QuotesThePaper()
    {
        _skip.IfNot(PaperText.Available, PaperText.MissingReason);
        var claims = await new ClaimQueries(_store.Database).GetClaimChecksAsync();

        var fragments = claims.SelectMany(c => c.Context.Prepend(c)).Select(c => c.Claim)
            .SelectMany(claim => claim.Wording.Split('…', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
            .ToList();

        Assert.True(fragments.Count >= 20, $"only {fragments.Count} claim wordings");
        Assert.All(fragments, fragment => Assert.Contains(PaperText.Normalise(fragment), PaperText.Normalised, StringComparison.Ordinal));
    }

    /// <summary>The store built from the shipped data/ folder, once for the class.</summary>
    public sealed class ShippedStore : IDisposable
    {
        private readonly string _dir = Path.Combine(Path.GetTempPath(), "geoai-shipped-" + Guid.NewGuid().ToString("N"));

        public ShippedStore()
        {
            Database = new Database(Path.Combine(_dir, "shipped.db"));
            Database.EnsureBuilt(RepoPaths.ShippedData);
        }

        public Database Database { get; }

        public void Dispose()
        {
            SqliteConnection.ClearAllPools();
            Directory.Delete(_dir, recursive: true);
        }
    }
}

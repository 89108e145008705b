using System.Globalization;
using Dashboard.Data.Model;
using Dashboard.Web.Charts;
using Dashboard.Web.Charts.Composing;
using Dashboard.Web.Charts.Model;
using Dashboard.Web.Charts.Selection;

namespace Dashboard.Tests.Charts.Composing;

/// <summary>Hand-built <see cref="ChartInputs"/> for composer tests: no store, no I/O.</summary>
internal static class Inputs
{
    public static readonly ChartOptions Options = new() { PaperSourceId = "paper" };

    private static readonly Dictionary<string, Entity> Entities = new[]
    {
        ("CHN", "China", "country"), ("RUS", "Russia", "country"), ("USA", "United States", "country"), ("TUR", "Türkiye", "country"),
        ("ITA", "Italy", "country"), ("FRA", "France", "country"), ("DEU", "Germany", "country"), ("ISR", "Israel", "country"),
        ("KAZ", "Kazakhstan", "country"), ("KGZ", "Kyrgyzstan", "country"), ("TJK", "Tajikistan", "country"), ("CA5", "Central Asia (5 states)", "group"),
    }.ToDictionary(e => e.Item1, e => new Entity { Code = e.Item1, Name = e.Item2, Kind = e.Item3 }, StringComparer.Ordinal);

    private static readonly Dictionary<string, Source> Sources = new(StringComparer.Ordinal)
    {
        ["paper"] = new() { Id = "paper", Citation = "Kalkan Küçüksolak, Ö. & Fırat, T. (2023). The Geopolitics of AI.", Licence = "CC BY-NC 4.0" },
        ["sipri"] = new() { Id = "sipri", Citation = "Stockholm International Peace Research Institute (SIPRI). Arms Transfers Database.", Edition = "data generated 3 Jan 2025" },
    };

    public static Observation Obs(string entity, string? counterpart, string period, double value, string source = "sipri", string locator = "register", string basis = "derived") =>
        new() { IndicatorId = "x", EntityCode = entity, CounterpartCode = counterpart, Period = period, Value = value, SourceId = source, Locator = locator, Basis = basis };

    public static ChartSpec Compose(string kind, IEnumerable<Observation> rows, ChartSelection? selection = null, IEnumerable<ClaimMark>? marks = null, string unit = "%")
    {
        var inputs = Of(new Indicator { Id = "x", Name = "Indicator X", Unit = unit, ChartKind = kind, Dimension = "military" }, selection);
        return ChartComposer.Compose(inputs with { Observations = rows.ToList(), ClaimMarks = marks?.ToList() ?? [], DataVersion = "v1" }, Options);
    }

    /// <summary>The inputs of a series indicator of <paramref name="kind"/> with these rows, not composed yet.</summary>
    public static ChartInputs Of(string kind, IEnumerable<Observation> rows) =>
        Of(new Indicator { Id = "x", Name = "Indicator X", Unit = "%", ChartKind = kind, Dimension = "military" }, null) with { Observations = rows.ToList(), DataVersion = "v1" };

    public static ChartSpec ComposeEvents(IEnumerable<TimelineEvent> events, ChartSelection? selection = null) =>
        ChartComposer.Compose(Of(new Indicator { Id = "t", Name = "Milestones", Unit = "events", ChartKind = "timeline", Dimension = "political" }, selection) with { Events = events.ToList() }, Options);

    public static ChartSpec ComposeProjects(IEnumerable<Project> projects, ChartSelection? selection = null) =>
        ChartComposer.Compose(Of(new Indicator { Id = "p", Name = "Projects", Unit = "projects", ChartKind = "table", Dimension = "political" }, selection) with { Projects = projects.ToList() }, Options);

    private static ChartInputs Of(Indicator indicator, ChartSelection? selection) => new()
    {
        Indicator = indicator,
        Selection = (selection ?? new ChartSelection()) with { Indicator = indicator.Id },
        Entities = Entities,
        Sources = Sources,
    };

    public static IEnumerable<string> FiveYearWindows(int first, int last) =>
        Enumerable.Range(first, last - first + 1).Select(y => string.Create(CultureInfo.InvariantCulture, $"{y}-{y + 4}"));
}

using Dashboard.Data.Model;

namespace Dashboard.Web.Pages.Display;

/// <summary>
/// What a page needs to show one indicator: its rows (observations, or events for a timeline, or projects for a
/// table), the entities and sources they refer to, and the chart's alt text written from those rows.
/// </summary>
public sealed record IndicatorView
{
    public required Indicator Indicator { get; init; }

    public required ChartSelection Selection { get; init; }

    public IReadOnlyList<Observation> Observations { get; init; } = [];

    public IReadOnlyList<TimelineEvent> Events { get; init; } = [];

    public IReadOnlyList<Project> Projects { get; init; } = [];

    public required IReadOnlyDictionary<string, Entity> Entities { get; init; }

    public required IReadOnlyDictionary<string, Source> Sources { get; init; }

    /// <summary>The sources the shown rows cite, in bibliography order.</summary>
    public required IReadOnlyList<Source> CitedSources { get; init; }

    public required string AltText { get; init; }

    public bool IsTimeline => Indicator.ChartKind == "timeline";

    public bool IsProjectTable => Indicator.ChartKind == "table";

    public int RowCount => IsTimeline ? Events.Count : IsProjectTable ? Projects.Count : Observations.Count;

    public string EntityName(string? code) =>
        code is null ? "" : Entities.TryGetValue(code, out var e) ? e.Name : code;

    public string ChartUrl(string format, string? theme = null, int? scale = null) =>
        Display.ChartUrl.For(Indicator.Id, format, Selection, theme, scale);
}

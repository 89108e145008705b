using Dashboard.Data.Model;
using Dashboard.Web.Charts;
using Dashboard.Web.Charts.Model;
using Dashboard.Web.Charts.Selection;

namespace Dashboard.Web.Pages.Display;

/// <summary>
/// What a page needs to show one indicator: its definition and the chart's spec, whose rows (observations, events or
/// projects), names, sources and alt text the page prints, so the table holds exactly what the chart draws — a page
/// of it at a time (<see cref="Page"/>).
/// </summary>
public sealed record IndicatorView
{
    public required Indicator Indicator { get; init; }

    public required ChartSpec Spec { get; init; }

    public required string AltText { get; init; }

    public ChartSelection Selection => Spec.Selection;

    public IReadOnlyList<Observation> Observations => Spec.Observations;

    /// <summary>The page of the observation table shown (<see cref="PageOptions.RowsPerPage"/> rows); page 1 unless the page asks for another.</summary>
    public required TablePage Page { get; init; }

    /// <summary>Why the page asked for could not be shown (no such page), or null.</summary>
    public string? PageError { get; init; }

    /// <summary>The observations on <see cref="Page"/>, in the chart's order.</summary>
    public IEnumerable<Observation> PageObservations => Page.Of(Spec.Observations);

    public IReadOnlyList<TimelineEvent> Events => Spec.Events.Select(e => e.Event).ToList();

    public IReadOnlyList<Project> Projects => Spec.Projects;

    public IReadOnlyList<Source> CitedSources => Spec.Sources;

    public bool IsTimeline => Indicator.ChartKind == "timeline";

    public bool IsProjectTable => Indicator.ChartKind == "table";

    public int RowCount => Spec.RowCount;

    public string EntityName(string? code) => Spec.Name(code);

    /// <summary>Author–year of a cited source ("Kalkan Küçüksolak &amp; Fırat 2023"), the id when unknown.</summary>
    public string SourceName(string id) =>
        Spec.Sources.FirstOrDefault(s => s.Id == id) is { } s ? Text.SourceCitation.AuthorYear(s.Citation) : id;

    public string ChartUrl(ChartFormat format) => Selection.DataOnly().Normalized().Url(format, Spec.DataVersion);
}

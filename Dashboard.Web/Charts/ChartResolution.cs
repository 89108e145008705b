using Dashboard.Data.Model;
using Dashboard.Web.Charts.Model;
using Dashboard.Web.Charts.Selection;

namespace Dashboard.Web.Charts;

/// <summary>
/// What <see cref="ChartResolver"/> made of a selection: the chart (<see cref="Spec"/>), or no such indicator
/// (<see cref="IsNotFound"/>), or what is wrong with the request by parameter (<see cref="Errors"/>).
/// </summary>
public sealed record ChartResolution
{
    private ChartResolution()
    {
    }

    /// <summary>The chart; null when not found or invalid.</summary>
    public ChartSpec? Spec { get; private init; }

    /// <summary>The indicator's definition (for a found chart): what pages say about it beside the chart.</summary>
    public Indicator? Indicator { get; private init; }

    public bool IsNotFound { get; private init; }

    public ParameterErrors Errors { get; private init; } = ParameterErrors.None;

    /// <summary>
    /// Why the indicator has no map, or why its map would be empty, in words for a reader; null when a Map link is
    /// worth offering (for a found chart).
    /// </summary>
    public string? NoMapReason { get; private init; }

    /// <summary>Whether the indicator has a revision history or a feed to show (for a found chart).</summary>
    public bool HasHistory { get; private init; }

    public bool IsFound => Spec is not null;

    public static ChartResolution Found(Indicator indicator, ChartSpec spec, string? noMapReason, bool hasHistory = false) =>
        new() { Indicator = indicator, Spec = spec, NoMapReason = noMapReason, HasHistory = hasHistory };

    public static ChartResolution NotFound() => new() { IsNotFound = true };

    public static ChartResolution Invalid(ParameterErrors errors) => new() { Errors = errors };
}

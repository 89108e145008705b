using Dashboard.Data.Model;

namespace Dashboard.Data.Queries;

/// <summary>
/// What a chart of one indicator needs besides its rows, read in one batch (<see cref="ChartRead.GetFactsAsync"/>):
/// the data version, the indicator (null when there is none), every entity and source, whether the indicator has rows
/// for single countries and for the map's subjects, how many observations match the chart's filter, and the paper's
/// figures to mark, and whether it has a revision history (or a feed) to show.
/// </summary>
public sealed record ChartFacts(
    string DataVersion,
    Indicator? Indicator,
    IReadOnlyList<Entity> Entities,
    IReadOnlyList<Source> Sources,
    bool HasCountryRows,
    bool HasMapSubjectRows,
    int MatchingObservations,
    IReadOnlyList<ClaimMark> Marks,
    bool HasHistory,
    IReadOnlyDictionary<string, string> Texts);

using Dashboard.Data.Geo;
using Dashboard.Data.Model;
using Dashboard.Web.Charts.Maps;
using Dashboard.Web.Charts.Selection;
using Dashboard.Web.Localization;

namespace Dashboard.Web.Charts.Composing;

/// <summary>
/// Everything a composer needs, read from the store by <see cref="Loading.ChartLoader"/>: the indicator, the selection,
/// the rows of its family (observations with the paper's figures to mark, or events, or projects), every entity and
/// source, and the data version. Composers are pure functions of this record.
/// </summary>
public sealed record ChartInputs
{
    public required Indicator Indicator { get; init; }
    public required ChartSelection Selection { get; init; }

    /// <summary>
    /// Observations within the period range (and counterpart) that involve the codes asked for, before entity selection
    /// and default view; at most <see cref="ChartOptions.MaxRows"/> (whole series, China and Russia first) when
    /// <see cref="MatchingObservations"/> is larger.
    /// </summary>
    public IReadOnlyList<Observation> Observations { get; init; } = [];

    /// <summary>How many observations matched in the store (more than <see cref="Observations"/> holds when capped).</summary>
    public int MatchingObservations { get; init; }
    public IReadOnlyList<ClaimMark> ClaimMarks { get; init; } = [];

    /// <summary>Events within the selection's years, in date order (timeline kind).</summary>
    public IReadOnlyList<TimelineEvent> Events { get; init; } = [];
    public IReadOnlyList<Project> Projects { get; init; } = [];
    public IReadOnlyDictionary<string, Entity> Entities { get; init; } = new Dictionary<string, Entity>();
    public IReadOnlyDictionary<string, Source> Sources { get; init; } = new Dictionary<string, Source>();
    public string DataVersion { get; init; } = "";

    /// <summary>The reader's culture's data texts (<c>data/i18n</c>) by key; empty in English.</summary>
    public IReadOnlyDictionary<string, string> Texts { get; init; } = new Dictionary<string, string>();

    /// <summary>The map geometry (null when the data folder has none).</summary>
    public RegionGeometry? Geometry { get; init; }

    /// <summary>
    /// Whether any row of the indicator, in any period, is for a country: a map of a period without such rows is a map
    /// of no data, not an indicator without a map.
    /// </summary>
    public bool HasCountryRows { get; init; }

    /// <summary>Whether any row of the indicator, in any period, is for one of the map's five states (its map would show something).</summary>
    public bool HasMapSubjectRows { get; init; }

    /// <summary>Whether the indicator has a revision history or a feed (the page then reads and shows it).</summary>
    public bool HasHistory { get; init; }

    /// <summary>Why this indicator cannot be drawn as a map, or null when it can (<see cref="MapAvailability"/>).</summary>
    public string? MapProblem => MapAvailability.Problem(DeclaredKind, HasCountryRows, Geometry is not null);

    public ChartKind DeclaredKind => ChartKinds.Parse(Indicator.ChartKind);

    /// <summary>The reader's language (the selection's <c>lang</c>).</summary>
    public Language Language => Language.Of(Selection.Culture);

    /// <summary>An entity's name in the reader's language: a country's CLDR name, otherwise the store's (translated) name.</summary>
    public string Name(string? code) =>
        code is null ? "" : Entities.TryGetValue(code, out var e) ? (e.Kind == "country" ? Language.Country(e.Code, e.Name) : e.Name) : code;
}

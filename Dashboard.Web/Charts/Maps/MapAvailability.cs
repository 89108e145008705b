using Dashboard.Web.Charts.Selection;

namespace Dashboard.Web.Charts.Maps;

/// <summary>
/// Whether an indicator can be drawn as a map, and if not why, in words a reader can act on. A map fills the five
/// Central Asian states by value, so it needs rows whose entity is a country; timelines (events), project tables and
/// indicators whose rows are only for groups (e.g. "Central Asia (5 states)") have none. The chart endpoint answers 400
/// with this message and <see cref="Advice"/>; pages offer the Map link only when it is null.
/// </summary>
public static class MapAvailability
{
    /// <summary>What a caller of a chart URL can do instead.</summary>
    public const string Advice = " Leave out kind=map (or give kind=chart) for the indicator's own chart.";

    /// <summary>Null when a map can be drawn; otherwise the reason.</summary>
    /// <param name="declared">The indicator's own kind.</param>
    /// <param name="hasCountryRows">Whether any row of the indicator is for a country.</param>
    /// <param name="hasGeometry">Whether the data folder has the map geometry (<c>data/geo/central-asia.geojson</c>).</param>
    public static string? Problem(ChartKind declared, bool hasCountryRows, bool hasGeometry) => declared switch
    {
        ChartKind.Timeline => "This indicator is a timeline of events, not values by country, so it has no map.",
        ChartKind.Table => "This indicator is a table of projects, not values by country, so it has no map.",
        _ when !hasGeometry => "This data folder has no map geometry (data/geo/central-asia.geojson), so no map can be drawn.",
        _ when !hasCountryRows => "This indicator's rows are for groups of countries, not single countries, so it has no map.",
        _ => null,
    };
}

using Dashboard.Data.Model;
using Dashboard.Data.Queries;
using Dashboard.Web.Charts.Selection;

namespace Dashboard.Web.Charts.Maps;

/// <summary>
/// Whether the store can map an indicator (<see cref="MapAvailability"/> with the facts read: its kind, whether it has
/// country rows, whether the data folder has the geometry). One question for the chart endpoint (400 under
/// <c>kind</c>) and the pages (the Map link, or why there is none).
/// </summary>
public sealed class MapSupport(IndicatorQueries indicators, ObservationQueries observations, MapGeometryProvider geometry)
{
    /// <summary>Null when the indicator can be drawn as a map; otherwise the reason.</summary>
    public async Task<string?> ProblemAsync(Indicator indicator, CancellationToken ct = default)
    {
        var kind = ChartKinds.Parse(indicator.ChartKind);
        var countryRows = kind is ChartKind.Timeline or ChartKind.Table || await observations.HasCountryRowsAsync(indicator.Id, ct);
        return MapAvailability.Problem(kind, countryRows, geometry.Geometry is not null);
    }

    /// <summary>
    /// For an indicator that can be mapped (<see cref="ProblemAsync(Indicator, CancellationToken)"/> is null): why pages
    /// should still not offer the Map link — no row is for one of the five states, so its map (which the chart URL still
    /// draws, all "no data") would say nothing. Null when the link is worth offering.
    /// </summary>
    public async Task<string?> EmptyMapAsync(Indicator indicator, CancellationToken ct = default) =>
        await observations.HasRowsForAnyAsync(indicator.Id, geometry.Geometry?.Subjects.Select(s => s.Code).ToList() ?? [], ct)
            ? null
            : "None of the five Central Asian states has a row in this indicator, so its map would be empty.";

    /// <summary>The same for an indicator id; null also when there is no such indicator (callers report that themselves).</summary>
    public async Task<string?> ProblemAsync(string indicatorId, CancellationToken ct = default) =>
        await indicators.GetIndicatorAsync(indicatorId, ct) is { } indicator ? await ProblemAsync(indicator, ct) : null;
}

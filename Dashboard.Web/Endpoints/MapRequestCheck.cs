using Dashboard.Data.Model;
using Dashboard.Data.Queries;
using Dashboard.Web.Charts;
using Dashboard.Web.Charts.Maps;

namespace Dashboard.Web.Endpoints;

/// <summary>
/// Whether a <c>kind=map</c> request can be drawn, checked against the store before any rendering
/// (<see cref="MapAvailability"/> on the indicator's kind, whether any of its rows is for a country, and the geometry):
/// the chart endpoints and the export endpoints (packs, decks) answer 400 naming <c>kind</c> with the reason.
/// </summary>
internal static class MapRequestCheck
{
    /// <summary>Why <paramref name="indicator"/> has no map, or null when it has one (or the selection asks for none).</summary>
    public static async Task<string?> ProblemAsync(ChartSelection selection, Indicator indicator, IServiceProvider services, CancellationToken ct) =>
        selection.IsMap
            ? MapAvailability.Problem(ChartKinds.Parse(indicator.ChartKind),
                await services.GetRequiredService<ObservationQueries>().HasCountryRowsAsync(indicator.Id, ct),
                services.GetRequiredService<MapGeometryProvider>().Geometry is not null)
            : null;

    /// <summary>The first chart of a list asked for as a map that has none, as "'id': reason"; null when every one has a map.</summary>
    public static async Task<string?> FirstProblemAsync(IEnumerable<ChartSelection> selections, IServiceProvider services, CancellationToken ct)
    {
        var indicators = services.GetRequiredService<IndicatorQueries>();
        foreach (var selection in selections.Where(s => s.IsMap))
        {
            // An unknown chart is not a map problem: the builders answer it with 404.
            if (await indicators.GetIndicatorAsync(selection.Indicator, ct) is { } indicator
                && await ProblemAsync(selection, indicator, services, ct) is { } problem)
            {
                return $"'{selection.Indicator}': {problem}";
            }
        }

        return null;
    }
}

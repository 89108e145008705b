using Dashboard.Data;
using Dashboard.Data.Queries;
using Dashboard.Web.Charts;
using Dashboard.Web.Charts.Loading;
using Dashboard.Web.Charts.Maps;
using Dashboard.Web.Charts.Selection;
using Microsoft.Extensions.Options;

namespace Dashboard.Tests.Support;

/// <summary>The chart spec factory over a test store, as the app wires it (loader + composer).</summary>
public static class SpecFactories
{
    /// <param name="d">The store.</param>
    /// <param name="options">Chart options (defaults otherwise).</param>
    /// <param name="geometryFolder">The data folder whose data/geo maps use; the shipped data/ by default.</param>
    public static ChartSpecFactory For(Database d, ChartOptions? options = null, string? geometryFolder = null)
    {
        var chosen = Options.Create(options ?? new ChartOptions());
        return new(new ChartLoader(d, new IndicatorQueries(d), new ObservationQueries(d), new SourceQueries(d), new EntityQueries(d),
            new EventQueries(d), new ProjectQueries(d), new ClaimQueries(d), new MapGeometryProvider(geometryFolder ?? RepoPaths.ShippedData), chosen), chosen);
    }
}

using Dashboard.Data;
using Dashboard.Web.Charts;
using Dashboard.Web.Charts.Loading;
using Dashboard.Web.Charts.Maps;
using Dashboard.Web.Charts.Model;
using Dashboard.Web.Charts.Selection;
using Microsoft.Extensions.Options;

namespace Dashboard.Tests.Support;

/// <summary>The chart resolver over a test store, as the app wires it (loader, checks, composer).</summary>
public static class SpecFactories
{
    /// <param name="d">The store.</param>
    /// <param name="options">Chart options (defaults otherwise).</param>
    /// <param name="geometryFolder">The data folder whose data/geo maps use; the shipped data/ by default.</param>
    public static ChartResolver For(Database d, ChartOptions? options = null, string? geometryFolder = null)
    {
        var chosen = Options.Create(options ?? new ChartOptions());
        return new(new ChartLoader(d, new MapGeometryProvider(geometryFolder ?? RepoPaths.ShippedData), chosen), chosen);
    }

    /// <summary>The spec of a selection, or null when it is not found or not valid.</summary>
    public static async Task<ChartSpec?> SpecAsync(this ChartResolver resolver, ChartSelection selection, CancellationToken ct = default) =>
        (await resolver.ResolveAsync(selection, ct)).Spec;
}

using Dashboard.Data;
using Dashboard.Data.Queries;
using Dashboard.Web.Charts;
using Dashboard.Web.Charts.Loading;
using Microsoft.Extensions.Options;

namespace Dashboard.Tests.Support;

/// <summary>The chart spec factory over a test store, as the app wires it (loader + composer).</summary>
public static class SpecFactories
{
    public static ChartSpecFactory For(Database d, ChartOptions? options = null)
    {
        var chosen = Options.Create(options ?? new ChartOptions());
        return new(new ChartLoader(d, new IndicatorQueries(d), new ObservationQueries(d), new SourceQueries(d), new EntityQueries(d),
            new EventQueries(d), new ProjectQueries(d), new ClaimQueries(d), chosen), chosen);
    }
}

using Dashboard.Data.Queries;
using Dashboard.Web.Charts.Selection;
using Dashboard.Web.Security;
using Microsoft.Extensions.Options;

namespace Dashboard.Web.Feeds;

/// <summary>The services of the revision endpoints (Atom, CSV), bound with <c>[AsParameters]</c>.</summary>
public sealed record RevisionServices(
    IndicatorQueries Indicators,
    RevisionQueries Revisions,
    EntityQueries Entities,
    IOptions<ChartOptions> ChartOptions,
    PublicBaseUrl PublicBaseUrl,
    TimeProvider Clock);

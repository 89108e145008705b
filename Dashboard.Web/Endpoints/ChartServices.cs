using Dashboard.Web.Charts;
using Dashboard.Web.Charts.Rendering;
using Dashboard.Web.Charts.Selection;
using Dashboard.Web.Security;
using Microsoft.Extensions.Options;

namespace Dashboard.Web.Endpoints;

/// <summary>The services a chart file needs, bound with <c>[AsParameters]</c>.</summary>
public sealed record ChartServices(ChartResolver Resolver, ChartImageService Images, ChartImageCache Cache, IOptions<ChartOptions> Options,
    PublicBaseUrl PublicBaseUrl);

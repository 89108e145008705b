using Dashboard.Data.Queries;
using Dashboard.Web.Caching;
using Dashboard.Web.Charts;
using Dashboard.Web.Charts.Files;
using Dashboard.Web.Charts.Maps;
using Dashboard.Web.Charts.Rendering;
using Dashboard.Web.Charts.Selection;
using Microsoft.Extensions.Options;
using Microsoft.Net.Http.Headers;

namespace Dashboard.Web.Endpoints;

/// <summary>
/// <c>GET</c> and <c>HEAD /charts/{indicator}.png|.svg|.csv|.points.json</c> (points: where the PNG of the same query
/// draws each value, for hover and keyboard reading): validated parameters (400 naming the parameter), unknown indicator
/// 404, <c>kind=map</c> of an indicator without country rows 400 (<see cref="MapAvailability"/>), strong ETag from data version + indicator + normalised parameters + format, 304 on If-None-Match, short public
/// caching (a year, immutable, when the URL carries the current <c>v</c>), rendered images cached in memory (CSV
/// streamed), 503 with Retry-After when rendering is at its limits (<see cref="RenderGate"/>). See README "Chart images".
/// </summary>
public static class ChartEndpoints
{
    private const int MaxIndicatorLength = 100;

    public static IEndpointRouteBuilder MapChartEndpoints(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/charts");
        group.MapGetAndHead("/{indicator}.png", (string indicator, HttpContext http, CancellationToken ct) => ServeAsync(indicator, ChartFormat.Png, http, ct));
        group.MapGetAndHead("/{indicator}.svg", (string indicator, HttpContext http, CancellationToken ct) => ServeAsync(indicator, ChartFormat.Svg, http, ct));
        group.MapGetAndHead("/{indicator}.csv", (string indicator, HttpContext http, CancellationToken ct) => ServeAsync(indicator, ChartFormat.Csv, http, ct));
        group.MapGetAndHead("/{indicator}.points.json", (string indicator, HttpContext http, CancellationToken ct) => ServeAsync(indicator, ChartFormat.Points, http, ct));
        return app;
    }

    private static async Task<IResult> ServeAsync(string indicator, ChartFormat format, HttpContext http, CancellationToken ct)
    {
        var services = http.RequestServices;
        var options = services.GetRequiredService<IOptions<ChartOptions>>().Value;
        var parsed = ChartSelectionParser.Parse(http.Request.Query, options, new ChartSelection { Indicator = indicator, Format = format });
        if (!parsed.IsValid)
        {
            return Problems.Invalid(parsed.Errors);
        }

        if (indicator.Length > MaxIndicatorLength)
        {
            return UnknownIndicator();
        }

        var selection = parsed.Selection.Normalized();
        var dataVersion = RequestDataVersion.Get(http);
        var etag = ChartImageService.ETag(selection, dataVersion);

        // Cache first: a file is cached only after its indicator and entity codes were checked, under the data version
        // its ETag includes, so a hit skips both database look-ups (the hot path of a page full of charts).
        var cache = services.GetRequiredService<ChartImageCache>();
        if (!cache.TryGet(etag, out var rendered) && await CheckReferencesAsync(selection, services, ct) is { } problem)
        {
            return problem;
        }

        var headers = http.Response.Headers;
        headers.ETag = etag;
        headers.CacheControl = CacheHeaders.CacheControl(http.Request.Query, dataVersion, options.MaxAgeSeconds);
        headers.XContentTypeOptions = "nosniff";
        if (format == ChartFormat.Csv)
        {
            headers.Link = $"<{options.CitationPagePath}>; rel=\"describedby\"; title=\"Sources and how to cite\"";
        }

        // "*" counts: a 304 is only reached for a chart that exists (a cache hit, or both look-ups passed).
        if (CacheHeaders.Matches(http.Request.Headers.IfNoneMatch, etag, anyMatches: true))
        {
            return Results.StatusCode(StatusCodes.Status304NotModified);
        }

        if (format == ChartFormat.Csv)
        {
            // Streamed row by row from the spec (bounded by Charts:MaxRows), never built or cached whole.
            var spec = await services.GetRequiredService<ChartSpecFactory>().CreateAsync(selection, ct);
            if (spec is null)
            {
                return UnknownIndicator();
            }

            SetDisposition(headers, "attachment", ChartFileName.For(spec, selection));
            return Results.Stream(body => ChartCsv.WriteAsync(ChartRows.Of(spec), body, ct), ChartCsv.ContentType);
        }

        try
        {
            rendered ??= await services.GetRequiredService<ChartImageService>().GetAsync(selection, etag, selection.Url(), ct);
        }
        catch (RenderBusyException busy)
        {
            return Problems.Busy(http, busy);
        }

        if (rendered is null)
        {
            return UnknownIndicator();
        }

        if (format == ChartFormat.Svg)
        {
            // An SVG opened on its own must not run anything.
            headers.ContentSecurityPolicy = "default-src 'none'; style-src 'unsafe-inline'";
        }

        SetDisposition(headers, "inline", rendered.FileName);
        return Results.Bytes(rendered.Bytes, rendered.ContentType);
    }

    private static void SetDisposition(IHeaderDictionary headers, string type, string fileName)
    {
        var disposition = new ContentDispositionHeaderValue(type);
        disposition.SetHttpFileName(fileName);
        headers.ContentDisposition = disposition.ToString();
    }

    /// <summary>404 for an unknown indicator, 400 for unknown entity codes or a map of an indicator that has none; null when all is well.</summary>
    private static async Task<IResult?> CheckReferencesAsync(ChartSelection selection, IServiceProvider services, CancellationToken ct)
    {
        if (await services.GetRequiredService<IndicatorQueries>().GetIndicatorAsync(selection.Indicator, ct) is not { } indicator)
        {
            return UnknownIndicator();
        }

        if (selection.IsMap && await services.GetRequiredService<MapSupport>().ProblemAsync(indicator, ct) is { } noMap)
        {
            return Problems.Invalid(new Dictionary<string, string[]> { ["kind"] = [noMap + MapAvailability.Advice] });
        }

        if (selection.Entities.Count == 0 && selection.Counterpart is null)
        {
            return null;
        }

        var known = await services.GetRequiredService<EntityQueries>().GetCodesAsync(ct);
        return ChartSelectionParser.UnknownCodes(selection, known) is { } errors ? Problems.Invalid(errors) : null;
    }

    private static IResult UnknownIndicator() =>
        Results.Problem(statusCode: StatusCodes.Status404NotFound, title: "Unknown indicator",
            detail: "There is no indicator with this id; the list is on the home page.");
}

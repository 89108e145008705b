using Dashboard.Web.Caching;
using Dashboard.Web.Charts;
using Dashboard.Web.Charts.Files;
using Dashboard.Web.Charts.Model;
using Dashboard.Web.Charts.Rendering;
using Dashboard.Web.Charts.Selection;
using Dashboard.Web.Localization;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Net.Http.Headers;

namespace Dashboard.Web.Endpoints;

/// <summary>
/// <c>GET</c> and <c>HEAD /charts/{indicator}.png|.svg|.csv|.points.json</c> (points: where the PNG of the same query
/// draws each value, for hover and keyboard reading). The request is resolved by <see cref="ChartResolver"/>: bad
/// parameters, unknown entity codes or a map of an indicator without one → 400 naming the parameter; unknown indicator
/// → 404. Strong ETag from data version + indicator + normalised parameters + format, 304 on If-None-Match, short
/// public caching (a year, immutable, when the URL carries the current <c>v</c>), rendered images cached in memory (a
/// hit is served without reading the store; CSV is streamed, never cached), 503 with Retry-After when rendering is at
/// its limits (<see cref="RenderGate"/>). See docs/CHARTS.md.
/// </summary>
public static class ChartEndpoints
{
    public static IEndpointRouteBuilder MapChartEndpoints(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/charts").WithTags("Charts");
        Describe(group.MapGetAndHead("/{indicator}.png", (string indicator, HttpContext http, [AsParameters] ChartServices services, CancellationToken ct) =>
            ServeAsync(indicator, ChartFormat.Png, http, services, ct)), "GetChartPng", "The chart as a PNG image, with its provenance in text chunks.", "image/png");
        Describe(group.MapGetAndHead("/{indicator}.svg", (string indicator, HttpContext http, [AsParameters] ChartServices services, CancellationToken ct) =>
            ServeAsync(indicator, ChartFormat.Svg, http, services, ct)), "GetChartSvg", "The chart as a standalone SVG image.", "image/svg+xml");
        Describe(group.MapGetAndHead("/{indicator}.csv", (string indicator, HttpContext http, [AsParameters] ChartServices services, CancellationToken ct) =>
            ServeAsync(indicator, ChartFormat.Csv, http, services, ct)), "GetChartCsv", "The rows the chart shows, with source and locator, as CSV.", ChartCsv.ContentType);
        Describe(group.MapGetAndHead("/{indicator}.points.json", (string indicator, HttpContext http, [AsParameters] ChartServices services, CancellationToken ct) =>
            ServeAsync(indicator, ChartFormat.Points, http, services, ct)), "GetChartPoints", "Where the PNG of the same query draws each value, for reading values under the pointer.", "application/json");
        return app;
    }

    private static void Describe(RouteHandlerBuilder endpoint, string name, string summary, string contentType) =>
        endpoint.WithName(name).WithSummary(summary)
            .Produces(StatusCodes.Status200OK, contentType: contentType)
            .Produces(StatusCodes.Status304NotModified)
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status429TooManyRequests)
            .ProducesProblem(StatusCodes.Status503ServiceUnavailable);

    private static async Task<Results<FileContentHttpResult, PushStreamHttpResult, StatusCodeHttpResult, ValidationProblem, ProblemHttpResult>> ServeAsync(
        string indicator, ChartFormat format, HttpContext http, ChartServices services, CancellationToken ct)
    {
        var options = services.Options.Value;
        var parsed = ChartSelectionParser.Parse(http.Request.Query, options, new ChartSelection { Indicator = indicator, Format = format, Culture = CulturePrefix.Of(http) ?? CldrCultures.English });
        if (!parsed.IsValid)
        {
            return Problems.Invalid(parsed.Errors);
        }

        var selection = parsed.Selection.Normalized();
        var dataVersion = RequestDataVersion.Get(http);
        // Permalinks in PNG chunks: absolute only with Site:PublicBaseUrl, never from the request's Host.
        var publicBase = services.PublicBaseUrl.Configured;
        var etag = ChartImageService.ETag(selection, dataVersion, publicBase);

        // Cache first: a file is cached only after its request was resolved, under the data version its ETag includes,
        // so a hit needs no read of the store (the hot path of a page full of charts).
        ChartSpec? spec = null;
        if (!services.Cache.TryGet(etag, out var rendered))
        {
            var resolution = await services.Resolver.ResolveAsync(selection, ct);
            if (resolution.IsNotFound)
            {
                return Problems.UnknownIndicator();
            }

            if (!resolution.IsFound)
            {
                return Problems.Invalid(resolution.Errors);
            }

            spec = resolution.Spec!;
        }

        var headers = http.Response.Headers;
        headers.ETag = etag;
        headers.CacheControl = CacheHeaders.CacheControl(http.Request.Query, dataVersion, options.MaxAgeSeconds);
        headers.XContentTypeOptions = "nosniff";
        if (format == ChartFormat.Csv)
        {
            headers.Link = $"<{options.CitationPagePath}>; rel=\"describedby\"; title=\"Sources and how to cite\"";
        }

        // "*" counts: a 304 is only reached for a chart that exists (a cache hit, or a resolved request).
        if (CacheHeaders.Matches(http.Request.Headers.IfNoneMatch, etag, anyMatches: true))
        {
            return TypedResults.StatusCode(StatusCodes.Status304NotModified);
        }

        if (format == ChartFormat.Csv)
        {
            // Streamed row by row from the spec (bounded by Charts:MaxRows), never built or cached whole.
            SetDisposition(headers, "attachment", ChartFileName.For(spec!, selection));
            return TypedResults.Stream(body => ChartCsv.WriteAsync(ChartRows.Of(spec!), body, ct), ChartCsv.ContentType);
        }

        try
        {
            rendered ??= await services.Images.GetAsync(spec!, selection, etag, publicBase + selection.Url(), ct);
        }
        catch (RenderBusyException busy)
        {
            return Problems.Busy(http, busy);
        }

        if (format == ChartFormat.Svg)
        {
            // An SVG opened on its own must not run anything.
            headers.ContentSecurityPolicy = "default-src 'none'; style-src 'unsafe-inline'";
        }

        SetDisposition(headers, "inline", rendered.FileName);
        return TypedResults.Bytes(rendered.Bytes, rendered.ContentType);
    }

    private static void SetDisposition(IHeaderDictionary headers, string type, string fileName)
    {
        var disposition = new ContentDispositionHeaderValue(type);
        disposition.SetHttpFileName(fileName);
        headers.ContentDisposition = disposition.ToString();
    }
}

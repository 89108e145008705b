using System.Security.Cryptography;
using System.Text;
using Dashboard.Data;
using Dashboard.Data.Queries;
using Dashboard.Web.Charts;
using Microsoft.Extensions.Options;
using Microsoft.Net.Http.Headers;

namespace Dashboard.Web.Endpoints;

/// <summary>
/// <c>GET /charts/{indicator}.png|.svg|.csv</c>: validated parameters (400 naming the parameter), unknown indicator
/// 404, strong ETag from data version + indicator + normalised parameters + format, 304 on If-None-Match, short
/// public caching, rendered files cached in memory. See README "Chart images".
/// </summary>
public static class ChartEndpoints
{
    /// <summary>Bump when drawing changes, so clients and caches do not keep images of the old look.</summary>
    public const string RendererVersion = "charts-1";

    private const int MaxIndicatorLength = 100;

    public static IEndpointRouteBuilder MapChartEndpoints(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/charts");
        group.MapGet("/{indicator}.png", (string indicator, HttpContext http, CancellationToken ct) => ServeAsync(indicator, ChartFormat.Png, http, ct));
        group.MapGet("/{indicator}.svg", (string indicator, HttpContext http, CancellationToken ct) => ServeAsync(indicator, ChartFormat.Svg, http, ct));
        group.MapGet("/{indicator}.csv", (string indicator, HttpContext http, CancellationToken ct) => ServeAsync(indicator, ChartFormat.Csv, http, ct));
        return app;
    }

    private static async Task<IResult> ServeAsync(string indicator, ChartFormat format, HttpContext http, CancellationToken ct)
    {
        var services = http.RequestServices;
        var options = services.GetRequiredService<IOptions<ChartOptions>>().Value;
        var (query, errors) = ChartQueryParser.Parse(http.Request.Query, options.MaxPixels);
        if (errors.Count > 0)
        {
            return Invalid(errors);
        }

        if (indicator.Length > MaxIndicatorLength)
        {
            return UnknownIndicator();
        }

        var dataVersion = services.GetRequiredService<Database>().GetDataVersion();
        var file = new ChartFileRequest
        {
            IndicatorId = indicator,
            Format = format,
            Request = query.Request,
            Size = query.Size,
            Theme = query.Theme,
            DataVersion = dataVersion,
            Permalink = query.Path(indicator, format),
        };
        file = file with { ETag = ETag(file, query, dataVersion) };

        // Cache first: a file is cached only after its indicator and entity codes were checked, under the data version
        // its ETag includes, so a hit skips both database look-ups (the hot path of a page full of charts).
        var cache = services.GetRequiredService<ChartImageCache>();
        if (!cache.TryGet(file.ETag, out var rendered) && await CheckReferencesAsync(indicator, query, services, ct) is { } problem)
        {
            return problem;
        }

        var headers = http.Response.Headers;
        headers.ETag = file.ETag;
        headers.CacheControl = $"public, max-age={options.MaxAgeSeconds}";
        headers.XContentTypeOptions = "nosniff";
        if (format == ChartFormat.Csv)
        {
            headers.Link = $"<{options.CitationPagePath}>; rel=\"describedby\"; title=\"Sources and how to cite\"";
        }

        if (Matches(http.Request.Headers.IfNoneMatch, file.ETag))
        {
            return Results.StatusCode(StatusCodes.Status304NotModified);
        }

        rendered ??= await services.GetRequiredService<ChartImageService>().GetAsync(file, ct);
        if (rendered is null)
        {
            return UnknownIndicator();
        }

        if (format == ChartFormat.Svg)
        {
            // An SVG opened on its own must not run anything.
            headers.ContentSecurityPolicy = "default-src 'none'; style-src 'unsafe-inline'";
        }

        var disposition = new ContentDispositionHeaderValue(format == ChartFormat.Csv ? "attachment" : "inline");
        disposition.SetHttpFileName(rendered.FileName);
        headers.ContentDisposition = disposition.ToString();
        return Results.Bytes(rendered.Bytes, rendered.ContentType);
    }

    /// <summary>404 for an unknown indicator, 400 for unknown entity codes; null when both are known.</summary>
    private static async Task<IResult?> CheckReferencesAsync(string indicator, ChartQuery query, IServiceProvider services, CancellationToken ct)
    {
        if (await services.GetRequiredService<IndicatorQueries>().GetIndicatorAsync(indicator, ct) is null)
        {
            return UnknownIndicator();
        }

        if (query.Entities.Count > 0)
        {
            var known = (await services.GetRequiredService<EntityQueries>().GetEntitiesAsync(ct))
                .Select(e => e.Code).ToHashSet(StringComparer.Ordinal);
            var unknown = query.Entities.Where(c => !known.Contains(c)).ToList();
            if (unknown.Count > 0)
            {
                return Invalid(new() { ["entities"] = [$"Unknown entity code(s): {string.Join(", ", unknown)}."] });
            }
        }

        return null;
    }

    private static IResult UnknownIndicator() =>
        Results.Problem(statusCode: StatusCodes.Status404NotFound, title: "Unknown indicator",
            detail: "There is no indicator with this id; the list is on the home page.");

    /// <summary>A strong ETag: SHA-256 over renderer version, data version, indicator, normalised query and format.</summary>
    public static string ETag(ChartFileRequest file, ChartQuery query, string dataVersion)
    {
        var key = string.Join('\n', RendererVersion, dataVersion, file.IndicatorId, query.Canonical(file.Format == ChartFormat.Csv), file.Format);
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes(key));
        return "\"" + Convert.ToHexStringLower(hash.AsSpan(0, 16)) + "\"";
    }

    private static bool Matches(Microsoft.Extensions.Primitives.StringValues ifNoneMatch, string etag)
    {
        if (ifNoneMatch.Count == 0 || !EntityTagHeaderValue.TryParseList(ifNoneMatch, out var tags))
        {
            return false;
        }

        var ours = new EntityTagHeaderValue(etag);
        return tags.Any(t => t.Equals(EntityTagHeaderValue.Any) || t.Compare(ours, useStrongComparison: false));
    }

    private static IResult Invalid(Dictionary<string, string[]> errors)
    {
        var first = errors.Keys.First();
        return Results.ValidationProblem(errors, title: $"Invalid parameter '{first}'",
            detail: string.Join(" ", errors.Values.SelectMany(v => v)), statusCode: StatusCodes.Status400BadRequest);
    }
}

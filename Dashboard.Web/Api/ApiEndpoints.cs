using System.ComponentModel;
using Dashboard.Data;
using Dashboard.Data.Import;
using Dashboard.Data.Import.Contract;
using Dashboard.Data.Model;
using Dashboard.Data.Queries;
using Dashboard.Web.Charts;
using Dashboard.Web.Charts.Selection;
using Dashboard.Web.Endpoints;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;

namespace Dashboard.Web.Api;

/// <summary>
/// The read-only public JSON API under <c>/api</c>. Every parameter is validated; a bad one is a 400 ProblemDetails
/// naming the parameter, an unknown indicator a 404 ProblemDetails. Described in <c>/openapi/v1.json</c>. Cached and
/// validated like the data pages (<see cref="Caching.DataPageAttribute"/>).
/// </summary>
public static class ApiEndpoints
{
    public static IEndpointRouteBuilder MapApiEndpoints(this IEndpointRouteBuilder routes)
    {
        // Answers depend only on the URL and the data version, like the data pages: output-cached, with ETag, 304,
        // Cache-Control and Content-Length (Caching/DataPageMiddleware); a new data version evicts them.
        var api = routes.MapGroup("/api").WithTags("Data").WithMetadata(new Caching.DataPageAttribute())
            .ProducesProblem(StatusCodes.Status429TooManyRequests);
        api.MapGetAndHead("/indicators", GetIndicatorsAsync)
            .WithName("ListIndicators").WithSummary("All indicators with their definitions and observation counts.");
        api.MapGetAndHead("/indicators/{id}", GetIndicatorAsync)
            .WithName("GetIndicator").WithSummary("One indicator and the sources its observations cite.")
            .ProducesProblem(StatusCodes.Status404NotFound);
        api.MapGetAndHead("/observations", GetObservationsAsync)
            .WithName("ListObservations").WithSummary("Observations of one indicator, filtered by entities, counterpart and period range, each with source and locator; paged (limit, cursor; Link: rel=\"next\").")
            .ProducesProblem(StatusCodes.Status404NotFound)
            .AddOpenApiOperationTransformer((operation, _, _) =>
            {
                // Optional in the signature so a missing one is a 400 ProblemDetails of ours; required for clients.
                foreach (var parameter in (operation.Parameters ?? []).OfType<Microsoft.OpenApi.OpenApiParameter>().Where(p => p.Name == "indicator"))
                {
                    parameter.Required = true;
                }

                return Task.CompletedTask;
            });
        api.MapGetAndHead("/sources", GetSourcesAsync)
            .WithName("ListSources").WithSummary("The bibliography: every source with citation, URL, publisher, licence and edition.");
        api.MapGetAndHead("/events", GetEventsAsync)
            .WithName("ListEvents").WithSummary("Dated events for the timeline, optionally filtered by year range, actor and dimension.");
        api.MapGetAndHead("/claims", GetClaimsAsync)
            .WithName("ListClaims").WithSummary("The paper's quantified claims, each recomputed from the stored observations with its status (matches, close, diverges, not checkable).");
        api.MapGetAndHead("/revisions", RevisionApi.GetRevisionsAsync)
            .WithName("ListRevisions").WithSummary("Every revision of one indicator's values: old → new per entity, counterpart and period, rows added and removed, with time, origin (feed) and source edition; newest first, paged (limit, cursor; Link: rel=\"next\").")
            .ProducesProblem(StatusCodes.Status404NotFound);
        api.MapGetAndHead("/datasets", GetDatasetsAsync)
            .WithName("ListDatasets").WithSummary("Imported datasets: version (content hash), rows, source, import time and origin (shipped or upload).");
        return routes;
    }

    public static async Task<Ok<IReadOnlyList<ApiIndicator>>> GetIndicatorsAsync(IndicatorQueries indicators, CancellationToken ct)
    {
        var definitions = await indicators.GetIndicatorsAsync(ct);
        var counts = (await indicators.GetIndicatorSummariesAsync(ct)).ToDictionary(s => s.Id, s => s.ObservationCount, StringComparer.Ordinal);
        return TypedResults.Ok<IReadOnlyList<ApiIndicator>>(definitions.Select(i => ToApi(i, counts.GetValueOrDefault(i.Id))).ToList());
    }

    public static async Task<Results<Ok<ApiIndicatorDetail>, ValidationProblem, ProblemHttpResult>> GetIndicatorAsync(
        [Description("Indicator id, e.g. top500-systems.")] string id,
        IndicatorQueries indicators, SourceQueries sources, Database database, CancellationToken ct)
    {
        if (!RowParser.IsSlug(id))
        {
            return Invalid("id", "must be an indicator id: lower-case letters, digits and '-'.");
        }

        if (await indicators.GetIndicatorAsync(id, ct) is not { } indicator)
        {
            return UnknownIndicator(id);
        }

        var count = (await indicators.GetIndicatorSummariesAsync(ct)).FirstOrDefault(s => s.Id == id)?.ObservationCount ?? 0;
        return TypedResults.Ok(new ApiIndicatorDetail(ToApi(indicator, count), await sources.GetSourcesOfIndicatorAsync(id, ct), database.GetDataVersion()));
    }

    public static async Task<Results<Ok<ApiObservations>, ValidationProblem, ProblemHttpResult>> GetObservationsAsync(
        [Description("Indicator id (required).")] string? indicator,
        [Description("Entity codes separated by commas, e.g. KAZ,KGZ; empty for all.")] string? entities,
        [Description("Counterpart entity code, e.g. CHN (the supplier or creditor).")] string? counterpart,
        [Description("First period: 2010, 2010-2014 or 2019-11; periods that start before it are left out.")] string? from,
        [Description("Last period; periods that end after it are left out.")] string? to,
        [Description("The observations as published on this day (YYYY-MM-DD, end of the day UTC), rebuilt from the revision history.")] string? asof,
        [Description("Observations per page: 1 to Api:MaxPageSize (5000); default Api:DefaultPageSize (1000).")] string? limit,
        [Description("Where to continue: the nextCursor of the previous page (also in its Link: rel=\"next\" header).")] string? cursor,
        HttpContext http, IOptions<ChartOptions> options, IOptions<ApiOptions> apiOptions, IndicatorQueries indicators, ObservationQueries observations,
        EntityQueries entityQueries, Database database, CancellationToken ct)
    {
        // The chart selection's own parser and limits: the same entities value gets the same answer everywhere.
        var parsed = ChartSelectionParser.Parse(http.Request.Query, options.Value, view: false);
        var errors = parsed.Errors.ByParameter.ToDictionary(e => e.Key, e => e.Value, StringComparer.Ordinal);
        if (parsed.Selection.Indicator.Length == 0 && !errors.ContainsKey("indicator"))
        {
            errors["indicator"] = ["'indicator' is required (an indicator id, see /api/indicators)."];
        }

        var paging = apiOptions.Value;
        var pageSize = paging.DefaultPageSize;
        if (!string.IsNullOrWhiteSpace(limit) &&
            (!int.TryParse(limit, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out pageSize) || pageSize < 1 || pageSize > paging.MaxPageSize))
        {
            errors["limit"] = [$"'limit' must be a whole number from 1 to {paging.MaxPageSize}; got '{Shorten(limit)}'."];
        }

        // The cursor is bound to the query it was given for: indicator and filters, in canonical form (not the page size).
        var normalized = parsed.Selection.Normalized();
        var query = normalized.Indicator + "?" + normalized.Query(dataOnly: true);
        string? cursorProblem = null;
        var after = string.IsNullOrWhiteSpace(cursor) ? null : ObservationCursor.Decode(cursor.Trim(), query, out cursorProblem);
        if (cursorProblem is not null)
        {
            errors["cursor"] = [cursorProblem];
        }

        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors, title: "Invalid query parameters");
        }

        var selection = parsed.Selection;
        if (await indicators.GetIndicatorAsync(selection.Indicator, ct) is null)
        {
            return UnknownIndicator(selection.Indicator);
        }

        if (ChartSelectionParser.UnknownCodes(selection, await entityQueries.GetCodesAsync(ct)) is { } unknown)
        {
            return TypedResults.ValidationProblem(unknown.ByParameter.ToDictionary(e => e.Key, e => e.Value), title: "Invalid query parameters");
        }

        var filter = new ObservationFilter { Entities = selection.Entities, Counterpart = selection.Counterpart, From = selection.From, To = selection.To, AsOf = selection.AsOfInstant };
        var version = database.GetDataVersion();
        var total = await observations.CountObservationsAsync(selection.Indicator, filter, ct);
        var page = await observations.GetObservationPageAsync(selection.Indicator, filter, after, pageSize + 1, ct);
        var rows = page.Count > pageSize ? page.Take(pageSize).ToList() : page;
        string? nextCursor = null, next = null;
        if (page.Count > pageSize)
        {
            nextCursor = ObservationCursor.Encode(rows[^1], query);
            next = http.Request.Path + QueryString.Create(http.Request.Query
                .Where(q => !q.Key.Equals("cursor", StringComparison.OrdinalIgnoreCase))
                .Append(new("cursor", nextCursor)));
            http.Response.Headers.Link = $"<{next}>; rel=\"next\"";
        }

        return TypedResults.Ok(new ApiObservations(selection.Indicator, version, rows.Count, rows, total, nextCursor, next));
    }

    public static async Task<Ok<IReadOnlyList<Source>>> GetSourcesAsync(SourceQueries sources, CancellationToken ct) =>
        TypedResults.Ok(await sources.GetSourcesAsync(ct));

    public static async Task<Results<Ok<IReadOnlyList<TimelineEvent>>, ValidationProblem>> GetEventsAsync(
        [Description("First year, e.g. 2015.")] string? from,
        [Description("Last year, e.g. 2023.")] string? to,
        [Description("Entity code of the actor, e.g. CHN or RUS.")] string? actor,
        [Description("military, economic, political or technology.")] string? dimension,
        EventQueries events, CancellationToken ct)
    {
        var errors = new Dictionary<string, string[]>(StringComparer.Ordinal);
        var fromYear = ParseYear("from", from, errors);
        var toYear = ParseYear("to", to, errors);
        if (fromYear > toYear && errors.Count == 0)
        {
            errors["to"] = ["is before from."];
        }

        if (actor is not null && !ContractTables.IsEntityCode(actor))
        {
            errors["actor"] = [$"'{Shorten(actor)}' is not an entity code (e.g. CHN)."];
        }

        if (dimension is not null && !ContractTables.Dimensions.Contains(dimension))
        {
            errors["dimension"] = ["must be one of: " + string.Join(", ", ContractTables.Dimensions) + "."];
        }

        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors, title: "Invalid query parameters");
        }

        return TypedResults.Ok(await events.GetEventsAsync(fromYear, toYear, actor, dimension, ct));
    }

    public static async Task<Ok<IReadOnlyList<ClaimCheck>>> GetClaimsAsync(ClaimQueries claims, CancellationToken ct) =>
        TypedResults.Ok(await claims.GetClaimChecksAsync(ct));

    public static async Task<Ok<IReadOnlyList<DatasetInfo>>> GetDatasetsAsync(DatasetQueries datasets, CancellationToken ct) =>
        TypedResults.Ok(await datasets.GetDatasetsAsync(ct));

    private static ApiIndicator ToApi(Indicator i, long count) =>
        new(i.Id, i.Name, i.Unit, i.Dimension, i.Description, i.ChartKind, i.MinValue, i.MaxValue, count);

    private static int? ParseYear(string name, string? text, Dictionary<string, string[]> errors)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        if (int.TryParse(text, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var year) &&
            year is >= Period.MinYear and <= Period.MaxYear)
        {
            return year;
        }

        errors[name] = [$"'{Shorten(text)}' is not a year from {Period.MinYear} to {Period.MaxYear}."];
        return null;
    }

    private static ValidationProblem Invalid(string name, string message) =>
        TypedResults.ValidationProblem(new Dictionary<string, string[]> { [name] = [message] }, title: "Invalid parameter");

    private static ProblemHttpResult UnknownIndicator(string id) =>
        TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "Unknown indicator",
            detail: $"There is no indicator '{id}'. /api/indicators lists them.");

    // Echoed input is shortened: a client that sends a megabyte of garbage does not get it back.
    private static string Shorten(string s) => s.Length <= 40 ? s : s[..40] + "…";
}

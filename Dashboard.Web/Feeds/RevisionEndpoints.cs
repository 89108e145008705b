using Dashboard.Data.Import.Contract;
using Dashboard.Data.Queries;
using Dashboard.Web.Caching;
using Dashboard.Web.Charts.Files;
using Dashboard.Web.Charts.Selection;
using Dashboard.Web.Endpoints;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Dashboard.Web.Feeds;

/// <summary>
/// <c>GET</c> and <c>HEAD /indicators/{id}/revisions.atom</c> (the Atom feed of an indicator's revisions, newest
/// first) and <c>/indicators/{id}/revisions.csv</c> (every change old → new, under the chart's filters: entities,
/// counterpart, from, to; the newest <see cref="RevisionRows.MaxRows"/>). Cached and validated like the data pages
/// (a new data version, which every refresh makes, is a new ETag). Unknown indicator → 404; a bad filter → 400 naming it.
/// </summary>
public static class RevisionEndpoints
{
    /// <summary>Revisions in the Atom feed (each with up to <see cref="ChangesPerEntry"/> changes spelled out).</summary>
    public const int AtomEntries = 50;

    public const int ChangesPerEntry = 50;

    public static IEndpointRouteBuilder MapRevisionEndpoints(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/indicators").WithTags("Revisions").WithMetadata(new DataPageAttribute());
        group.MapGetAndHead("/{id}/revisions.atom", AtomAsync)
            .WithName("GetRevisionsAtom").WithSummary("The Atom feed of the indicator's revisions: one entry per revision, its changes old → new.")
            .Produces(StatusCodes.Status200OK, contentType: RevisionAtom.ContentType)
            .ProducesProblem(StatusCodes.Status404NotFound);
        group.MapGetAndHead("/{id}/revisions.csv", CsvAsync)
            .WithName("GetRevisionsCsv").WithSummary("Every change of the indicator's values, old → new, under the chart's filters (entities, counterpart, from, to), as CSV.")
            .Produces(StatusCodes.Status200OK, contentType: ChartCsv.ContentType)
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound);
        return routes;
    }

    public static async Task<Results<FileContentHttpResult, ProblemHttpResult>> AtomAsync(string id, HttpContext http, [AsParameters] RevisionServices services,
        CancellationToken ct)
    {
        if (!RowParser.IsSlug(id) || await services.Indicators.GetIndicatorAsync(id, ct) is not { } indicator)
        {
            return Problems.UnknownIndicator(id);
        }

        var history = await services.Revisions.GetHistoryAsync(id, AtomEntries, ChangesPerEntry, ct);
        var names = await NamesAsync(services, ct);
        var body = RevisionAtom.Write(indicator, history, names, services.PublicBaseUrl.For(http.Request), services.Clock.GetUtcNow());
        return TypedResults.File(body, RevisionAtom.ContentType);
    }

    public static async Task<Results<PushStreamHttpResult, ValidationProblem, ProblemHttpResult>> CsvAsync(string id, HttpContext http,
        [AsParameters] RevisionServices services, CancellationToken ct)
    {
        var parsed = ChartSelectionParser.Parse(http.Request.Query, services.ChartOptions.Value, ChartSelection.Of(id), view: false);
        if (!parsed.IsValid)
        {
            return Problems.Invalid(parsed.Errors);
        }

        if (!RowParser.IsSlug(id) || await services.Indicators.GetIndicatorAsync(id, ct) is null)
        {
            return Problems.UnknownIndicator(id);
        }

        var s = parsed.Selection;
        var filter = new ObservationFilter { Involving = s.Entities, Counterpart = s.Counterpart, From = s.From, To = s.To };
        var changes = await services.Revisions.GetChangesAsync(id, filter, RevisionRows.MaxRows, ct);
        var names = await NamesAsync(services, ct);
        http.Response.Headers.ContentDisposition = $"attachment; filename=\"{id}-{RevisionRows.FileName}\"";
        return TypedResults.Stream(body => ChartCsv.WriteAsync(RevisionRows.Of(changes, names), body, ct), ChartCsv.ContentType);
    }

    private static async Task<Func<string, string>> NamesAsync(RevisionServices services, CancellationToken ct)
    {
        var names = (await services.Entities.GetEntitiesAsync(ct)).ToDictionary(e => e.Code, e => e.Name, StringComparer.Ordinal);
        return code => names.GetValueOrDefault(code, code);
    }
}

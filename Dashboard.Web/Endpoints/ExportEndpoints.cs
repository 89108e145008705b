using System.Globalization;
using Dashboard.Web.Charts.Rendering;
using Dashboard.Web.Decks;
using Dashboard.Web.Export;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Dashboard.Web.Endpoints;

/// <summary>
/// <c>GET /export/pack.zip</c> and <c>GET /export/deck.pptx</c> with <c>charts=a,b</c> (repeatable, with optional
/// <c>entities</c>, <c>counterpart</c>, <c>from</c>, <c>to</c>, <c>kind</c>) or <c>deck=paper</c>, at a preset, size,
/// scale and theme: the briefing pack (per chart PNG, SVG, CSV and CITATIONS.md) or a PowerPoint deck
/// (<c>slides=picture|native</c>, <c>steps=1</c>, <c>reveal=</c>). Every chart is resolved first
/// (<see cref="ExportRequest"/>): bad parameters → 400 naming the parameter, an unknown chart → 404; no pack slot or
/// render slot within the queue wait → 503 with Retry-After. Files are built in memory first, so a failure never sends
/// half a pack or deck.
/// </summary>
public static class ExportEndpoints
{
    public static IEndpointRouteBuilder MapExportEndpoints(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/export").WithTags("Exports");
        Describe(group.MapGetAndHead("/pack.zip", PackAsync), "GetBriefingPack",
            "A briefing pack: PNG, SVG and CSV of each chart with CITATIONS.md, zipped.", "application/zip");
        Describe(group.MapGetAndHead("/deck.pptx", DeckAsync), "GetDeck",
            "A PowerPoint deck of the charts, with sources in the notes and a Sources slide.", PptxDeckWriter.ContentType);
        return app;
    }

    private static void Describe(RouteHandlerBuilder endpoint, string name, string summary, string contentType) =>
        endpoint.WithName(name).WithSummary(summary)
            .Produces(StatusCodes.Status200OK, contentType: contentType)
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status429TooManyRequests)
            .ProducesProblem(StatusCodes.Status503ServiceUnavailable);

    private static async Task<Results<FileContentHttpResult, ValidationProblem, ProblemHttpResult>> PackAsync(HttpContext http,
        [AsParameters] ExportServices services, CancellationToken ct)
    {
        var request = await ExportRequest.ParseAsync(http.Request.Query, services, ct);
        if (request.Errors.Any)
        {
            return Problems.Invalid(request.Errors);
        }

        if (request.Resolution.UnknownChart is { } unknown)
        {
            return Problems.UnknownChart(unknown);
        }

        IReadOnlyList<ExportFile> files;
        try
        {
            files = await services.Packs.BuildAsync(request.Resolution.Charts, request.Settings, ChartExporter.AllFormats,
                services.PublicBaseUrl.For(http.Request), ct);
        }
        catch (RenderBusyException busy)
        {
            return Problems.Busy(http, busy);
        }

        // Zipped in memory (the files are in memory already), so a failure never sends half a ZIP.
        using var zip = new MemoryStream();
        await BriefingPackBuilder.WriteZipAsync(zip, files, ct);
        var date = services.Clock.GetUtcNow().ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        var size = request.Settings.Size;
        var name = FormattableString.Invariant($"geoai-briefing-pack-{request.Deck.Id}-{date}-{size.PixelWidth}x{size.PixelHeight}.zip");
        return TypedResults.File(zip.ToArray(), "application/zip", name);
    }

    private static async Task<Results<FileContentHttpResult, ValidationProblem, ProblemHttpResult>> DeckAsync(HttpContext http,
        [AsParameters] ExportServices services, CancellationToken ct)
    {
        var q = http.Request.Query;
        var request = await ExportRequest.ParseAsync(q, services, ct);
        var (settings, settingsErrors) = DeckFileSettings.Parse(q["slides"], q["steps"], request.Settings);
        var errors = request.Errors.Any ? request.Errors : settingsErrors;
        if (errors.Any)
        {
            return Problems.Invalid(errors);
        }

        if (request.Resolution.UnknownChart is { } unknown)
        {
            return Problems.UnknownChart(unknown);
        }

        ExportFile file;
        try
        {
            file = await services.Decks.BuildAsync(request.Deck, request.Resolution.Charts, settings, services.PublicBaseUrl.For(http.Request), ct);
        }
        catch (RenderBusyException busy)
        {
            return Problems.Busy(http, busy);
        }

        return TypedResults.File(file.Bytes, PptxDeckWriter.ContentType, file.Name);
    }
}

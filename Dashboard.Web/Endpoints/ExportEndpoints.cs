using System.Globalization;
using Dashboard.Web.Charts.Rendering;
using Dashboard.Web.Decks;
using Dashboard.Web.Export;
using Dashboard.Web.Localization;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Primitives;

namespace Dashboard.Web.Endpoints;

/// <summary>
/// <c>GET /export/pack.zip</c> and <c>GET /export/deck.pptx</c> with <c>charts=a,b</c> (repeatable, with optional
/// <c>entities</c>, <c>counterpart</c>, <c>from</c>, <c>to</c>, <c>kind</c>, <c>title</c>) or <c>deck=paper</c>, at a
/// preset, size, scale and theme: the briefing pack (per chart PNG, SVG, CSV and CITATIONS.md) or a PowerPoint deck
/// (<c>slides=picture|native</c>, <c>steps=1</c>, <c>reveal=</c>, <c>template=</c>, <c>palette=</c>);
/// <c>POST /export/deck.pptx</c> takes the same parameters with the briefer's template as the multipart file
/// <c>template</c> (at most <see cref="ExportOptions.MaxTemplateBytes"/>: 413 beyond). Every chart is resolved first
/// (<see cref="ExportRequest"/>): bad parameters or template → 400 naming the parameter, an unknown chart → 404; no
/// pack slot or render slot within the queue wait → 503 with Retry-After. Files are built in memory first, so a
/// failure never sends half a pack or deck.
/// </summary>
public static class ExportEndpoints
{
    /// <summary>Room for a posted deck's other form fields and the multipart boundaries around the template.</summary>
    public const long FormOverhead = 64 * 1024;

    public static IEndpointRouteBuilder MapExportEndpoints(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/export").WithTags("Exports");
        Describe(group.MapGetAndHead("/pack.zip", PackAsync), "GetBriefingPack",
            "A briefing pack: PNG, SVG and CSV of each chart with CITATIONS.md, zipped.", "application/zip");
        Describe(group.MapGetAndHead("/deck.pptx", DeckAsync), "GetDeck",
            "A PowerPoint deck of the charts, with sources in the notes and a Sources slide.", PptxWriter.ContentType);
        Describe(group.MapPost("/deck.pptx", DeckWithTemplateAsync).DisableAntiforgery(), "PostDeckWithTemplate",
            "A PowerPoint deck built on the posted template (multipart file 'template', .potx or .pptx).", PptxWriter.ContentType)
            .ProducesProblem(StatusCodes.Status413PayloadTooLarge);
        return app;
    }

    private static RouteHandlerBuilder Describe(RouteHandlerBuilder endpoint, string name, string summary, string contentType) =>
        endpoint.WithName(name).WithSummary(summary)
            .Produces(StatusCodes.Status200OK, contentType: contentType)
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status429TooManyRequests)
            .ProducesProblem(StatusCodes.Status503ServiceUnavailable);

    private static async Task<Results<FileContentHttpResult, ValidationProblem, ProblemHttpResult>> PackAsync(HttpContext http,
        [AsParameters] ExportServices services, CancellationToken ct)
    {
        var request = await ExportRequest.ParseAsync(ExportRequest.Parameters(http.Request.Query), services, CulturePrefix.Of(http), ct);
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
            files = await services.Packs.BuildAsync(request.Resolution.Items, request.Settings, ChartExporter.AllFormats,
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
        var q = ExportRequest.Parameters(http.Request.Query);
        var (template, errors) = await services.Templates.FindAsync(ExportRequest.Get(q, "template"), ct);
        return errors.Any ? Problems.Invalid(errors) : await BuildDeckAsync(http, q, template, services, ct);
    }

    private static async Task<Results<FileContentHttpResult, ValidationProblem, ProblemHttpResult>> DeckWithTemplateAsync(HttpContext http,
        [AsParameters] ExportServices services, CancellationToken ct)
    {
        var max = services.ExportOptions.Value.MaxTemplateBytes;
        var tooLarge = TypedResults.Problem(statusCode: StatusCodes.Status413PayloadTooLarge, title: "Template too large",
            detail: FormattableString.Invariant($"A template of at most {max / 1048576.0:0.#} MB is accepted (Export:MaxTemplateBytes); nothing was built."));
        if (http.Request.ContentLength > max + FormOverhead)
        {
            return tooLarge;
        }

        if (http.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } limit)
        {
            limit.MaxRequestBodySize = max + FormOverhead;
        }

        if (!http.Request.HasFormContentType)
        {
            return Problems.Invalid("template", "Post the deck as multipart/form-data with the template file as 'template' (the other parameters in the query string or as form fields).");
        }

        IFormCollection form;
        try
        {
            http.Features.Set<IFormFeature>(new FormFeature(http.Request, new FormOptions { MultipartBodyLengthLimit = max + FormOverhead, ValueCountLimit = 64 }));
            form = await http.Request.ReadFormAsync(ct);
        }
        catch (Exception ex) when (ex is InvalidDataException or BadHttpRequestException)
        {
            return ex is BadHttpRequestException { StatusCode: StatusCodes.Status413PayloadTooLarge } || ex.Message.Contains("limit", StringComparison.OrdinalIgnoreCase)
                ? tooLarge
                : Problems.Invalid("template", "The form could not be read as multipart/form-data.");
        }

        if (form.Files.GetFile("template") is not { Length: > 0 } file)
        {
            return Problems.Invalid("template", "The form has no file 'template' (a .potx or .pptx).");
        }

        if (file.Length > max)
        {
            return tooLarge;
        }

        var bytes = new byte[file.Length];
        await using (var stream = file.OpenReadStream())
        {
            await stream.ReadExactlyAsync(bytes, ct);
        }

        var (template, errors) = DeckTemplates.Check(bytes);
        var fields = form.Where(f => !string.Equals(f.Key, "template", StringComparison.OrdinalIgnoreCase));
        return errors.Any ? Problems.Invalid(errors) : await BuildDeckAsync(http, ExportRequest.Parameters(http.Request.Query, fields), template, services, ct);
    }

    private static async Task<Results<FileContentHttpResult, ValidationProblem, ProblemHttpResult>> BuildDeckAsync(HttpContext http,
        Dictionary<string, StringValues> q, PptxTemplate? template, ExportServices services, CancellationToken ct)
    {
        var request = await ExportRequest.ParseAsync(q, services, CulturePrefix.Of(http), ct);
        var (settings, settingsErrors) = PptxSettings.Parse(ExportRequest.Get(q, "slides"), ExportRequest.Get(q, "steps"), ExportRequest.Get(q, "palette"), request.Settings, template);
        var errors = request.Errors.Any ? request.Errors : settingsErrors;
        if (errors.Any)
        {
            return Problems.Invalid(errors);
        }

        if (request.Resolution.UnknownChart is { } unknown)
        {
            return Problems.UnknownChart(unknown);
        }

        if (settings.CheckSteps(request.Resolution.Items) is { Any: true } steps)
        {
            return Problems.Invalid(steps);
        }

        ExportFile file;
        try
        {
            file = await services.Decks.BuildAsync(request.Deck, request.Resolution.Items, settings, services.PublicBaseUrl.For(http.Request), ct);
        }
        catch (RenderBusyException busy)
        {
            return Problems.Busy(http, busy);
        }

        return TypedResults.File(file.Bytes, PptxWriter.ContentType, file.Name);
    }
}

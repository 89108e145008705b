using Dashboard.Data.Queries;
using Dashboard.Web.Charts;
using Dashboard.Web.Charts.Rendering;
using Dashboard.Web.Charts.Selection;
using Dashboard.Web.Decks;
using Dashboard.Web.Export;
using Dashboard.Web.Security;
using Microsoft.Extensions.Options;

namespace Dashboard.Web.Endpoints;

/// <summary>
/// <c>GET /export/deck.pptx?charts=a,b&amp;slides=picture|native&amp;preset=slide-16x9&amp;theme=light</c> (or
/// <c>deck=paper</c>, with <c>reveal=</c> and <c>steps=1</c>): a PowerPoint deck. The chart list is <c>charts</c> as for
/// packs, so the picture/native choice is <c>slides</c>. Bad parameters → 400 naming the parameter; an unknown chart →
/// 404; the file is built in memory first, so a failure never sends half a deck; 503 with Retry-After when rendering
/// is at its limits (a deck takes a pack slot, as packs do).
/// </summary>
public static class DeckEndpoint
{
    public static async Task<IResult> GetAsync(HttpContext http, DeckFileBuilder builder, EntityQueries entities, IOptions<ChartOptions> chartOptions,
        IOptions<ExportOptions> exportOptions, PublicBaseUrl publicBaseUrl, CancellationToken ct)
    {
        var q = http.Request.Query;
        var (export, deck, problem) = await ExportRequest.ParseAsync(q, chartOptions.Value, exportOptions.Value, entities,
            http.RequestServices.GetRequiredService<Charts.Maps.MapSupport>(), ct);
        if (problem is not null)
        {
            return problem;
        }

        if (!DeckFileSettings.TryParse(q["slides"], q["steps"], export, out var settings, out var parameter, out var error))
        {
            return Problems.Invalid(parameter, error);
        }

        DeckFile built;
        try
        {
            built = await builder.BuildAsync(deck.WithReveal(q["reveal"]), settings, publicBaseUrl.For(http.Request), ct);
        }
        catch (RenderBusyException busy)
        {
            return Problems.Busy(http, busy);
        }

        if (built.File is null)
        {
            return Results.Problem(statusCode: StatusCodes.Status404NotFound, title: "Unknown chart",
                detail: $"There is no chart '{built.UnknownChart}'; the list is on /export.");
        }

        return Results.File(built.File.Bytes, PptxDeckWriter.ContentType, built.File.Name);
    }
}

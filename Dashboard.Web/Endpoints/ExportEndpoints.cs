using System.Globalization;
using Dashboard.Data.Queries;
using Dashboard.Web.Charts;
using Dashboard.Web.Charts.Rendering;
using Dashboard.Web.Charts.Selection;
using Dashboard.Web.Export;
using Dashboard.Web.Security;
using Microsoft.Extensions.Options;

namespace Dashboard.Web.Endpoints;

/// <summary>
/// <c>GET /export/pack.zip?charts=a,b&amp;preset=slide-16x9&amp;scale=1&amp;theme=light</c> (or <c>deck=paper</c>): the
/// briefing pack. Bad parameters → 400 naming the parameter; an unknown chart → 404; no pack slot or render slot within
/// the queue wait → 503 with Retry-After; the ZIP is built in memory first, so a failure never sends half a pack.
/// </summary>
public static class ExportEndpoints
{
    public static IEndpointRouteBuilder MapExportEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapGetAndHead("/export/pack.zip", PackAsync);
        app.MapGetAndHead("/export/deck.pptx", DeckEndpoint.GetAsync);
        return app;
    }

    private static async Task<IResult> PackAsync(HttpContext http, BriefingPackBuilder builder, EntityQueries entities, IOptions<ChartOptions> chartOptions,
        IOptions<ExportOptions> exportOptions, PublicBaseUrl publicBaseUrl, TimeProvider clock, CancellationToken ct)
    {
        var (settings, deck, problem) = await ExportRequest.ParseAsync(http.Request.Query, chartOptions.Value, exportOptions.Value, entities,
            http.RequestServices.GetRequiredService<Charts.Maps.MapSupport>(), ct);
        if (problem is not null)
        {
            return problem;
        }

        BriefingPack pack;
        try
        {
            pack = await builder.BuildAsync(deck.Slides.Select(s => s.Chart).ToList(), settings, ChartExporter.AllFormats, publicBaseUrl.For(http.Request), ct);
        }
        catch (RenderBusyException busy)
        {
            return Problems.Busy(http, busy);
        }


        if (pack.UnknownChart is not null)
        {
            return Results.Problem(statusCode: StatusCodes.Status404NotFound, title: "Unknown chart",
                detail: $"There is no chart '{pack.UnknownChart}'; the list is on /export.");
        }

        // Zipped in memory (the files are in memory already), so a failure never sends half a ZIP.
        using var zip = new MemoryStream();
        await BriefingPackBuilder.WriteZipAsync(zip, pack.Files, ct);
        var date = clock.GetUtcNow().ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        var name = FormattableString.Invariant($"geoai-briefing-pack-{deck.Id}-{date}-{settings.Size.PixelWidth}x{settings.Size.PixelHeight}.zip");
        return Results.File(zip.ToArray(), "application/zip", name);
    }
}

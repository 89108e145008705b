using System.Globalization;
using Dashboard.Web.Charts;
using Dashboard.Web.Export;
using Dashboard.Web.Security;
using Microsoft.Extensions.Options;

namespace Dashboard.Web.Endpoints;

/// <summary>
/// <c>GET /export/pack.zip?charts=a,b&amp;preset=slide-16x9&amp;scale=1&amp;theme=light</c> (or <c>deck=paper</c>): the
/// briefing pack. Bad parameters → 400 naming the parameter; an unknown chart → 404; the ZIP is built in memory
/// first, so a failure never sends half a pack.
/// </summary>
public static class ExportEndpoints
{
    public static IEndpointRouteBuilder MapExportEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapGet("/export/pack.zip", PackAsync);
        return app;
    }

    private static async Task<IResult> PackAsync(HttpContext http, BriefingPackBuilder builder, IOptions<ChartOptions> chartOptions,
        PublicBaseUrl publicBaseUrl, TimeProvider clock, CancellationToken ct)
    {
        var q = http.Request.Query;
        if (!ExportSettings.TryParse(q["preset"], q["width"], q["height"], q["scale"], q["theme"], chartOptions.Value.MaxPixels, out var settings, out var error))
        {
            return Invalid("preset", error);
        }

        List<ExportPanelRequest> charts;
        string packName;
        var deckId = q["deck"].ToString();
        if (!string.IsNullOrEmpty(deckId))
        {
            var deck = DeckCatalog.Find(deckId);
            if (deck is null)
            {
                return Invalid("deck", $"'deck' must be one of {string.Join(", ", DeckCatalog.All.Select(d => d.Id))}; got '{Shorten(deckId)}'.");
            }

            charts = deck.Slides.Select(s => new ExportPanelRequest(s.Indicator, s.Entities, s.From, s.To)).ToList();
            packName = deck.Id;
        }
        else
        {
            var ids = q["charts"].SelectMany(v => (v ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)).ToList();
            if (ids.Count == 0)
            {
                return Invalid("charts", "Choose at least one chart ('charts=top500-systems,arms-import-share') or a deck ('deck=paper').");
            }

            if (ids.Count > BriefingPackBuilder.MaxCharts)
            {
                return Invalid("charts", $"At most {BriefingPackBuilder.MaxCharts} charts fit in one pack; got {ids.Count}.");
            }

            var bad = ids.FirstOrDefault(id => id.Length > 100 || ExportFileName.Slug(id) != id);
            if (bad is not null)
            {
                return Invalid("charts", $"'{Shorten(bad)}' is not a chart id (lower-case letters, digits and hyphens).");
            }

            charts = ids.Select(id => new ExportPanelRequest(id, [])).ToList();
            packName = "charts";
        }

        var pack = await builder.BuildAsync(charts, settings, ChartExporter.AllFormats, publicBaseUrl.For(http.Request), ct);
        if (pack.UnknownChart is not null)
        {
            return Results.Problem(statusCode: StatusCodes.Status404NotFound, title: "Unknown chart",
                detail: $"There is no chart '{Shorten(pack.UnknownChart)}'; the list is on /export.");
        }

        // Zipped in memory (the files are in memory already), so a failure never sends half a ZIP.
        using var zip = new MemoryStream();
        await BriefingPackBuilder.WriteZipAsync(zip, pack.Files, ct);
        var date = clock.GetUtcNow().ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        var name = FormattableString.Invariant($"geoai-briefing-pack-{packName}-{date}-{settings.PixelWidth}x{settings.PixelHeight}.zip");
        return Results.File(zip.ToArray(), "application/zip", name);
    }

    private static IResult Invalid(string parameter, string message) =>
        Results.ValidationProblem(new Dictionary<string, string[]> { [parameter] = [message] },
            title: $"Invalid parameter '{parameter}'", detail: message, statusCode: StatusCodes.Status400BadRequest);

    private static string Shorten(string text) => text.Length <= 40 ? text : text[..40] + "…";
}

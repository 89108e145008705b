using Dashboard.Data.Queries;
using Dashboard.Web.Export;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Dashboard.Web.Pages;

/// <summary>
/// Target of the export panel's GET form (<c>/export/chart?indicator=…&amp;preset=…&amp;scale=…&amp;theme=…&amp;format=…</c>):
/// validates the choice and shows the finished download link, so exporting works without JavaScript.
/// </summary>
public sealed class ExportChartModel(IndicatorQueries indicators, ChartExporter exporter, Microsoft.Extensions.Options.IOptions<Dashboard.Web.Charts.ChartOptions> chartOptions) : PageModel
{
    public ExportPanelRequest Chart { get; private set; } = new("", []);
    public ExportSettings Settings { get; private set; } = ExportSettings.Default;
    public string Format { get; private set; } = "png";
    public string IndicatorName { get; private set; } = "";
    public string DownloadUrl { get; private set; } = "";
    public string FileName { get; private set; } = "";
    public string? Error { get; private set; }

    public async Task<IActionResult> OnGetAsync(string? indicator, string? entities, string? from, string? to,
        string? preset, string? width, string? height, string? scale, string? theme, string? format, CancellationToken ct)
    {
        var found = string.IsNullOrEmpty(indicator) ? null : await indicators.GetIndicatorAsync(indicator, ct);
        if (found is null)
        {
            return Fail(StatusCodes.Status404NotFound, $"There is no chart '{indicator}'.");
        }

        IndicatorName = found.Name;
        Chart = new ExportPanelRequest(found.Id,
            (entities ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries),
            string.IsNullOrEmpty(from) ? null : from,
            string.IsNullOrEmpty(to) ? null : to);
        Format = string.IsNullOrEmpty(format) ? "png" : format.ToLowerInvariant();
        if (Format is not ("png" or "svg"))
        {
            return Fail(StatusCodes.Status400BadRequest, $"format '{format}' is not png or svg.");
        }

        if (!ExportSettings.TryParse(preset, width, height, scale, theme, chartOptions.Value.MaxPixels, out var settings, out var error))
        {
            return Fail(StatusCodes.Status400BadRequest, error);
        }

        Settings = settings;
        Chart = Chart with { Selected = settings, SelectedFormat = Format };
        DownloadUrl = settings.Url(Chart, Format);
        FileName = ExportFileName.Image(await exporter.StemAsync(Chart, ct), settings.PixelWidth, settings.PixelHeight, Format, settings.Theme.Name);
        return Page();
    }

    private PageResult Fail(int status, string message)
    {
        Error = message;
        Response.StatusCode = status;
        return Page();
    }
}

using Dashboard.Web.Charts;
using Dashboard.Web.Charts.Selection;
using Dashboard.Web.Export;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Options;

namespace Dashboard.Web.Pages;

/// <summary>
/// Target of the export panel's GET form (<c>/export/chart?indicator=…&amp;preset=…&amp;scale=…&amp;theme=…&amp;format=…</c>):
/// validates the choice and shows the finished download link, so exporting works without JavaScript.
/// </summary>
public sealed class ExportChartModel(ChartSpecFactory charts, IOptions<ChartOptions> chartOptions) : PageModel
{
    public ExportPanel? Panel { get; private set; }
    public ExportSettings Settings { get; private set; } = ExportSettings.Default;
    public string Format { get; private set; } = "png";
    public string IndicatorName { get; private set; } = "";
    public string DownloadUrl { get; private set; } = "";
    public string FileName { get; private set; } = "";
    public string? Error { get; private set; }

    public async Task<IActionResult> OnGetAsync(string? preset, string? width, string? height, string? scale, string? theme, string? format, CancellationToken ct)
    {
        var parsed = ChartSelectionParser.Parse(Request.Query, chartOptions.Value, view: false);
        var spec = parsed.Selection.Indicator.Length == 0 ? null : await charts.CreateAsync(parsed.Selection, ct);
        if (spec is null)
        {
            return Fail(StatusCodes.Status404NotFound, $"There is no chart '{Request.Query["indicator"]}'.");
        }

        IndicatorName = spec.Title;
        Panel = ExportPanel.For(spec);
        if (!parsed.IsValid)
        {
            return Fail(StatusCodes.Status400BadRequest, string.Join(" ", parsed.Messages));
        }

        Format = string.IsNullOrEmpty(format) ? "png" : format.ToLowerInvariant();
        if (Format is not ("png" or "svg"))
        {
            return Fail(StatusCodes.Status400BadRequest, $"format '{format}' is not png or svg.");
        }

        if (!ExportSettings.TryParse(preset, width, height, scale, theme, chartOptions.Value, out var settings, out _, out var error))
        {
            return Fail(StatusCodes.Status400BadRequest, error);
        }

        var chosen = ChartFormats.Parse(Format)!.Value;
        Settings = settings;
        Panel = Panel with { Selected = settings, SelectedFormat = chosen };
        DownloadUrl = Panel.Url(settings, chosen);
        FileName = Panel.FileName(settings, chosen);
        return Page();
    }

    private PageResult Fail(int status, string message)
    {
        Error = message;
        Response.StatusCode = status;
        return Page();
    }
}

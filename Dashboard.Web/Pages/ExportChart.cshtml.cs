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
public sealed class ExportChartModel(ChartResolver resolver, IOptions<ChartOptions> chartOptions) : PageModel
{
    public ExportPanel? Panel { get; private set; }
    public ExportSettings Settings { get; private set; } = ExportSettings.Default;
    public string Format { get; private set; } = "png";
    public string IndicatorName { get; private set; } = "";
    public string DownloadUrl { get; private set; } = "";
    public string FileName { get; private set; } = "";
    public string? Error { get; private set; }

    /// <summary>Whether <see cref="Error"/> comes from the chart selection's parser or resolver, which write English only.</summary>
    public bool ErrorInEnglish { get; private set; }

    public async Task<IActionResult> OnGetAsync(string? preset, string? width, string? height, string? scale, string? theme, string? format, CancellationToken ct)
    {
        // The chart itself (its data parameters) first: the panel needs it to show anything.
        // In the page's language unless the form names one (lang=): the image, its file and the panel's links.
        var language = Localization.Language.Current;
        var parsed = ChartSelectionParser.Parse(Request.Query, chartOptions.Value, new ChartSelection { Culture = language.Culture }, view: false);
        var resolution = await resolver.ResolveAsync(parsed.Selection, ct);
        if (resolution.Spec is not { } spec)
        {
            return resolution.IsNotFound
                ? Fail(StatusCodes.Status404NotFound, language.F("There is no chart '{0}'.", Request.Query["indicator"].ToString()))
                : Fail(StatusCodes.Status400BadRequest, string.Join(" ", resolution.Errors.Messages), english: true);
        }

        IndicatorName = spec.Title;
        Panel = ExportPanel.For(spec);
        if (!parsed.IsValid)
        {
            return Fail(StatusCodes.Status400BadRequest, string.Join(" ", parsed.Errors.Messages), english: true);
        }

        Format = string.IsNullOrEmpty(format) ? "png" : format.ToLowerInvariant();
        if (Format is not ("png" or "svg"))
        {
            return Fail(StatusCodes.Status400BadRequest, language.F("format '{0}' is not png or svg.", format));
        }

        var (settings, errors) = ExportSettings.Parse(preset, width, height, scale, theme, chartOptions.Value);
        if (errors.Any)
        {
            return Fail(StatusCodes.Status400BadRequest, errors.FirstMessage, english: true);
        }

        var chosen = ChartFormats.Parse(Format)!.Value;
        Settings = settings;
        Panel = Panel with { Selected = settings, SelectedFormat = chosen };
        DownloadUrl = Panel.Url(settings, chosen);
        FileName = Panel.FileName(settings, chosen);
        return Page();
    }

    private PageResult Fail(int status, string message, bool english = false)
    {
        Error = message;
        ErrorInEnglish = english;
        Response.StatusCode = status;
        return Page();
    }
}

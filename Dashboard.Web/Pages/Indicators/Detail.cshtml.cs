using Dashboard.Web.Charts;
using Dashboard.Web.Charts.Maps;
using Dashboard.Web.Charts.Selection;
using Dashboard.Web.Export;
using Dashboard.Web.Pages.Display;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Dashboard.Web.Pages.Indicators;

/// <summary>
/// One indicator: chart or map (<c>?kind=map</c>, period by <c>to</c>), the same data as a table (a page of <see cref="PageOptions.RowsPerPage"/> rows at a time,
/// <c>?page=N</c>; a bad page number is a 400 naming the parameter), notes, full citations and downloads.
/// </summary>
public sealed class DetailModel(IndicatorViewLoader loader, Security.PublicBaseUrl publicBaseUrl, MapSupport maps,
    Microsoft.Extensions.Options.IOptions<ChartOptions> options) : PageModel
{
    /// <summary>The query parameters this page reads besides <c>page</c>: the map and its period.</summary>
    private static readonly string[] ViewParameters = ["kind", "from", "to"];

    public IndicatorView View { get; private set; } = null!;

    public ChartFigure Chart { get; private set; } = null!;

    public ExportPanel Export { get; private set; } = null!;

    public EmbedCode Embed { get; private set; } = null!;

    public ChartViews Views { get; private set; } = null!;

    /// <summary>Problems with <c>kind</c>, <c>from</c> or <c>to</c> (400; the chart of all data is shown instead).</summary>
    public IReadOnlyList<string> ViewErrors { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(string? id, CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(id))
        {
            return NotFound();
        }

        // ?kind=map shows the map (of the latest period with data for most of the five, or to=); from/to narrow either view.
        var parsed = ChartSelectionParser.Parse(Request.Query.Where(q => ViewParameters.Contains(q.Key, StringComparer.OrdinalIgnoreCase)),
            options.Value, ChartSelection.Of(id), view: false);
        var selection = parsed.IsValid ? parsed.Selection : ChartSelection.Of(id);
        var path = "/indicators/" + Uri.EscapeDataString(id);
        var indicator = await loader.GetIndicatorAsync(id, ct);
        var mapProblem = indicator is null ? null : await maps.ProblemAsync(indicator, ct);
        var errors = parsed.Messages.ToList();
        if (selection.IsMap && mapProblem is not null)
        {
            errors.Add("kind: " + mapProblem);
            selection = selection with { Kind = null };
        }

        var number = TablePage.TryParseNumber(Request.Query[TablePage.Parameter], out var page, out var error) ? page : 1;
        var query = selection.Query(dataOnly: true);
        var view = indicator is null ? null : await loader.LoadAsync(selection, ct, number, query.Length == 0 ? path : path + "?" + query);
        if (view is null)
        {
            return NotFound();
        }

        if (error.Length > 0 || view.PageError is not null || errors.Count > 0)
        {
            view = view with { PageError = error.Length > 0 ? error : view.PageError };
            ViewErrors = errors;
            Response.StatusCode = StatusCodes.Status400BadRequest;
        }

        View = view;
        Chart = new ChartFigure { Selection = view.Selection, AltText = view.AltText, TableHref = "#data", TableLinkText = "Data table", DataVersion = view.Spec.DataVersion };
        Export = ExportPanel.For(view.Spec);
        Embed = EmbedCode.For(view.Spec, publicBaseUrl.For(Request));
        Views = ChartViews.For(path, (selection with { Kind = null }).Query(dataOnly: true), selection.IsMap, mapProblem ?? (indicator is null ? null : await maps.EmptyMapAsync(indicator, ct)));
        return Page();
    }
}

using Dashboard.Web.Charts;
using Dashboard.Web.Export;
using Dashboard.Web.Pages.Display;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Dashboard.Web.Pages.Indicators;

/// <summary>
/// One indicator: chart, the same data as a table (a page of <see cref="PageOptions.RowsPerPage"/> rows at a time,
/// <c>?page=N</c>; a bad page number is a 400 naming the parameter), notes, full citations and downloads.
/// </summary>
public sealed class DetailModel(IndicatorViewLoader loader, Security.PublicBaseUrl publicBaseUrl) : PageModel
{
    public IndicatorView View { get; private set; } = null!;

    public ChartFigure Chart { get; private set; } = null!;

    public ExportPanel Export { get; private set; } = null!;

    public EmbedCode Embed { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(string? id, CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(id))
        {
            return NotFound();
        }

        var number = TablePage.TryParseNumber(Request.Query[TablePage.Parameter], out var page, out var error) ? page : 1;
        var view = await loader.LoadAsync(ChartSelection.Of(id), ct, number, "/indicators/" + Uri.EscapeDataString(id));
        if (view is null)
        {
            return NotFound();
        }

        if (error.Length > 0 || view.PageError is not null)
        {
            view = view with { PageError = error.Length > 0 ? error : view.PageError };
            Response.StatusCode = StatusCodes.Status400BadRequest;
        }

        View = view;
        Chart = new ChartFigure { Selection = view.Selection, AltText = view.AltText, TableHref = "#data", TableLinkText = "Data table", DataVersion = view.Spec.DataVersion };
        Export = ExportPanel.For(view.Spec);
        Embed = EmbedCode.For(view.Spec, publicBaseUrl.For(Request));
        return Page();
    }
}

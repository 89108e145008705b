using Dashboard.Data.Queries;
using Dashboard.Web.Charts;
using Dashboard.Web.Charts.Selection;
using Dashboard.Web.Pages.Display;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Options;

namespace Dashboard.Web.Pages;

/// <summary>
/// <c>/embed/{id}?entities=…&amp;from=…&amp;to=…</c>: one chart with its title, values under the pointer, source line
/// with licences and a link to the full view, for other sites to frame (the only route that may be framed, see
/// <see cref="Security.SecurityHeadersMiddleware"/>). The selection is parsed by <see cref="ChartSelectionParser"/>;
/// a bad value gives 400 naming the parameter, an unknown indicator 404, both as small pages that fit a frame.
/// </summary>
public sealed class EmbedModel(IndicatorViewLoader loader, EntityQueries entities, IOptions<ChartOptions> options) : PageModel
{
    public IndicatorView? View { get; private set; }

    public ChartFigure? Chart { get; private set; }

    /// <summary>The page with the table, notes and full citations.</summary>
    public string FullViewUrl { get; private set; } = "/";

    /// <summary>Problems with the query, by parameter (400), or a missing indicator (404).</summary>
    public IReadOnlyList<string> Errors { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(string id, CancellationToken ct)
    {
        var parsed = ChartSelectionParser.Parse(Request.Query, options.Value, ChartSelection.Of(id), view: false);
        var errors = parsed.IsValid && (parsed.Selection.Entities.Count > 0 || parsed.Selection.Counterpart is not null)
            ? ChartSelectionParser.UnknownCodes(parsed.Selection, await entities.GetCodesAsync(ct))
            : parsed.Errors;
        if (errors is { Count: > 0 })
        {
            return Fail(StatusCodes.Status400BadRequest, errors.SelectMany(e => e.Value.Select(m => $"Parameter '{e.Key}': {m}")));
        }

        var selection = parsed.Selection.Normalized();
        View = await loader.LoadAsync(selection, ct);
        if (View is null)
        {
            return Fail(StatusCodes.Status404NotFound, ["There is no indicator with this id."]);
        }

        FullViewUrl = selection.PageUrl(View.Spec.Kind);
        Chart = new ChartFigure { Selection = selection, AltText = View.AltText, TableHref = FullViewUrl + "#data", TableLinkText = "Data table", DataVersion = View.Spec.DataVersion };
        return Page();
    }

    private PageResult Fail(int status, IEnumerable<string> errors)
    {
        Errors = errors.ToList();
        Response.StatusCode = status;
        return Page();
    }
}

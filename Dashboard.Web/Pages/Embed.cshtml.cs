using Dashboard.Web.Caching;
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
/// <see cref="Security.SecurityHeadersMiddleware"/>). The request is resolved by <see cref="ChartResolver"/>: a bad
/// value gives 400 naming the parameter, an unknown indicator 404, both as small pages that fit a frame.
/// </summary>
[DataPage]
public sealed class EmbedModel(ChartResolver resolver, IOptions<PageOptions> pageOptions) : PageModel
{
    public IndicatorView? View { get; private set; }

    public ChartFigure? Chart { get; private set; }

    /// <summary>The page with the table, notes and full citations.</summary>
    public string FullViewUrl { get; private set; } = "/";

    /// <summary>
    /// Problems with the query, by parameter (400; the chart selection's parser writes them in English only), or a
    /// missing indicator (404; no parameter).
    /// </summary>
    public IReadOnlyList<(string? Parameter, string Message)> Errors { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(string id, CancellationToken ct)
    {
        // The frame's language is its path's (/ru/embed/…): the chart, its links and the words around it.
        var language = Localization.Language.Current;
        var resolution = await resolver.ResolveAsync(ChartSelection.Of(id) with { Culture = language.Culture }, Request.Query, view: false, ct);
        if (resolution.Errors.Any)
        {
            return Fail(StatusCodes.Status400BadRequest, resolution.Errors.ByParameter.SelectMany(e => e.Value.Select(m => ((string?)e.Key, m))));
        }

        if (!resolution.IsFound)
        {
            return Fail(StatusCodes.Status404NotFound, [(null, language.T("There is no indicator with this id."))]);
        }

        View = IndicatorView.For(resolution, 1, pageOptions.Value.RowsPerPage);
        var selection = View.Selection.Normalized();
        FullViewUrl = selection.PageUrl(View.Spec.Kind);
        Chart = new ChartFigure { Selection = selection, AltText = View.AltText, TableHref = FullViewUrl + "#data", DataVersion = View.Spec.DataVersion };
        return Page();
    }

    private PageResult Fail(int status, IEnumerable<(string? Parameter, string Message)> errors)
    {
        Errors = errors.ToList();
        Response.StatusCode = status;
        return Page();
    }
}

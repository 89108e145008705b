using Dashboard.Web.Caching;
using Dashboard.Web.Charts;
using Dashboard.Web.Charts.Selection;
using Dashboard.Web.Export;
using Dashboard.Web.Pages.Display;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Options;

namespace Dashboard.Web.Pages.Indicators;

/// <summary>
/// One indicator: chart or map (<c>?kind=map</c>, period by <c>to</c>), the same data as a table (a page of
/// <see cref="PageOptions.RowsPerPage"/> rows at a time, <c>?page=N</c>), notes, full citations and downloads. A bad
/// <c>kind</c>, <c>from</c>, <c>to</c> or <c>page</c> is a 400 naming the parameter, with the chart of all data shown
/// instead; an unknown id a 404. The chart comes from <see cref="ChartResolver"/>, the page's one read of the store.
/// </summary>
[DataPage]
public sealed class DetailModel(ChartResolver resolver, Security.PublicBaseUrl publicBaseUrl, IOptions<PageOptions> pageOptions,
    Data.Queries.RevisionQueries revisions) : PageModel
{
    /// <summary>The query parameters this page reads besides <c>page</c>: the map and its period, and the day as published (asof).</summary>
    private static readonly string[] ViewParameters = ["kind", "from", "to", "asof"];

    public IndicatorView View { get; private set; } = null!;

    public ChartFigure Chart { get; private set; } = null!;

    public ExportPanel Export { get; private set; } = null!;

    public EmbedCode Embed { get; private set; } = null!;

    public ChartViews Views { get; private set; } = null!;

    /// <summary>The feeds that write this indicator and its latest revisions.</summary>
    public RevisionList Revisions { get; private set; } = null!;

    /// <summary>Problems with <c>kind</c>, <c>from</c> or <c>to</c> (400; the chart of all data is shown instead).</summary>
    public IReadOnlyList<string> ViewErrors { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(string? id, CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(id))
        {
            return NotFound();
        }

        // ?kind=map shows the map (of the latest period with data for most of the five, or to=); from/to narrow either view.
        var query = Request.Query.Where(q => ViewParameters.Contains(q.Key, StringComparer.OrdinalIgnoreCase));
        // The chart files, downloads and embed code in the reader's language (lang= in their URLs).
        var language = Localization.Language.Current;
        var start = ChartSelection.Of(id) with { Culture = language.Culture };
        var resolution = await resolver.ResolveAsync(start, query, view: false, ct);
        var errors = resolution.Errors;
        if (errors.Any)
        {
            // The view asked for cannot be shown: without the map when only kind is wrong, else the chart of all data;
            // with the reasons (400).
            resolution = errors.ByParameter.Keys.All(k => k == "kind")
                ? await resolver.ResolveAsync(start, query.Where(q => !string.Equals(q.Key, "kind", StringComparison.OrdinalIgnoreCase)), view: false, ct)
                : await resolver.ResolveAsync(start, ct);
        }

        if (!resolution.IsFound)
        {
            return NotFound();
        }

        var spec = resolution.Spec!;
        var selection = spec.Selection;
        // The page's own links: its language in the path, not in the query.
        var path = language.Path("/indicators/" + Uri.EscapeDataString(id));
        var dataQuery = (selection with { Culture = Localization.CldrCultures.English }).Query(dataOnly: true);
        var number = TablePage.TryParseNumber(Request.Query[TablePage.Parameter], out var page, out var pageError) ? page : 1;
        var view = IndicatorView.For(resolution, number, pageOptions.Value.RowsPerPage, dataQuery.Length == 0 ? path : path + "?" + dataQuery);
        if (pageError.Length > 0 || view.PageError is not null || errors.Any)
        {
            view = view with { PageError = pageError.Length > 0 ? pageError : view.PageError };
            ViewErrors = errors.Messages;
            Response.StatusCode = StatusCodes.Status400BadRequest;
        }

        View = view;
        Chart = new ChartFigure { Selection = selection, AltText = view.AltText, TableHref = "#data", DataVersion = spec.DataVersion };
        Export = ExportPanel.For(spec);
        Embed = EmbedCode.For(spec, publicBaseUrl.For(Request));
        Views = ChartViews.For(path, (selection with { Kind = null, Culture = Localization.CldrCultures.English }).Query(dataOnly: true), selection.IsMap, resolution.NoMapReason);
        // Most indicators have no history: the chart's read said so, and the page reads nothing more.
        var history = resolution.HasHistory
            ? await revisions.GetHistoryAsync(id, RevisionList.Shown, RevisionList.ChangesShown, ct)
            : Data.Model.IndicatorHistory.None;
        Revisions = new RevisionList(id, view.Indicator.Unit, history, code => spec.Name(code));
        return Page();
    }
}

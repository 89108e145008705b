using Dashboard.Data.Model;
using Dashboard.Data.Queries;
using Dashboard.Web.Caching;
using Dashboard.Web.Charts;
using Dashboard.Web.Charts.Selection;
using Dashboard.Web.Export;
using Dashboard.Web.Pages.Display;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Options;

namespace Dashboard.Web.Pages;

/// <summary>
/// Compare: pick an indicator, entities and a period range. The whole state lives in the query string, so every view
/// is a permalink; a submitted form is redirected to the canonical form of its URL (<c>entities=CHN,RUS</c>).
/// </summary>
[DataPage]
public sealed class CompareModel(IndicatorList list, ObservationQueries observations, ChartResolver resolver,
    IOptions<ChartOptions> options, IOptions<PageOptions> pageOptions, Security.PublicBaseUrl publicBaseUrl) : PageModel
{
    public IReadOnlyList<IndicatorListItem> Comparable { get; private set; } = [];

    public IReadOnlyList<Entity> Entities { get; private set; } = [];

    public CompareRequest State { get; private set; } = new();

    public IndicatorListItem? Indicator { get; private set; }

    /// <summary>Codes that appear as entity or counterpart in the indicator's observations (whatever the selection).</summary>
    public IReadOnlySet<string> EntitiesWithData { get; private set; } = new HashSet<string>();

    /// <summary>Periods of the indicator, for the from/to lists (at most <see cref="PageOptions.MaxPeriodChoices"/>, the earliest).</summary>
    public IReadOnlyList<Period> Periods { get; private set; } = [];

    public IndicatorView? View { get; private set; }

    public ChartFigure? Chart { get; private set; }

    public ExportPanel? Export { get; private set; }

    public EmbedCode? Embed { get; private set; }

    public string Permalink { get; private set; } = "/compare";

    public ChartViews? Views { get; private set; }

    /// <summary>
    /// Four reads of the store at most: the data version (the page cache's key), the indicator list with the entities,
    /// the chosen indicator's codes and periods for the form, and the chart (<see cref="ChartResolver"/>, one snapshot).
    /// </summary>
    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        var (all, entities) = await list.GetWithEntitiesAsync(ct);
        Comparable = all.Where(i => i.ChartKind is not ("timeline" or "table")).ToList();
        Entities = entities.Select(e => e with { Name = Localization.Language.Current.Country(e.Code, e.Name) }).ToList();
        State = CompareRequest.Parse(
            HttpContext.Request.Query,
            options.Value,
            Comparable.Select(i => i.Id).ToHashSet(StringComparer.Ordinal),
            all.Except(Comparable).Select(i => i.Id).ToHashSet(StringComparer.Ordinal),
            Entities.Select(e => e.Code).ToHashSet(StringComparer.Ordinal));

        var indicatorId = State.IndicatorId is { } id && Comparable.Any(i => i.Id == id) ? id : DefaultIndicator()?.Id;
        Indicator = Comparable.FirstOrDefault(i => i.Id == indicatorId);
        if (Indicator is null)
        {
            return Page();
        }

        // Asked of the store directly: the indicator may hold far more rows than a chart reads.
        var choices = await observations.GetChoicesAsync(Indicator.Id, pageOptions.Value.MaxPeriodChoices, ct);
        EntitiesWithData = choices.CodesWithData;
        Periods = choices.Periods;

        if (!State.IsValid)
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }

        // A submitted form repeats entities=…&entities=… and sends empty fields; its canonical URL is the permalink.
        var canonical = State.CanonicalQuery;
        var language = Localization.Language.Current;
        var raw = HttpContext.Request.QueryString.Value ?? "";
        if (raw.Length > 1 && raw != "?" + canonical)
        {
            return Redirect(language.Path("/compare") + (canonical.Length > 0 ? "?" + canonical : ""));
        }

        // The page's links keep its language in the path; the chart files, downloads and embed code carry it as lang=.
        var selection = State.Selection with { Indicator = Indicator.Id };
        var resolution = await resolver.ResolveAsync(selection with { Culture = language.Culture }, ct);
        if (resolution.Errors.Any)
        {
            State = State with { Errors = resolution.Errors.Messages, EnglishErrors = resolution.Errors.Messages };
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }

        if (!resolution.IsFound)
        {
            return NotFound();
        }

        Views = ChartViews.For(language.Path("/compare") + "?indicator=" + Uri.EscapeDataString(Indicator.Id), (selection with { Kind = null }).Query(dataOnly: true),
            selection.IsMap, resolution.NoMapReason);
        Permalink = language.Path("/compare") + "?" + (State with { Selection = selection }).SelectionQuery;
        View = IndicatorView.For(resolution, State.Page, pageOptions.Value.RowsPerPage, Permalink);
        if (View.PageError is not null)
        {
            State = State with { Errors = [View.PageError] };
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }

        Chart = new ChartFigure { Selection = selection with { Culture = language.Culture }, AltText = View.AltText, TableHref = "#data", DataVersion = View.Spec.DataVersion };
        Export = ExportPanel.For(View.Spec);
        Embed = EmbedCode.For(View.Spec, publicBaseUrl.For(Request));
        return Page();
    }

    /// <summary>Whether an entity's box is ticked: the ones asked for, or, when none are, every entity with data.</summary>
    public bool IsChecked(string code) =>
        State.Selection.Entities.Count > 0 ? State.Selection.Entities.Contains(code) : EntitiesWithData.Contains(code);

    /// <summary>With no indicator asked for, the comparable indicator with the most observations.</summary>
    private IndicatorListItem? DefaultIndicator() =>
        Comparable.Where(i => i.Count > 0).OrderByDescending(i => i.Count).FirstOrDefault() ?? (Comparable.Count > 0 ? Comparable[0] : null);
}

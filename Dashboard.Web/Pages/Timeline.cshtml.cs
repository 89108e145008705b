using Dashboard.Data.Model;
using Dashboard.Data.Queries;
using Dashboard.Web.Caching;
using Dashboard.Web.Charts.Selection;
using Dashboard.Web.Pages.Display;
using Dashboard.Web.Text;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Dashboard.Web.Pages;

/// <summary>Dated events, filterable by actor and dimension through the query string (<c>/timeline?actor=CHN&amp;dimension=military</c>).</summary>
[DataPage]
public sealed class TimelineModel(EventQueries events, EntityQueries entities, SourceQueries sources, IndicatorQueries indicators, DataTextQueries dataTexts) : PageModel
{
    public static readonly IReadOnlyList<string> Dimensions = ["military", "economic", "political", "technology"];

    public string? Actor { get; private set; }

    public string? Dimension { get; private set; }

    public IReadOnlyList<Entity> Actors { get; private set; } = [];

    public IReadOnlyList<string> Errors { get; private set; } = [];

    public EventList List { get; private set; } = null!;

    public int TotalCount { get; private set; }

    /// <summary>The timeline indicator whose page has the chart of all events, if there is one.</summary>
    public Indicator? TimelineIndicator { get; private set; }

    public async Task<IActionResult> OnGetAsync(string? actor, string? dimension, CancellationToken ct)
    {
        var entityMap = (await entities.GetEntitiesAsync(ct)).ToDictionary(e => e.Code, StringComparer.Ordinal);
        var sourceMap = (await sources.GetSourcesAsync(ct)).ToDictionary(s => s.Id, StringComparer.Ordinal);
        var language = Localization.Language.Current;
        string Name(string? code) => code is null ? "" : entityMap.TryGetValue(code, out var e) ? language.Country(e.Code, e.Name) : code;
        string Label(string id) => sourceMap.TryGetValue(id, out var s) ? SourceCitation.AuthorYear(s.Citation) : id;
        var all = await events.GetEventsAsync(ct: ct);
        TotalCount = all.Count;
        TimelineIndicator = (await indicators.GetIndicatorsAsync(ct)).FirstOrDefault(i => i.ChartKind == "timeline");
        Actors = all.Select(e => e.ActorCode).Distinct(StringComparer.Ordinal)
            .Select(code => entityMap.TryGetValue(code, out var e) ? e with { Name = language.Country(e.Code, e.Name) } : new Entity { Code = code, Name = code })
            .OrderBy(e => e.Name, language.IsEnglish ? StringComparer.Ordinal : StringComparer.Create(System.Globalization.CultureInfo.GetCultureInfo(language.Culture), ignoreCase: false))
            .ToList();

        actor = string.IsNullOrWhiteSpace(actor) ? null : actor.Trim();
        dimension = string.IsNullOrWhiteSpace(dimension) ? null : dimension.Trim();
        var errors = new List<string>();
        if (actor is not null && !Actors.Any(a => a.Code == actor))
        {
            errors.Add(Localization.Language.Current.F("actor: '{0}' is not an actor of any event (choose one of {1}).", Truncate(actor), string.Join(", ", Actors.Select(a => a.Code))));
        }

        if (dimension is not null && !Dimensions.Contains(dimension))
        {
            errors.Add(Localization.Language.Current.F("dimension: '{0}' is not a dimension (choose one of {1}).", Truncate(dimension), string.Join(", ", Dimensions)));
        }

        Errors = errors;
        if (errors.Count > 0)
        {
            List = new EventList([], Name, Label);
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }

        Actor = actor;
        Dimension = dimension;
        var shown = actor is null && dimension is null ? all : await events.GetEventsAsync(actor: actor, dimension: dimension, ct: ct);

        // Event titles in the reader's language where data/i18n has them (English otherwise).
        var texts = language.IsEnglish ? new Dictionary<string, string>() : await dataTexts.GetAsync(language.Culture, ct);
        List = new EventList(shown.Select(e => DataTexts.Translate(e, texts)).ToList(), Name, Label);
        return Page();
    }

    private static string Truncate(string s) => s.Length <= 40 ? s : s[..40] + "…";
}

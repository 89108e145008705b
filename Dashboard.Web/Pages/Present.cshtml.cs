using System.Globalization;
using Dashboard.Data.Queries;
using Dashboard.Web.Caching;
using Dashboard.Web.Charts;
using Dashboard.Web.Charts.Selection;
using Dashboard.Web.Charts.Styling;
using Dashboard.Web.Export;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Options;

namespace Dashboard.Web.Pages;

/// <summary>
/// Presentation mode: <c>/present?deck=paper</c> or <c>/present?charts=a,b&amp;theme=projector&amp;reveal=a</c>.
/// The server renders every slide (the current one visible) with plain previous/next links, so a deck works without
/// JavaScript and any step is a permalink (<c>slide=N</c>, <c>revealed=1</c>); present.js adds keys and full screen.
/// "PowerPoint" downloads the same deck as a .pptx (<see cref="DeckUrl"/>).
/// </summary>
[DataPage]
public sealed class PresentModel(ChartResolver resolver, IOptions<ExportOptions> exportOptions, IOptions<ChartOptions> chartOptions) : PageModel
{
    public string DeckTitle { get; private set; } = "";
    public IReadOnlyList<PresentStep> Slides { get; private set; } = [];
    public int Current { get; private set; }
    public bool Revealed { get; private set; }
    public ChartTheme Theme { get; private set; } = ChartTheme.Projector;
    public ExportPreset Preset { get; private set; } = ExportPreset.Slide16x9;

    /// <summary>The deck's query string without the position, e.g. <c>deck=paper&amp;theme=projector</c>.</summary>
    public string BaseQuery { get; private set; } = "";

    public async Task<IActionResult> OnGetAsync(string? theme, string? preset, string? reveal, string? slide, string? revealed, CancellationToken ct)
    {
        var chosenTheme = string.IsNullOrEmpty(theme) ? ChartTheme.Projector : ChartTheme.Find(theme);
        if (chosenTheme is null)
        {
            return Problem400(L.F("theme '{0}' is not one of: {1}.", theme, string.Join(", ", ChartTheme.All.Select(t => t.Name))));
        }

        Theme = chosenTheme;

        var size = string.IsNullOrEmpty(preset) ? ExportPreset.Slide16x9 : ExportPreset.Find(preset);
        if (size is null)
        {
            return Problem400(L.F("preset '{0}' is not one of: {1}.", preset, string.Join(", ", ExportPreset.All.Select(p => p.Id))));
        }

        Preset = size;
        var (chosen, errors) = DeckChoice.Parse(Request.Query, exportOptions.Value, chartOptions.Value, DeckCatalog.Find(DeckCatalog.DefaultDeckId));
        if (chosen is null)
        {
            return Problem400(errors.Messages[0]);
        }

        // The slides' images and links in the reader's language (lang= on the images, the prefix on the pages).
        chosen = chosen.WithReveal(reveal);
        chosen = chosen.In(L);
        var resolution = await DeckResolution.ResolveAsync(chosen, resolver, ct);
        if (resolution.UnknownChart is { } unknown)
        {
            return NotFoundMessage(L.F("There is no chart '{0}'.", unknown));
        }

        if (resolution.Errors.Any)
        {
            return Problem400(resolution.Errors.Messages[0]);
        }

        var slides = PresentStep.Plan(resolution.Items, size, Theme);

        if (slides.Count == 0)
        {
            return Problem400(L.T("the deck has no slides."));
        }

        Slides = slides;
        DeckTitle = chosen.Title;
        if (!string.IsNullOrEmpty(slide))
        {
            if (!int.TryParse(slide, NumberStyles.None, CultureInfo.InvariantCulture, out var n) || n < 1 || n > slides.Count)
            {
                return Problem400(L.F("slide '{0}' is not a slide number from 1 to {1}.", slide, slides.Count));
            }

            Current = n - 1;
        }

        Revealed = revealed == "1" && Slides[Current].HasReveal;
        BaseQuery = string.Join('&', Request.Query
            .Where(q => q.Key is not ("slide" or "revealed"))
            .Select(q => Uri.EscapeDataString(q.Key) + "=" + Uri.EscapeDataString(q.Value.ToString())));
        return Page();
    }

    /// <summary>URL of a step of the deck: slide index (0-based) and whether its latest period is shown.</summary>
    public string StepUrl(int index, bool revealedStep)
    {
        var query = BaseQuery.Length > 0 ? BaseQuery + "&" : "";
        return L.Path("/present") + "?" + query + "slide=" + (index + 1).ToString(CultureInfo.InvariantCulture) + (revealedStep ? "&revealed=1" : "");
    }

    /// <summary>
    /// This deck as a PowerPoint file: the same deck, reveal choice, theme and preset
    /// (<c>/export/deck.pptx?deck=paper&amp;theme=projector&amp;preset=slide-16x9</c>); with <paramref name="steps"/>
    /// each predict-then-reveal slide becomes two slides.
    /// </summary>
    public string DeckUrl(bool steps)
    {
        var query = Request.Query
            .Where(q => q.Key is not ("slide" or "revealed" or "theme" or "preset"))
            .SelectMany(q => q.Value.Select(v => Uri.EscapeDataString(q.Key) + "=" + Uri.EscapeDataString(v ?? "")))
            .ToList();
        if (!Request.Query.ContainsKey("deck") && !Request.Query.ContainsKey("charts"))
        {
            query.Insert(0, "deck=" + DeckCatalog.DefaultDeckId);
        }

        query.Add("theme=" + Theme.Name);
        query.Add("preset=" + Preset.Id);
        if (steps)
        {
            query.Add("steps=1");
        }

        return L.Path("/export/deck.pptx") + "?" + string.Join('&', query);
    }

    /// <summary>The step after (index, revealed), or null at the end: a hidden period is revealed before moving on.</summary>
    public (int Index, bool Revealed)? Next(int index, bool revealedStep)
    {
        if (Slides[index].HasReveal && !revealedStep)
        {
            return (index, true);
        }

        return index + 1 < Slides.Count ? (index + 1, false) : null;
    }

    /// <summary>The step before (index, revealed), or null at the start: undoes a reveal before moving back.</summary>
    public (int Index, bool Revealed)? Previous(int index, bool revealedStep)
    {
        if (Slides[index].HasReveal && revealedStep)
        {
            return (index, false);
        }

        return index > 0 ? (index - 1, Slides[index - 1].HasReveal) : null;
    }

    private static Localization.Language L => Localization.Language.Current;

    private static ContentResult Problem400(string message) =>
        new() { StatusCode = StatusCodes.Status400BadRequest, ContentType = "text/plain; charset=utf-8", Content = L.F("Cannot show this deck: {0}", message) };

    private static ContentResult NotFoundMessage(string message) =>
        new() { StatusCode = StatusCodes.Status404NotFound, ContentType = "text/plain; charset=utf-8", Content = message };
}

using Dashboard.Web.Charts;
using Dashboard.Web.Charts.Selection;
using Dashboard.Web.Charts.Styling;
using Dashboard.Web.Decks;

namespace Dashboard.Web.Export;

/// <summary>
/// How a PowerPoint deck is made: picture or native chart slides, the chart theme (pictures, slide background and text
/// of the dark theme, larger text of the projector theme), the slide size (from the preset: <c>slide-4x3</c> gives 4:3,
/// every other preset 16:9, because the others are image shapes, not slide shapes; a template brings its own), whether
/// predict-then-reveal items become two slides each (<c>steps=1</c>), the briefer's template and whether native charts
/// take the template's colours (<c>palette=template</c>).
/// </summary>
public sealed record PptxSettings(PptxChartStyle Style, ChartTheme Theme, PptxSlideSize SlideSize, bool Steps)
{
    public static PptxSettings Default { get; } = new(PptxChartStyle.Picture, ChartTheme.Light, PptxSlideSize.Widescreen16x9, false);

    /// <summary>The briefer's template, or null for the built-in masters.</summary>
    public PptxTemplate? Template { get; init; }

    /// <summary>Native chart series in the template's accent colours instead of the dashboard's.</summary>
    public bool TemplatePalette { get; init; }

    /// <summary>1× pixel width of a slide: the slide preset's (1920 for 16:9, 1600 for 4:3; a template's slides are read as 1920 wide).</summary>
    public int SlideWidthPixels => Template is null && SlideSize == PptxSlideSize.Standard4x3 ? ExportPreset.Slide4x3.Width : ExportPreset.Slide16x9.Width;

    /// <summary>"16x9" or "4x3", for file names ("template" with a template: its size is its own).</summary>
    public string SizeLabel => Template is not null ? "template" : SlideSize == PptxSlideSize.Standard4x3 ? "4x3" : "16x9";

    /// <summary>What the theme does to slides: the dark theme's background and text, the projector theme's larger text.</summary>
    public PptxLook Look
    {
        get
        {
            var look = Theme.IsDark
                ? new PptxLook
                {
                    BackgroundHex = Hex(Theme.Background),
                    TextHex = Hex(Theme.Foreground),
                    MutedHex = Hex(Theme.Muted),
                    GridHex = Hex(Theme.Grid),
                    AxisHex = Hex(Theme.Axis),
                }
                : PptxLook.Default;
            return look with { TextScale = Theme.TickLabelSize / ChartTheme.Light.TickLabelSize, ThemeColors = TemplatePalette };
        }
    }

    /// <summary>
    /// Parses <c>slides</c> (picture, the default, or native), <c>steps</c> (1/true or 0/false, default 0) and
    /// <c>palette</c> (dashboard, the default, or template) over the already parsed <paramref name="export"/> choice
    /// (preset and theme); <paramref name="template"/> is the template already read, if one was chosen. Errors say
    /// what is allowed, by parameter.
    /// </summary>
    public static (PptxSettings Settings, ParameterErrors Errors) Parse(string? slides, string? steps, string? palette, ExportSettings export, PptxTemplate? template = null)
    {
        var style = slides?.Trim().ToLowerInvariant() switch
        {
            null or "" or "picture" => PptxChartStyle.Picture,
            "native" => PptxChartStyle.Native,
            _ => (PptxChartStyle?)null,
        };
        if (style is null)
        {
            return (Default, ParameterErrors.Of("slides", $"'slides' must be picture or native; got '{DeckChoice.Shorten(slides!)}'. (The list of charts is 'charts'.)"));
        }

        bool? stepped = steps?.Trim().ToLowerInvariant() switch
        {
            null or "" or "0" or "false" => false,
            "1" or "true" => true,
            _ => null,
        };
        if (stepped is null)
        {
            return (Default, ParameterErrors.Of("steps", $"'steps' must be 1 (predict and reveal as two slides) or 0; got '{DeckChoice.Shorten(steps!)}'."));
        }

        bool? templatePalette = palette?.Trim().ToLowerInvariant() switch
        {
            null or "" or "dashboard" => false,
            "template" => true,
            _ => null,
        };
        if (templatePalette is null)
        {
            return (Default, ParameterErrors.Of("palette", $"'palette' must be dashboard (the dashboard's China/Russia colours) or template; got '{DeckChoice.Shorten(palette!)}'."));
        }

        if (templatePalette.Value && template is null)
        {
            return (Default, ParameterErrors.Of("palette", "'palette=template' takes the colours of a template: choose one with 'template=' (or post it as the 'template' file)."));
        }

        var size = export.Preset == ExportPreset.Slide4x3 ? PptxSlideSize.Standard4x3 : PptxSlideSize.Widescreen16x9;
        return (new PptxSettings(style.Value, export.Theme, size, stepped.Value) { Template = template, TemplatePalette = templatePalette.Value }, ParameterErrors.None);
    }

    /// <summary>
    /// <c>steps=1</c> needs something to step through: an item marked with <c>reveal</c> that has a period to hide.
    /// The error says why when none does.
    /// </summary>
    public ParameterErrors CheckSteps(IReadOnlyList<ResolvedItem> items)
    {
        if (!Steps || items.Any(i => DeckReveal.PredictStop(i.Item, i.Spec) is not null))
        {
            return ParameterErrors.None;
        }

        var marked = items.Where(i => i.Item.Reveal).Select(i => i.Item.Indicator).ToList();
        return ParameterErrors.Of("steps", marked.Count == 0
            ? "'steps=1' makes a predict slide before each chart marked for reveal, and none is: add 'reveal=all' or 'reveal=chart-id,…' (or leave out 'steps')."
            : $"'steps=1': none of the charts marked for reveal ({string.Join(", ", marked.Take(5))}) has an earlier period to stop at (one period only, or a timeline, table or map).");
    }

    private static string Hex(ScottPlot.Color color) => FormattableString.Invariant($"{color.R:X2}{color.G:X2}{color.B:X2}");
}

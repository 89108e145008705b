using Dashboard.Web.Charts;
using Dashboard.Web.Charts.Selection;
using Dashboard.Web.Charts.Styling;
using Dashboard.Web.Decks;

namespace Dashboard.Web.Export;

/// <summary>
/// How a PowerPoint deck is made: picture or native chart slides, the theme of its pictures, the slide size (from the
/// preset: <c>slide-4x3</c> gives 4:3, every other preset 16:9, because the others are image shapes, not slide
/// shapes) and whether predict-then-reveal slides become two slides each (<c>steps=1</c>).
/// </summary>
public sealed record DeckFileSettings(DeckChartStyle Style, ChartTheme Theme, DeckSlideSize SlideSize, bool Steps)
{
    public static DeckFileSettings Default { get; } = new(DeckChartStyle.Picture, ChartTheme.Light, DeckSlideSize.Widescreen16x9, false);

    /// <summary>1× pixel width of a slide: the slide preset's (1920 for 16:9, 1600 for 4:3).</summary>
    public int SlideWidthPixels => SlideSize == DeckSlideSize.Standard4x3 ? ExportPreset.Slide4x3.Width : ExportPreset.Slide16x9.Width;

    /// <summary>Pictures fill the slide's chart area exactly, at twice its pixels (crisp on a projector).</summary>
    public ChartSize PictureSize
    {
        get
        {
            var (width, height) = PptxDeckWriter.PictureSize(SlideSize, SlideWidthPixels);
            return new ChartSize(width, height, 2);
        }
    }

    /// <summary>"16x9" or "4x3", for file names.</summary>
    public string SizeLabel => SlideSize == DeckSlideSize.Standard4x3 ? "4x3" : "16x9";

    /// <summary>
    /// Parses <c>slides</c> (picture, the default, or native) and <c>steps</c> (1/true or 0/false, default 0) over the
    /// already parsed <paramref name="export"/> choice (preset and theme). On failure <paramref name="parameter"/> names
    /// the parameter and <paramref name="error"/> says what is allowed.
    /// </summary>
    public static bool TryParse(string? slides, string? steps, ExportSettings export, out DeckFileSettings settings, out string parameter, out string error)
    {
        settings = Default;
        (parameter, error) = ("", "");
        var style = slides?.Trim().ToLowerInvariant() switch
        {
            null or "" or "picture" => DeckChartStyle.Picture,
            "native" => DeckChartStyle.Native,
            _ => (DeckChartStyle?)null,
        };
        if (style is null)
        {
            (parameter, error) = ("slides", $"'slides' must be picture or native; got '{DeckChoice.Shorten(slides!)}'. (The list of charts is 'charts'.)");
            return false;
        }

        bool? stepped = steps?.Trim().ToLowerInvariant() switch
        {
            null or "" or "0" or "false" => false,
            "1" or "true" => true,
            _ => null,
        };
        if (stepped is null)
        {
            (parameter, error) = ("steps", $"'steps' must be 1 (predict and reveal as two slides) or 0; got '{DeckChoice.Shorten(steps!)}'.");
            return false;
        }

        var size = export.Preset == ExportPreset.Slide4x3 ? DeckSlideSize.Standard4x3 : DeckSlideSize.Widescreen16x9;
        settings = new DeckFileSettings(style.Value, export.Theme, size, stepped.Value);
        return true;
    }
}

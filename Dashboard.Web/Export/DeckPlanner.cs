using Dashboard.Data.Model;
using Dashboard.Web.Charts;
using Dashboard.Web.Charts.Model;
using Dashboard.Web.Charts.Selection;
using Dashboard.Web.Charts.Styling;

namespace Dashboard.Web.Export;

/// <summary>
/// Turns a <see cref="Deck"/> into slides with image URLs at a preset and theme. A slide marked for predict-then-reveal
/// gets a second image that stops at the period before the latest (when its data has at least two periods).
/// </summary>
public static class DeckPlanner
{
    /// <summary>The slides of a deck whose charts are resolved.</summary>
    public static IReadOnlyList<PresentationSlide> Plan(IReadOnlyList<DeckChart> charts, ExportPreset preset, ChartTheme theme)
    {
        var slides = new List<PresentationSlide>(charts.Count);
        foreach (var (slide, spec) in charts)
        {
            var chart = slide.Chart.Normalized() with { Size = new ChartSize(preset.Width, preset.Height), Theme = theme, Format = ChartFormat.Png };
            var periods = RevealOrder(spec);
            var hideAfter = PredictStop(slide, spec);
            var reveal = hideAfter is not null;
            slides.Add(new PresentationSlide(
                slides.Count + 1,
                slide.Heading,
                spec.Title,
                chart.Url(dataVersion: spec.DataVersion),
                reveal ? (chart with { To = hideAfter }).Url(dataVersion: spec.DataVersion) : null,
                reveal ? hideAfter!.Value.Label : null,
                reveal ? RevealText(periods, hideAfter!.Value) : null,
                spec.Footer.Text,
                slide.Chart.PageUrl(spec.Kind)));
        }

        return slides;
    }

    /// <summary>
    /// Where a slide's predict step stops, or null when the slide does not predict then reveal: not asked, a timeline or
    /// table, or nothing to hide (see <see cref="PredictUpTo"/>). Present mode and PowerPoint decks share it.
    /// </summary>
    public static Period? PredictStop(DeckSlide slide, ChartSpec spec) =>
        slide.Reveal && spec.Kind is not (ChartKind.Timeline or ChartKind.Table or ChartKind.Map) ? PredictUpTo(slide, RevealOrder(spec)) : null;

    /// <summary>The periods of a chart in the order a reveal uncovers them: by end, then start.</summary>
    public static IReadOnlyList<Period> RevealOrder(ChartSpec spec) =>
        spec.Periods.OrderBy(p => p.End).ThenBy(p => p.Start).ToList();

    /// <summary>
    /// Where the predict image stops: the slide's <see cref="DeckSlide.PredictTo"/>, else the period before the latest;
    /// null when nothing would be left to reveal (or nothing to show before it).
    /// </summary>
    public static Period? PredictUpTo(DeckSlide slide, IReadOnlyList<Period> periods)
    {
        if (slide.PredictTo is null)
        {
            return periods.Count >= 2 ? periods[^2] : null;
        }

        var stop = Period.Parse(slide.PredictTo);
        var shown = periods.Count(p => p.End <= stop.End);
        return shown > 0 && shown < periods.Count ? stop : null;
    }

    /// <summary>"2015–2019" when one period is hidden, "Dec 2009 to Jun 2026" when several are.</summary>
    public static string RevealText(IReadOnlyList<Period> periods, Period stop)
    {
        var hidden = periods.Where(p => p.End > stop.End).ToList();
        return hidden.Count == 1 ? hidden[0].Label : hidden[0].Label + " to " + hidden[^1].Label;
    }
}

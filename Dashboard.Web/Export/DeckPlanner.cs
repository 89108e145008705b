using Dashboard.Data.Model;
using Dashboard.Web.Charts;
using Dashboard.Web.Endpoints;

namespace Dashboard.Web.Export;

/// <summary>
/// Turns a <see cref="Deck"/> into slides with image URLs at a preset and theme. A slide marked for predict-then-reveal
/// gets a second image that stops at the period before the latest (when its data has at least two periods).
/// </summary>
public sealed class DeckPlanner(ChartSpecFactory factory)
{
    /// <summary>The slides, or the id of the first indicator that does not exist.</summary>
    public async Task<(IReadOnlyList<PresentationSlide> Slides, string? UnknownIndicator)> PlanAsync(
        Deck deck, ExportPreset preset, ChartTheme theme, CancellationToken ct)
    {
        var slides = new List<PresentationSlide>(deck.Slides.Count);
        foreach (var slide in deck.Slides)
        {
            var query = new ChartQuery
            {
                Entities = slide.Entities,
                From = slide.From is null ? null : Period.Parse(slide.From),
                To = slide.To is null ? null : Period.Parse(slide.To),
                Width = preset.Width,
                Height = preset.Height,
                Theme = theme,
            };
            var data = await factory.CreateAsync(slide.Indicator, query.Request, ct);
            if (data is null)
            {
                return ([], slide.Indicator);
            }

            var facts = ChartFacts.From(data, slide.Entities);
            var hideAfter = PredictUpTo(slide, facts);
            var reveal = slide.Reveal && hideAfter is not null && data.Spec.Kind is not (ChartKind.Timeline or ChartKind.Table);
            var predict = reveal ? query with { To = hideAfter } : null;
            slides.Add(new PresentationSlide(
                slides.Count + 1,
                slide.Heading,
                data.Spec.Title,
                query.Path(slide.Indicator, ChartFormat.Png),
                predict?.Path(slide.Indicator, ChartFormat.Png),
                reveal ? hideAfter!.Value.Label : null,
                reveal ? RevealText(facts, hideAfter!.Value) : null,
                SourceLine(data.Spec),
                ChartExporter.PagePath(new ExportPanelRequest(slide.Indicator, slide.Entities, slide.From, slide.To), data.Spec.Kind)));
        }

        return (slides, null);
    }

    /// <summary>
    /// Where the predict image stops: the slide's <see cref="DeckSlide.PredictTo"/>, else the period before the latest;
    /// null when nothing would be left to reveal (or nothing to show before it).
    /// </summary>
    public static Period? PredictUpTo(DeckSlide slide, ChartFacts facts)
    {
        if (slide.PredictTo is null)
        {
            return facts.PeriodBeforeLatest;
        }

        var stop = Period.Parse(slide.PredictTo);
        var shown = facts.Periods.Count(p => p.End <= stop.End);
        return shown > 0 && shown < facts.Periods.Count ? stop : null;
    }

    /// <summary>"2015–2019" when one period is hidden, "Dec 2009 to Jun 2026" when several are.</summary>
    public static string RevealText(ChartFacts facts, Period stop)
    {
        var hidden = facts.Periods.Where(p => p.End > stop.End).ToList();
        return hidden.Count == 1 ? hidden[0].Label : hidden[0].Label + " to " + hidden[^1].Label;
    }

    /// <summary>The chart's own footer ("Source: Kalkan Küçüksolak &amp; Fırat (2023), citing Zanini 2022, p. 2 · …").</summary>
    public static string SourceLine(ChartSpec spec) => spec.Footer;
}

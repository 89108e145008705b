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
            var reveal = slide.Reveal && facts.PeriodBeforeLatest is not null && data.Spec.Kind is not (ChartKind.Timeline or ChartKind.Table);
            var predict = reveal ? query with { To = facts.PeriodBeforeLatest } : null;
            slides.Add(new PresentationSlide(
                slides.Count + 1,
                slide.Heading,
                data.Spec.Title,
                query.Path(slide.Indicator, ChartFormat.Png),
                predict?.Path(slide.Indicator, ChartFormat.Png),
                reveal ? facts.PeriodBeforeLatest!.Value.Label : null,
                reveal ? facts.LatestPeriod!.Value.Label : null,
                SourceLine(data.Spec),
                ChartExporter.PagePath(new ExportPanelRequest(slide.Indicator, slide.Entities, slide.From, slide.To), data.Spec.Kind)));
        }

        return (slides, null);
    }

    /// <summary>The chart's own footer ("Source: Kalkan Küçüksolak &amp; Fırat (2023), citing Zanini 2022, p. 2 · …").</summary>
    public static string SourceLine(ChartSpec spec) => spec.Footer;
}

using Dashboard.Data.Model;

namespace Dashboard.Web.Export;

/// <summary>
/// Turns a <see cref="Deck"/> into slides with image URLs at a preset and theme. A slide marked for predict-then-reveal
/// gets a second image that stops at the period before the latest (when the data has at least two periods).
/// </summary>
public sealed class DeckPlanner(ChartFactsReader facts)
{
    /// <summary>The slides, or the id of the first indicator that does not exist.</summary>
    public async Task<(IReadOnlyList<PresentationSlide> Slides, string? UnknownIndicator)> PlanAsync(
        Deck deck, ExportPreset preset, string theme, CancellationToken ct)
    {
        var slides = new List<PresentationSlide>(deck.Slides.Count);
        foreach (var slide in deck.Slides)
        {
            Period? from = slide.From is null ? null : Period.Parse(slide.From);
            Period? to = slide.To is null ? null : Period.Parse(slide.To);
            var f = await facts.ReadAsync(slide.Indicator, slide.Entities, from, to, ct);
            if (f is null)
            {
                return ([], slide.Indicator);
            }

            var link = new ChartLink(slide.Indicator, slide.Entities, slide.From, slide.To, preset.Width, preset.Height, 1, theme);
            var reveal = slide.Reveal && f.PeriodBeforeLatest is not null && f.Indicator.ChartKind is not ("timeline" or "table");
            var predict = reveal ? link with { To = f.PeriodBeforeLatest!.Value.Text } : null;
            slides.Add(new PresentationSlide(
                slides.Count + 1,
                slide.Heading,
                f.Indicator.Name,
                link.Url("png"),
                predict?.Url("png"),
                reveal ? f.PeriodBeforeLatest!.Value.Label : null,
                reveal ? f.LatestPeriod!.Value.Label : null,
                SourceLine(f),
                "/indicators/" + Uri.EscapeDataString(slide.Indicator)));
        }

        return (slides, null);
    }

    /// <summary>"Source: Author (Year); Author (Year)" — the short form of each cited reference.</summary>
    public static string SourceLine(ChartFacts facts) =>
        facts.Sources.Count == 0
            ? "Source: see the indicator page"
            : "Source: " + string.Join("; ", facts.Sources.Select(s => ShortCitation(s.Citation)));

    /// <summary>The citation up to its year in brackets ("Zanini, A. (2022)"), or all of it when it has none.</summary>
    public static string ShortCitation(string citation)
    {
        var close = citation.IndexOf(").", StringComparison.Ordinal);
        return close > 0 ? citation[..(close + 1)] : citation;
    }
}

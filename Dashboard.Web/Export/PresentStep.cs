using Dashboard.Web.Charts;
using Dashboard.Web.Charts.Selection;
using Dashboard.Web.Charts.Styling;
using Dashboard.Web.Localization;

namespace Dashboard.Web.Export;

/// <summary>
/// A step of present mode (the web page, not a PowerPoint slide): its image, and for predict-then-reveal the image that
/// stops earlier. <see cref="PredictImageUrl"/> is null when the item reveals nothing; <see cref="PredictUpTo"/> is the
/// last period the predict image shows, <see cref="Revealed"/> what the next key press adds ("2015–2019", "Dec 2009 to Jun 2026").
/// </summary>
public sealed record PresentStep(
    int Number,
    string Heading,
    string Title,
    string ImageUrl,
    string? PredictImageUrl,
    string? PredictUpTo,
    string? Revealed,
    string SourceLine,
    string DetailsUrl)
{
    public bool HasReveal => PredictImageUrl is not null;

    /// <summary>Present mode's steps of a resolved deck, with image URLs at a preset and theme.</summary>
    public static IReadOnlyList<PresentStep> Plan(IReadOnlyList<ResolvedItem> items, ExportPreset preset, ChartTheme theme)
    {
        var slides = new List<PresentStep>(items.Count);
        foreach (var (item, spec) in items)
        {
            var chart = item.Chart.Normalized() with { Size = new ChartSize(preset.Width, preset.Height), Theme = theme, Format = ChartFormat.Png };
            var stop = DeckReveal.PredictStop(item, spec);
            slides.Add(new PresentStep(
                slides.Count + 1,
                item.Heading,
                spec.Title,
                chart.Url(dataVersion: spec.DataVersion),
                stop is { } s ? (chart with { To = s }).Url(dataVersion: spec.DataVersion) : null,
                stop?.Label,
                stop is { } t ? DeckReveal.RevealText(DeckReveal.RevealOrder(spec), t, Language.Of(item.Chart.Culture)) : null,
                spec.Footer.Text,
                item.Chart.PageUrl(spec.Kind)));
        }

        return slides;
    }
}

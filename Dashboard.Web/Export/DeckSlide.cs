using Dashboard.Web.Charts;
using Dashboard.Web.Charts.Selection;

namespace Dashboard.Web.Export;

/// <summary>
/// One slide of a deck: a chart (its selection: indicator, entities, optional period range) and the question that
/// frames it. <paramref name="Reveal"/>: predict, then reveal — the slide first shows the data only up to
/// <paramref name="PredictTo"/> (default: the period before the latest) and the rest on the next key press.
/// </summary>
public sealed record DeckSlide(ChartSelection Chart, string Heading, bool Reveal = false, string? PredictTo = null)
{
    public string Indicator => Chart.Indicator;
}

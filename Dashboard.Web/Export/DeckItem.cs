using Dashboard.Web.Charts;
using Dashboard.Web.Charts.Selection;

namespace Dashboard.Web.Export;

/// <summary>
/// One chart of a chosen deck: its selection (indicator, entities, optional period range and kind) and the question that
/// frames it. <paramref name="Reveal"/>: predict, then reveal — the chart is first shown only up to
/// <paramref name="PredictTo"/> (default: the period before the latest) and whole on the next step
/// (<see cref="DeckReveal"/>). One item becomes one step of present mode, and one PowerPoint slide (two with steps).
/// </summary>
public sealed record DeckItem(ChartSelection Chart, string Heading, bool Reveal = false, string? PredictTo = null)
{
    public string Indicator => Chart.Indicator;
}

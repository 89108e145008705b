using Dashboard.Data.Model;
using Dashboard.Web.Charts;
using Dashboard.Web.Charts.Model;
using Dashboard.Web.Charts.Selection;
using Dashboard.Web.Localization;

namespace Dashboard.Web.Export;

/// <summary>
/// The one predict-then-reveal rule of present mode and PowerPoint decks: where an item's predict step stops, and what
/// the reveal then adds. The predict step is the same chart with the later points hidden
/// (<see cref="Charts.Composing.RevealComposer.UpTo"/>), so both steps share kind, axes and legend.
/// </summary>
public static class DeckReveal
{
    /// <summary>
    /// Where an item's predict step stops, or null when the item does not predict then reveal: not asked, a timeline,
    /// table or map, or nothing to hide (see <see cref="PredictUpTo"/>).
    /// </summary>
    public static Period? PredictStop(DeckItem item, ChartSpec spec) =>
        item.Reveal && spec.Kind is not (ChartKind.Timeline or ChartKind.Table or ChartKind.Map) ? PredictUpTo(item, RevealOrder(spec)) : null;

    /// <summary>The periods of a chart in the order a reveal uncovers them: by end, then start.</summary>
    public static IReadOnlyList<Period> RevealOrder(ChartSpec spec) =>
        spec.Periods.OrderBy(p => p.End).ThenBy(p => p.Start).ToList();

    /// <summary>
    /// Where the predict step stops: the item's <see cref="DeckItem.PredictTo"/>, else the period before the latest;
    /// null when nothing would be left to reveal (or nothing to show before it).
    /// </summary>
    public static Period? PredictUpTo(DeckItem item, IReadOnlyList<Period> periods)
    {
        if (item.PredictTo is null)
        {
            return periods.Count >= 2 ? periods[^2] : null;
        }

        var stop = Period.Parse(item.PredictTo);
        var shown = periods.Count(p => p.End <= stop.End);
        return shown > 0 && shown < periods.Count ? stop : null;
    }

    /// <summary>"2015–2019" when one period is hidden, "Dec 2009 to Jun 2026" when several are.</summary>
    public static string RevealText(IReadOnlyList<Period> periods, Period stop, Language? language = null)
    {
        var l = language ?? Language.English;
        var hidden = periods.Where(p => p.End > stop.End).ToList();
        return hidden.Count == 1 ? l.Period(hidden[0]) : l.F("{0} to {1}", l.Period(hidden[0]), l.Period(hidden[^1]));
    }
}

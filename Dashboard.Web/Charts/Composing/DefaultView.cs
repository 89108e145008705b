using System.Globalization;
using Dashboard.Data.Model;
using Dashboard.Web.Charts.Selection;
using Dashboard.Web.Charts.Styling;

namespace Dashboard.Web.Charts.Composing;

/// <summary>
/// The view when the selection names no entity on the entity side (documented in README "Chart images"): a stacked
/// share shows the group (e.g. CA5) when the indicator has rows for one, instead of stacking every recipient; a series
/// chart whose entity and counterpart both vary (supplier → recipient) shows only China and Russia as counterparts
/// when they are among them. Other kinds show everything (capped at <see cref="ObservationComposer.MaxSeries"/>).
/// </summary>
public static class DefaultView
{
    public static IReadOnlyList<Observation> Apply(ChartInputs cx, ChartKind kind, IReadOnlyList<Observation> rows, ChartNotes notes)
    {
        var entityCodes = rows.Select(o => o.EntityCode).Distinct(StringComparer.Ordinal).ToList();
        var asked = cx.Selection.Entities;
        if (asked.Any(entityCodes.Contains) || entityCodes.Count < 2)
        {
            return rows;
        }

        if (kind == ChartKind.StackedShare)
        {
            var group = entityCodes.Where(c => cx.Entities.TryGetValue(c, out var e) && e.Kind == "group")
                .OrderBy(ChartPalette.Rank).ThenBy(cx.Name, StringComparer.Ordinal).FirstOrDefault();
            return group is null ? rows : rows.Where(o => o.EntityCode == group).ToList();
        }

        var counterparts = rows.Select(o => o.CounterpartCode).OfType<string>().Distinct(StringComparer.Ordinal).ToList();
        var focus = ChartPalette.FocusCodes.Where(counterparts.Contains).ToList();
        if (asked.Count > 0 || counterparts.Count < 2 || focus.Count == 0 || focus.Count == counterparts.Count)
        {
            return rows;
        }

        notes.Add(NoteKind.View, cx.Language.F("Showing {0} as counterpart (default); choose entities for the other {1}",
            string.Join(cx.Language.T(" and "), focus.Select(cx.Name)), cx.Language.Count(counterparts.Count - focus.Count)));
        return rows.Where(o => o.CounterpartCode is not null && focus.Contains(o.CounterpartCode)).ToList();
    }
}

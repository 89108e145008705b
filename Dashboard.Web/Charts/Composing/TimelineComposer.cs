using System.Globalization;
using Dashboard.Data.Model;
using Dashboard.Data.Queries;
using Dashboard.Web.Charts.Model;
using Dashboard.Web.Charts.Selection;
using Dashboard.Web.Localization;
using Dashboard.Web.Text;

namespace Dashboard.Web.Charts.Composing;

/// <summary>Dated events on a time axis: who acted (colour), which dimension (marker), dates as precise as the source.</summary>
public static class TimelineComposer
{
    private static readonly CultureInfo Inv = CultureInfo.InvariantCulture;

    public static ChartSpec Compose(ChartInputs cx, ChartOptions options)
    {
        IEnumerable<TimelineEvent> shown = cx.Events;
        if (cx.Selection.Entities.Count > 0)
        {
            var wanted = cx.Selection.Entities.ToHashSet(StringComparer.Ordinal);
            shown = shown.Where(e => wanted.Contains(e.ActorCode) || (e.CountryCode is not null && wanted.Contains(e.CountryCode)));
        }

        var list = shown.ToList();
        var used = ChartTexts.UsedSources(cx, list.Select(e => e.SourceId));
        var language = cx.Language;
        var years = list.Select(e => e.SortKey / 10000).Distinct().Order().ToList();
        var span = years.Count == 0 ? "" : years.Count == 1 ? years[0].ToString(Inv) : $"{years[0].ToString(Inv)}–{years[^1].ToString(Inv)}";
        return ChartComposer.Base(cx, ChartKind.Timeline) with
        {
            Subtitle = ChartTexts.JoinParts(list.Count == 1 ? language.T("1 event") : language.F("{0} events", language.Count(list.Count)), language.T("by actor (colour) and dimension (marker)"), span),
            Periods = years.Select(y => Period.Parse(y.ToString(Inv))).ToList(),
            EntityNames = ObservationComposer.Subjects(cx, list.Select(e => e.ActorCode)),
            Events = list.Select(e => new ChartEvent { Event = DataTexts.Translate(e, cx.Texts), X = Position(e), DateLabel = EventDate.Label(e.Date, e.Precision, language), ActorName = cx.Name(e.ActorCode) }).ToList(),
            Names = ObservationComposer.NamesOf(cx, list.SelectMany(e => new[] { e.ActorCode, e.CountryCode })),
            Sources = used,
            Notes = list.Any(e => e.Title.StartsWith("Target", StringComparison.Ordinal)) ? [language.T("Target years are plans, not events that occurred")] : [],
            Footer = ChartTexts.Footer(used, list.Select(e => (e.SourceId, e.Locator)), options, language),
        };
    }

    /// <summary>Position in fractional years: the middle of the year, month or day the date names.</summary>
    private static double Position(TimelineEvent e)
    {
        var year = e.SortKey / 10000;
        var month = e.SortKey / 100 % 100;
        var day = e.SortKey % 100;
        return year + (month == 0 ? 0.5 : (month - 1 + (day == 0 ? 0.5 : (day - 0.5) / 31.0)) / 12.0);
    }
}

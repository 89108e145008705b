using System.Globalization;
using Dashboard.Data.Model;
using Dashboard.Web.Charts;
using Dashboard.Web.Charts.Model;
using Dashboard.Web.Charts.Selection;
using Dashboard.Web.Charts.Styling;
using Dashboard.Web.Localization;
using Dashboard.Web.Text;

namespace Dashboard.Web.Accessibility;

/// <summary>
/// One-sentence alt text for a chart, written from its <see cref="ChartSpec"/> (the kind it is drawn as, its series
/// labels as on the image): first and last value per series for time series, the ranking for bar charts, the largest
/// share for share charts, counts for timelines and tables. The data table on the page is the full accessible
/// alternative; this sentence is the gist.
/// </summary>
public static class ChartAltText
{
    private const int MaxListed = 5;

    /// <summary>Time series described one by one; with more, China and Russia (the site's subject) or a range.</summary>
    private const int MaxTrends = 3;

    /// <summary>The sentence in the chart's language (its selection's <c>lang</c>).</summary>
    public static string For(ChartSpec spec)
    {
        var l = Language.Of(spec.Selection.Culture);
        return spec.Kind switch
        {
            ChartKind.Timeline => ForEvents(spec, l),
            ChartKind.Table => ForProjects(spec, l),
            ChartKind.Map => ForMap(spec, l),
            _ => ForObservations(spec, l),
        };
    }

    /// <summary>A map: the states from highest to lowest value, the states without data, the period.</summary>
    private static string ForMap(ChartSpec spec, Language l)
    {
        if (spec.Map is not { } map)
        {
            return l.F("Map of {0}", spec.Title) + ": " + (spec.Notes.Count > 0 ? spec.Notes[0] : l.T("nothing to show")) + ".";
        }

        var valued = map.Subjects.Where(r => r.Value is not null).OrderByDescending(r => r.Value).ToList();
        var missing = map.Subjects.Where(r => r.Value is null).Select(r => r.Name).ToList();
        var period = map.PeriodLabel.Length > 0 ? " " + l.F("in {0}", map.PeriodLabel) : "";
        if (valued.Count == 0)
        {
            return l.F("Map of {0}", spec.Title) + ": " + l.T("no data for the five Central Asian states") + period + ".";
        }

        var body = Join(valued.Select(r => $"{r.Name} {Value(r.Value!.Value, spec, l)}").ToList(), l) + period
            + (missing.Count > 0 ? "; " + l.F("no data for {0}", Join(missing, l)) : "") + Estimates(spec, l);
        return Sentence(l.F("Map of {0}", spec.Title), body, SourcesOf(spec.Observations.Select(o => (o.SourceId, o.Locator)), spec, l));
    }

    private static string ForObservations(ChartSpec spec, Language l)
    {
        if (spec.Observations.Count == 0)
        {
            return spec.Title + ": " + l.T("no observations to show") + ".";
        }

        var series = spec.Series.Where(s => s.Points.Count > 0)
            .Select(s => new Series(s.StyleCode, s.Name, s.Points.Select(p => new Point(p.Period, p.Value)).ToList()))
            .ToList();
        var body = spec.Kind switch
        {
            ChartKind.GroupedBar => Bars(spec, series, l),
            ChartKind.StackedShare => Shares(spec, l),
            _ => Trends(spec, series, l),
        };
        return Sentence(spec.Title, body + Estimates(spec, l), SourcesOf(spec.Observations.Select(o => (o.SourceId, o.Locator)), spec, l));
    }

    private static string ForEvents(ChartSpec spec, Language l)
    {
        var events = spec.Events;
        if (events.Count == 0)
        {
            return spec.Title + ": " + l.T("no events to show") + ".";
        }

        var byActor = events.GroupBy(e => e.ActorCode, StringComparer.Ordinal)
            .OrderByDescending(g => g.Count()).ThenBy(g => spec.Name(g.Key), StringComparer.Ordinal)
            .Select(g => $"{spec.Name(g.Key)} ({l.Count(g.Count())})")
            .ToList();
        var first = events.MinBy(e => e.Event.SortKey)!.Event;
        var last = events.MaxBy(e => e.Event.SortKey)!.Event;
        var body = l.F(events.Count == 1 ? "1 dated event from {1} to {2}, by {3}" : "{0} dated events from {1} to {2}, by {3}",
            l.Count(events.Count), first.Date[..4], last.Date[..4], JoinCapped(byActor, l));
        return Sentence(spec.Title, body, SourcesOf(events.Select(e => (e.Event.SourceId, e.Event.Locator)), spec, l));
    }

    private static string ForProjects(ChartSpec spec, Language l)
    {
        var projects = spec.Projects;
        if (projects.Count == 0)
        {
            return spec.Title + ": " + l.T("no projects to show") + ".";
        }

        var countries = projects.Select(p => spec.Name(p.CountryCode)).Distinct(StringComparer.Ordinal).ToList();
        var body = l.F(projects.Count == 1 ? "1 project in {1}" : "{0} projects in {1}", l.Count(projects.Count), JoinCapped(countries, l));
        if (projects.Where(p => p.Cameras is not null).MaxBy(p => p.Cameras) is { } largest)
        {
            body += "; " + l.F("the most cameras: {0} ({1})", largest.Name, l.Number(largest.Cameras!.Value, 0));
        }

        if (projects.Where(p => p.CostUsdM is not null).MaxBy(p => p.CostUsdM) is { } costliest)
        {
            body += "; " + l.F("the largest cost: {0} ({1})", costliest.Name, ValueText.Brief(costliest.CostUsdM!.Value, "US$ m", l));
        }

        return Sentence(spec.Title, body, SourcesOf(projects.Select(p => (p.SourceId, p.Locator)), spec, l));
    }

    /// <summary>Line and slope charts: how each series moved from its first to its last period.</summary>
    private static string Trends(ChartSpec spec, List<Series> series, Language l)
    {
        if (series.Count <= MaxTrends)
        {
            return string.Join("; ", series.Select(s => Trend(spec, s, l)));
        }

        var focus = series.Where(s => ChartPalette.FocusCodes.Contains(s.Code)).ToList();
        if (focus.Count > 0)
        {
            return string.Join("; ", focus.Select(s => Trend(spec, s, l)))
                + "; " + l.F("{0} more series in the table", l.Count(series.Count - focus.Count));
        }

        var latest = series.Select(s => (s.Label, Point: s.Points[^1])).OrderByDescending(x => x.Point.Value).ToList();
        var top = latest[0];
        var bottom = latest[^1];
        var from = series.Min(s => s.Points[0].Period.Start);
        var to = series.Max(s => s.Points[^1].Period.End);
        return l.F("{0} series from {1} to {2}; the latest values range from {3} ({4}, {5}) to {6} ({7}, {8})",
            l.Count(series.Count), (from / 12).ToString(CultureInfo.InvariantCulture), (to / 12).ToString(CultureInfo.InvariantCulture),
            Value(bottom.Point.Value, spec, l), bottom.Label, l.Period(bottom.Point.Period), Value(top.Point.Value, spec, l), top.Label, l.Period(top.Point.Period));
    }

    private static string Trend(ChartSpec spec, Series s, Language l)
    {
        var first = s.Points[0];
        var last = s.Points[^1];
        if (s.Points.Count == 1)
        {
            return l.F("{0} {1} in {2}", s.Label, Value(first.Value, spec, l), l.Period(first.Period));
        }

        var template = last.Value > first.Value ? "{0} rose from {1} in {2} to {3} in {4}"
            : last.Value < first.Value ? "{0} fell from {1} in {2} to {3} in {4}"
            : "{0} was {1} in both {2} and {4}";
        var text = l.F(template, s.Label, Value(first.Value, spec, l), l.Period(first.Period), Value(last.Value, spec, l), l.Period(last.Period));

        // A peak or trough between the ends changes the story, so it is named.
        var max = s.Points.MaxBy(p => p.Value);
        var min = s.Points.MinBy(p => p.Value);
        if (max.Value > Math.Max(first.Value, last.Value))
        {
            text += ", " + l.F("peaking at {0} in {1}", Value(max.Value, spec, l), l.Period(max.Period));
        }
        else if (min.Value < Math.Min(first.Value, last.Value))
        {
            text += ", " + l.F("with a low of {0} in {1}", Value(min.Value, spec, l), l.Period(min.Period));
        }

        return text;
    }

    /// <summary>Grouped bars: one series over periods, or the ranking of the latest period.</summary>
    private static string Bars(ChartSpec spec, List<Series> series, Language l)
    {
        if (series.Count == 1)
        {
            var s = series[0];
            return $"{s.Label} " + Join(s.Points.Select(p => l.F("{0} in {1}", Value(p.Value, spec, l), l.Period(p.Period))).ToList(), l);
        }

        var latestEnd = series.Max(s => s.Points[^1].Period.End);
        var latest = series
            .Select(s => (s.Label, Point: s.Points.LastOrDefault(p => p.Period.End == latestEnd)))
            .Where(x => x.Point.Period.Text is not null)
            .ToList();
        var periodLabel = l.Period(latest[0].Point.Period);
        var earlier = series.Any(s => s.Points[0].Period.End < latestEnd) ? "; " + l.T("earlier periods in the table") : "";

        if (spec.Unit == "flag")
        {
            var yes = latest.Where(x => x.Point.Value == 1).Select(x => x.Label).ToList();
            var no = latest.Where(x => x.Point.Value == 0).Select(x => x.Label).ToList();
            var parts = new List<string>();
            if (yes.Count > 0)
            {
                parts.Add(l.F("yes for {0}", JoinCapped(yes, l)));
            }

            if (no.Count > 0)
            {
                parts.Add(l.F("no for {0}", JoinCapped(no, l)));
            }

            return l.F("in {0}", periodLabel) + ", " + string.Join("; ", parts) + earlier;
        }

        var ranked = latest.OrderByDescending(x => x.Point.Value).ToList();
        if (ranked.Count > MaxListed)
        {
            return l.F("in {0}, {1} bars from {2} ({3}) to {4} ({5})", periodLabel, l.Count(ranked.Count),
                Value(ranked[^1].Point.Value, spec, l), ranked[^1].Label, Value(ranked[0].Point.Value, spec, l), ranked[0].Label) + earlier;
        }

        return l.F("in {0}", periodLabel) + ", " + Join(ranked.Select(x => $"{x.Label} {Value(x.Point.Value, spec, l)}").ToList(), l) + earlier;
    }

    /// <summary>Stacked shares: for each recipient, the largest part in its latest window.</summary>
    private static string Shares(ChartSpec spec, Language l)
    {
        var perEntity = spec.Series.SelectMany(s => s.Points.Select(p => (s.Name, Point: p)))
            .GroupBy(x => x.Point.Entity, StringComparer.Ordinal)
            .Select(g =>
            {
                var latestEnd = g.Max(x => x.Point.Period.End);
                var latest = g.Where(x => x.Point.Period.End == latestEnd).OrderByDescending(x => x.Point.Value).ToList();
                return (Entity: spec.Name(g.Key), Latest: latest);
            })
            .ToList();

        if (perEntity.Count == 1)
        {
            var (entity, latest) = perEntity[0];
            var parts = latest.Take(3).Select(x => $"{x.Name} {Value(x.Point.Value, spec, l)}").ToList();
            if (latest.Count > 3)
            {
                parts.Add(l.T("others"));
            }

            return l.F("{0} in {1}", entity, latest[0].Point.PeriodLabel) + ": " + Join(parts, l);
        }

        var clauses = perEntity.Take(MaxListed)
            .Select(x => l.F("{0} for {1} ({2}, {3})", x.Latest[0].Name, x.Entity, Value(x.Latest[0].Point.Value, spec, l), x.Latest[0].Point.PeriodLabel))
            .ToList();
        var more = perEntity.Count > MaxListed ? " " + l.F("and {0} more in the table", l.Count(perEntity.Count - MaxListed)) : "";
        return l.T("largest share") + ": " + string.Join("; ", clauses) + more;
    }

    /// <summary>Which values are the source's estimates or projections, not actual data (empty when none is).</summary>
    private static string Estimates(ChartSpec spec, Language l) =>
        ChartEstimates.Describe(spec.Series, l) is { } which ? "; " + l.F("the source's estimates or projections, not actual data: {0}", which) : "";

    private static string SourcesOf(IEnumerable<(string SourceId, string Locator)> rows, ChartSpec spec, Language l)
    {
        var labels = rows.GroupBy(r => r.SourceId, StringComparer.Ordinal)
            .Select(g =>
            {
                var label = spec.Sources.FirstOrDefault(s => s.Id == g.Key) is { } source ? SourceCitation.AuthorYear(source.Citation) : g.Key;
                var cited = g.Select(r => SourceCitation.CitedIn(r.Locator)).Distinct(StringComparer.Ordinal).ToList();
                return cited is [{ } only] ? l.F("{0}, citing {1}", label, only) : label;
            })
            .ToList();
        return labels.Count <= 3 ? string.Join("; ", labels) : string.Join("; ", labels.Take(3)) + "; " + l.T("and others");
    }

    private static string Sentence(string name, string body, string sources) => $"{name}: {body} ({sources}).";

    /// <summary>A value as the indicator's display precision rounds it, with its unit (the one rule, <c>ValueText.Rounded</c>).</summary>
    private static string Value(double value, ChartSpec spec, Language l) => ValueText.Rounded(value, spec.Unit, spec.Precision, l);

    private static string JoinCapped(List<string> items, Language l) =>
        items.Count <= MaxListed ? Join(items, l) : string.Join(", ", items.Take(MaxListed)) + " " + l.F("and {0} more", l.Count(items.Count - MaxListed));

    private static string Join(List<string> items, Language l) => items.Count switch
    {
        0 => "",
        1 => items[0],
        _ => string.Join(", ", items.Take(items.Count - 1)) + l.T(" and ") + items[^1],
    };

    private readonly record struct Point(Period Period, double Value);

    /// <summary>One line or bar series; <see cref="Code"/> is the entity (or supplier) it is named after.</summary>
    private sealed record Series(string Code, string Label, IReadOnlyList<Point> Points);
}

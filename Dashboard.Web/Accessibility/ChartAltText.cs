using System.Globalization;
using Dashboard.Data.Model;
using Dashboard.Web.Charts;
using Dashboard.Web.Charts.Model;
using Dashboard.Web.Charts.Selection;
using Dashboard.Web.Charts.Styling;
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

    public static string For(ChartSpec spec) => spec.Kind switch
    {
        ChartKind.Timeline => ForEvents(spec),
        ChartKind.Table => ForProjects(spec),
        ChartKind.Map => ForMap(spec),
        _ => ForObservations(spec),
    };

    /// <summary>A map: the states from highest to lowest value, the states without data, the period.</summary>
    private static string ForMap(ChartSpec spec)
    {
        if (spec.Map is not { } map)
        {
            return $"Map of {spec.Title}: {(spec.Notes.Count > 0 ? spec.Notes[0] : "nothing to show")}.";
        }

        var valued = map.Subjects.Where(r => r.Value is not null).OrderByDescending(r => r.Value).ToList();
        var missing = map.Subjects.Where(r => r.Value is null).Select(r => r.Name).ToList();
        var period = map.PeriodLabel.Length > 0 ? $" in {map.PeriodLabel}" : "";
        if (valued.Count == 0)
        {
            return $"Map of {spec.Title}: no data for the five Central Asian states{period}.";
        }

        var body = $"{Join(valued.Select(r => $"{r.Name} {Value(r.Value!.Value, spec.Unit)}").ToList())}{period}"
            + (missing.Count > 0 ? $"; no data for {Join(missing)}" : "") + Estimates(spec);
        return Sentence($"Map of {spec.Title}", body, SourcesOf(spec.Observations.Select(o => (o.SourceId, o.Locator)), spec));
    }

    private static string ForObservations(ChartSpec spec)
    {
        if (spec.Observations.Count == 0)
        {
            return $"{spec.Title}: no observations to show.";
        }

        var series = spec.Series.Where(s => s.Points.Count > 0)
            .Select(s => new Series(s.StyleCode, s.Name, s.Points.Select(p => new Point(p.Period, p.Value)).ToList()))
            .ToList();
        var body = spec.Kind switch
        {
            ChartKind.GroupedBar => Bars(spec.Unit, series),
            ChartKind.StackedShare => Shares(spec),
            _ => Trends(spec.Unit, series),
        };
        return Sentence(spec.Title, body + Estimates(spec), SourcesOf(spec.Observations.Select(o => (o.SourceId, o.Locator)), spec));
    }

    private static string ForEvents(ChartSpec spec)
    {
        var events = spec.Events;
        if (events.Count == 0)
        {
            return $"{spec.Title}: no events to show.";
        }

        var byActor = events.GroupBy(e => e.ActorCode, StringComparer.Ordinal)
            .OrderByDescending(g => g.Count()).ThenBy(g => spec.Name(g.Key), StringComparer.Ordinal)
            .Select(g => $"{spec.Name(g.Key)} ({g.Count().ToString(CultureInfo.InvariantCulture)})")
            .ToList();
        var first = events.MinBy(e => e.Event.SortKey)!.Event;
        var last = events.MaxBy(e => e.Event.SortKey)!.Event;
        var body = string.Create(
            CultureInfo.InvariantCulture,
            $"{Count(events.Count, "dated event")} from {first.Date[..4]} to {last.Date[..4]}, by {JoinCapped(byActor)}");
        return Sentence(spec.Title, body, SourcesOf(events.Select(e => (e.Event.SourceId, e.Event.Locator)), spec));
    }

    private static string ForProjects(ChartSpec spec)
    {
        var projects = spec.Projects;
        if (projects.Count == 0)
        {
            return $"{spec.Title}: no projects to show.";
        }

        var countries = projects.Select(p => spec.Name(p.CountryCode)).Distinct(StringComparer.Ordinal).ToList();
        var body = $"{Count(projects.Count, "project")} in {JoinCapped(countries)}";
        if (projects.Where(p => p.Cameras is not null).MaxBy(p => p.Cameras) is { } largest)
        {
            body += string.Create(CultureInfo.InvariantCulture, $"; the most cameras: {largest.Name} ({largest.Cameras:#,0})");
        }

        if (projects.Where(p => p.CostUsdM is not null).MaxBy(p => p.CostUsdM) is { } costliest)
        {
            body += $"; the largest cost: {costliest.Name} ({ValueText.Brief(costliest.CostUsdM!.Value, "US$ m")})";
        }

        return Sentence(spec.Title, body, SourcesOf(projects.Select(p => (p.SourceId, p.Locator)), spec));
    }

    /// <summary>Line and slope charts: how each series moved from its first to its last period.</summary>
    private static string Trends(string unit, List<Series> series)
    {
        if (series.Count <= MaxTrends)
        {
            return string.Join("; ", series.Select(s => Trend(unit, s)));
        }

        var focus = series.Where(s => ChartPalette.FocusCodes.Contains(s.Code)).ToList();
        if (focus.Count > 0)
        {
            return string.Join("; ", focus.Select(s => Trend(unit, s)))
                + string.Create(CultureInfo.InvariantCulture, $"; {series.Count - focus.Count} more series in the table");
        }

        var latest = series.Select(s => (s.Label, Point: s.Points[^1])).OrderByDescending(x => x.Point.Value).ToList();
        var top = latest[0];
        var bottom = latest[^1];
        var from = series.Min(s => s.Points[0].Period.Start);
        var to = series.Max(s => s.Points[^1].Period.End);
        return string.Create(
            CultureInfo.InvariantCulture,
            $"{series.Count} series from {from / 12} to {to / 12}; the latest values range from {Value(bottom.Point.Value, unit)} ({bottom.Label}, {bottom.Point.Period.Label}) to {Value(top.Point.Value, unit)} ({top.Label}, {top.Point.Period.Label})");
    }

    private static string Trend(string unit, Series s)
    {
        var first = s.Points[0];
        var last = s.Points[^1];
        if (s.Points.Count == 1)
        {
            return $"{s.Label} {Value(first.Value, unit)} in {first.Period.Label}";
        }

        var verb = last.Value > first.Value ? "rose" : last.Value < first.Value ? "fell" : "was unchanged";
        var text = verb == "was unchanged"
            ? $"{s.Label} was {Value(first.Value, unit)} in both {first.Period.Label} and {last.Period.Label}"
            : $"{s.Label} {verb} from {Value(first.Value, unit)} in {first.Period.Label} to {Value(last.Value, unit)} in {last.Period.Label}";

        // A peak or trough between the ends changes the story, so it is named.
        var max = s.Points.MaxBy(p => p.Value);
        var min = s.Points.MinBy(p => p.Value);
        if (max.Value > Math.Max(first.Value, last.Value))
        {
            text += $", peaking at {Value(max.Value, unit)} in {max.Period.Label}";
        }
        else if (min.Value < Math.Min(first.Value, last.Value))
        {
            text += $", with a low of {Value(min.Value, unit)} in {min.Period.Label}";
        }

        return text;
    }

    /// <summary>Grouped bars: one series over periods, or the ranking of the latest period.</summary>
    private static string Bars(string unit, List<Series> series)
    {
        if (series.Count == 1)
        {
            var s = series[0];
            return $"{s.Label} " + Join(s.Points.Select(p => $"{Value(p.Value, unit)} in {p.Period.Label}").ToList());
        }

        var latestEnd = series.Max(s => s.Points[^1].Period.End);
        var latest = series
            .Select(s => (s.Label, Point: s.Points.LastOrDefault(p => p.Period.End == latestEnd)))
            .Where(x => x.Point.Period.Text is not null)
            .ToList();
        var periodLabel = latest[0].Point.Period.Label;
        var earlier = series.Any(s => s.Points[0].Period.End < latestEnd) ? "; earlier periods in the table" : "";

        if (unit == "flag")
        {
            var yes = latest.Where(x => x.Point.Value == 1).Select(x => x.Label).ToList();
            var no = latest.Where(x => x.Point.Value == 0).Select(x => x.Label).ToList();
            var parts = new List<string>();
            if (yes.Count > 0)
            {
                parts.Add("yes for " + JoinCapped(yes));
            }

            if (no.Count > 0)
            {
                parts.Add("no for " + JoinCapped(no));
            }

            return $"in {periodLabel}, " + string.Join("; ", parts) + earlier;
        }

        var ranked = latest.OrderByDescending(x => x.Point.Value).ToList();
        if (ranked.Count > MaxListed)
        {
            return string.Create(
                CultureInfo.InvariantCulture,
                $"in {periodLabel}, {ranked.Count} bars from {Value(ranked[^1].Point.Value, unit)} ({ranked[^1].Label}) to {Value(ranked[0].Point.Value, unit)} ({ranked[0].Label}){earlier}");
        }

        return $"in {periodLabel}, " + Join(ranked.Select(x => $"{x.Label} {Value(x.Point.Value, unit)}").ToList()) + earlier;
    }

    /// <summary>Stacked shares: for each recipient, the largest part in its latest window.</summary>
    private static string Shares(ChartSpec spec)
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
            var parts = latest.Take(3).Select(x => $"{x.Name} {Value(x.Point.Value, spec.Unit)}").ToList();
            if (latest.Count > 3)
            {
                parts.Add("others");
            }

            return $"{entity} in {latest[0].Point.PeriodLabel}: " + Join(parts);
        }

        var clauses = perEntity.Take(MaxListed)
            .Select(x => $"{x.Latest[0].Name} for {x.Entity} ({Value(x.Latest[0].Point.Value, spec.Unit)}, {x.Latest[0].Point.PeriodLabel})")
            .ToList();
        var more = perEntity.Count > MaxListed ? $" and {perEntity.Count - MaxListed} more in the table" : "";
        return "largest share: " + string.Join("; ", clauses) + more;
    }

    /// <summary>Which values are the source's estimates or projections, not actual data (empty when none is).</summary>
    private static string Estimates(ChartSpec spec) =>
        ChartEstimates.Describe(spec.Series) is { } which ? $"; the source's estimates or projections, not actual data: {which}" : "";

    private static string SourcesOf(IEnumerable<(string SourceId, string Locator)> rows, ChartSpec spec)
    {
        var labels = rows.GroupBy(r => r.SourceId, StringComparer.Ordinal)
            .Select(g =>
            {
                var label = spec.Sources.FirstOrDefault(s => s.Id == g.Key) is { } source ? SourceCitation.AuthorYear(source.Citation) : g.Key;
                var cited = g.Select(r => SourceCitation.CitedIn(r.Locator)).Distinct(StringComparer.Ordinal).ToList();
                return cited is [{ } only] ? $"{label}, citing {only}" : label;
            })
            .ToList();
        return labels.Count <= 3 ? string.Join("; ", labels) : string.Join("; ", labels.Take(3)) + "; and others";
    }

    private static string Sentence(string name, string body, string sources) => $"{name}: {body} ({sources}).";

    private static string Value(double value, string unit) => ValueText.Brief(value, unit);

    private static string Count(int n, string noun) =>
        n.ToString(CultureInfo.InvariantCulture) + " " + (n == 1 ? noun : noun + "s");

    private static string JoinCapped(List<string> items) =>
        items.Count <= MaxListed ? Join(items) : string.Join(", ", items.Take(MaxListed)) + $" and {items.Count - MaxListed} more";

    private static string Join(List<string> items) => items.Count switch
    {
        0 => "",
        1 => items[0],
        _ => string.Join(", ", items.Take(items.Count - 1)) + " and " + items[^1],
    };

    private readonly record struct Point(Period Period, double Value);

    /// <summary>One line or bar series; <see cref="Code"/> is the entity (or supplier) it is named after.</summary>
    private sealed record Series(string Code, string Label, IReadOnlyList<Point> Points);
}

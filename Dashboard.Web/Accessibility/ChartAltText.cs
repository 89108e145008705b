using System.Globalization;
using Dashboard.Data.Model;

namespace Dashboard.Web.Accessibility;

/// <summary>
/// One-sentence alt text for a chart, written from the same data the chart shows: first and last value per series for
/// time series, the ranking for bar charts, the largest share for share charts, counts for timelines and tables.
/// The data table on the page is the full accessible alternative; this sentence is the gist.
/// </summary>
public static class ChartAltText
{
    private const int MaxListed = 5;

    /// <summary>Time series described one by one; with more, China and Russia (the site's subject) or a range.</summary>
    private const int MaxTrends = 3;

    private static readonly string[] FocusCodes = ["CHN", "RUS"];

    public static string ForObservations(
        Indicator indicator,
        IReadOnlyList<Observation> observations,
        IReadOnlyDictionary<string, string> entityNames,
        IReadOnlyDictionary<string, Source> sources)
    {
        if (observations.Count == 0)
        {
            return $"{indicator.Name}: no observations to show.";
        }

        var series = SeriesOf(observations, entityNames);
        var body = indicator.ChartKind switch
        {
            "grouped-bar" => Bars(indicator, series),
            "stacked-share" => Shares(indicator, observations, entityNames),
            _ => Trends(indicator, series),
        };
        return Sentence(indicator.Name, body, SourcesOf(observations.Select(o => (o.SourceId, o.Locator)), sources));
    }

    public static string ForEvents(
        Indicator indicator,
        IReadOnlyList<TimelineEvent> events,
        IReadOnlyDictionary<string, string> entityNames,
        IReadOnlyDictionary<string, Source> sources)
    {
        if (events.Count == 0)
        {
            return $"{indicator.Name}: no events to show.";
        }

        var byActor = events.GroupBy(e => e.ActorCode, StringComparer.Ordinal)
            .OrderByDescending(g => g.Count()).ThenBy(g => Name(g.Key, entityNames), StringComparer.Ordinal)
            .Select(g => $"{Name(g.Key, entityNames)} ({g.Count().ToString(CultureInfo.InvariantCulture)})")
            .ToList();
        var first = events.MinBy(e => e.SortKey)!;
        var last = events.MaxBy(e => e.SortKey)!;
        var body = string.Create(
            CultureInfo.InvariantCulture,
            $"{Count(events.Count, "dated event")} from {first.Date[..4]} to {last.Date[..4]}, by {JoinCapped(byActor)}");
        return Sentence(indicator.Name, body, SourcesOf(events.Select(e => (e.SourceId, e.Locator)), sources));
    }

    public static string ForProjects(
        Indicator indicator,
        IReadOnlyList<Project> projects,
        IReadOnlyDictionary<string, string> entityNames,
        IReadOnlyDictionary<string, Source> sources)
    {
        if (projects.Count == 0)
        {
            return $"{indicator.Name}: no projects to show.";
        }

        var countries = projects.Select(p => Name(p.CountryCode, entityNames)).Distinct(StringComparer.Ordinal).ToList();
        var body = $"{Count(projects.Count, "project")} in {JoinCapped(countries)}";
        if (projects.Where(p => p.Cameras is not null).MaxBy(p => p.Cameras) is { } largest)
        {
            body += string.Create(CultureInfo.InvariantCulture, $"; the most cameras: {largest.Name} ({largest.Cameras:#,0})");
        }

        if (projects.Where(p => p.CostUsdM is not null).MaxBy(p => p.CostUsdM) is { } costliest)
        {
            body += $"; the largest cost: {costliest.Name} ({ValueText.Brief(costliest.CostUsdM!.Value, "US$ m")})";
        }

        return Sentence(indicator.Name, body, SourcesOf(projects.Select(p => (p.SourceId, p.Locator)), sources));
    }

    /// <summary>Line and slope charts: how each series moved from its first to its last period.</summary>
    private static string Trends(Indicator indicator, List<Series> series)
    {
        if (series.Count <= MaxTrends)
        {
            return string.Join("; ", series.Select(s => Trend(indicator, s)));
        }

        var focus = series.Where(s => FocusCodes.Contains(s.Code)).ToList();
        if (focus.Count > 0)
        {
            return string.Join("; ", focus.Select(s => Trend(indicator, s)))
                + string.Create(CultureInfo.InvariantCulture, $"; {series.Count - focus.Count} more series in the table");
        }

        var latest = series.Select(s => (s.Label, Point: s.Points[^1])).OrderByDescending(x => x.Point.Value).ToList();
        var top = latest[0];
        var bottom = latest[^1];
        var from = series.Min(s => s.Points[0].Period.Start);
        var to = series.Max(s => s.Points[^1].Period.End);
        return string.Create(
            CultureInfo.InvariantCulture,
            $"{series.Count} series from {from / 12} to {to / 12}; the latest values range from {Value(bottom.Point.Value, indicator)} ({bottom.Label}, {bottom.Point.Period.Label}) to {Value(top.Point.Value, indicator)} ({top.Label}, {top.Point.Period.Label})");
    }

    private static string Trend(Indicator indicator, Series s)
    {
        var first = s.Points[0];
        var last = s.Points[^1];
        if (s.Points.Count == 1)
        {
            return $"{s.Label} {Value(first.Value, indicator)} in {first.Period.Label}";
        }

        var verb = last.Value > first.Value ? "rose" : last.Value < first.Value ? "fell" : "was unchanged";
        var text = verb == "was unchanged"
            ? $"{s.Label} was {Value(first.Value, indicator)} in both {first.Period.Label} and {last.Period.Label}"
            : $"{s.Label} {verb} from {Value(first.Value, indicator)} in {first.Period.Label} to {Value(last.Value, indicator)} in {last.Period.Label}";

        // A peak or trough between the ends changes the story, so it is named.
        var max = s.Points.MaxBy(p => p.Value);
        var min = s.Points.MinBy(p => p.Value);
        if (max.Value > Math.Max(first.Value, last.Value))
        {
            text += $", peaking at {Value(max.Value, indicator)} in {max.Period.Label}";
        }
        else if (min.Value < Math.Min(first.Value, last.Value))
        {
            text += $", with a low of {Value(min.Value, indicator)} in {min.Period.Label}";
        }

        return text;
    }

    /// <summary>Grouped bars: one series over periods, or the ranking of the latest period.</summary>
    private static string Bars(Indicator indicator, List<Series> series)
    {
        if (series.Count == 1)
        {
            var s = series[0];
            return $"{s.Label} " + Join(s.Points.Select(p => $"{Value(p.Value, indicator)} in {p.Period.Label}").ToList());
        }

        var latestEnd = series.Max(s => s.Points[^1].Period.End);
        var latest = series
            .Select(s => (s.Label, Point: s.Points.LastOrDefault(p => p.Period.End == latestEnd)))
            .Where(x => x.Point.Period.Text is not null)
            .ToList();
        var periodLabel = latest[0].Point.Period.Label;
        var earlier = series.Any(s => s.Points[0].Period.End < latestEnd) ? "; earlier periods in the table" : "";

        if (indicator.Unit == "flag")
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
                $"in {periodLabel}, {ranked.Count} bars from {Value(ranked[^1].Point.Value, indicator)} ({ranked[^1].Label}) to {Value(ranked[0].Point.Value, indicator)} ({ranked[0].Label}){earlier}");
        }

        return $"in {periodLabel}, " + Join(ranked.Select(x => $"{x.Label} {Value(x.Point.Value, indicator)}").ToList()) + earlier;
    }

    /// <summary>Stacked shares: for each entity, the largest part in its latest period.</summary>
    private static string Shares(Indicator indicator, IReadOnlyList<Observation> observations, IReadOnlyDictionary<string, string> names)
    {
        var perEntity = observations.GroupBy(o => o.EntityCode, StringComparer.Ordinal)
            .Select(g =>
            {
                var latestEnd = g.Max(o => o.ParsedPeriod.End);
                var latest = g.Where(o => o.ParsedPeriod.End == latestEnd).OrderByDescending(o => o.Value).ToList();
                return (Entity: Name(g.Key, names), Latest: latest);
            })
            .ToList();

        if (perEntity.Count == 1)
        {
            var (entity, latest) = perEntity[0];
            var parts = latest.Take(3).Select(o => $"{Name(o.CounterpartCode ?? o.EntityCode, names)} {Value(o.Value, indicator)}").ToList();
            if (latest.Count > 3)
            {
                parts.Add("others");
            }

            return $"{entity} in {latest[0].ParsedPeriod.Label}: " + Join(parts);
        }

        var clauses = perEntity.Take(MaxListed)
            .Select(x => $"{Name(x.Latest[0].CounterpartCode ?? x.Latest[0].EntityCode, names)} for {x.Entity} ({Value(x.Latest[0].Value, indicator)}, {x.Latest[0].ParsedPeriod.Label})")
            .ToList();
        var more = perEntity.Count > MaxListed ? $" and {perEntity.Count - MaxListed} more in the table" : "";
        return "largest share: " + string.Join("; ", clauses) + more;
    }

    private static List<Series> SeriesOf(IReadOnlyList<Observation> observations, IReadOnlyDictionary<string, string> names)
    {
        var groups = observations.GroupBy(o => (o.EntityCode, o.CounterpartCode)).ToList();
        var oneEntity = groups.Select(g => g.Key.EntityCode).Distinct(StringComparer.Ordinal).Count() == 1;
        var counterparts = groups.Select(g => g.Key.CounterpartCode).Distinct(StringComparer.Ordinal).ToList();
        var oneCounterpart = counterparts.Count == 1;

        return groups.Select(g =>
        {
            var (entity, counterpart) = g.Key;
            // Name the side that varies: suppliers when all rows are about one recipient, recipients otherwise.
            var byEntity = counterpart is null || oneCounterpart && !oneEntity;
            var label = byEntity
                ? Name(entity, names)
                : oneEntity
                    ? Name(counterpart!, names)
                    : $"{Name(entity, names)} ({Name(counterpart!, names)})";
            var points = g.Select(o => new Point(o.ParsedPeriod, o.Value)).OrderBy(p => p.Period.Start).ThenBy(p => p.Period.End).ToList();
            return new Series(byEntity || !oneEntity ? entity : counterpart!, label, points);
        }).ToList();
    }

    private static string SourcesOf(IEnumerable<(string SourceId, string Locator)> rows, IReadOnlyDictionary<string, Source> sources)
    {
        var labels = rows.GroupBy(r => r.SourceId, StringComparer.Ordinal)
            .Select(g =>
            {
                var label = sources.TryGetValue(g.Key, out var source) ? SourceLabel.AuthorYear(source) : g.Key;
                var cited = g.Select(r => SourceLabel.CitedIn(r.Locator)).Distinct(StringComparer.Ordinal).ToList();
                return cited is [{ } only] ? $"{label}, citing {only}" : label;
            })
            .ToList();
        return labels.Count <= 3 ? string.Join("; ", labels) : string.Join("; ", labels.Take(3)) + "; and others";
    }

    private static string Sentence(string name, string body, string sources) => $"{name}: {body} ({sources}).";

    private static string Value(double value, Indicator indicator) => ValueText.Brief(value, indicator.Unit);

    private static string Name(string code, IReadOnlyDictionary<string, string> names) =>
        names.TryGetValue(code, out var name) ? name : code;

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

using System.Globalization;
using Dashboard.Data.Model;
using Dashboard.Web.Charts;

namespace Dashboard.Web.Export;

/// <summary>
/// What a chart shows, read off its <see cref="ChartData"/>: title, the entities by name, the periods with data
/// (oldest first) and the sources cited. Used for file names, citations and predict-then-reveal.
/// </summary>
public sealed record ChartFacts(
    string IndicatorId,
    string Title,
    string Unit,
    IReadOnlyList<string> EntityNames,
    IReadOnlyList<Period> Periods,
    IReadOnlyList<ChartSource> Sources,
    string Footer)
{
    // Code and name columns of the three row shapes (observations, events, projects) in ChartSpecFactory's tables.
    private static readonly (string Code, string Name)[] NamedColumns =
        [("entity", "entity_name"), ("counterpart", "counterpart_name"), ("actor", "actor_name"), ("country", "country_name")];

    public int? FirstYear => Periods.Count == 0 ? null : Periods.Min(p => p.StartYear);

    public int? LastYear => Periods.Count == 0 ? null : Periods.Max(p => p.EndYear);

    /// <summary>For predict-then-reveal: the period before the latest one, or null when there is only one.</summary>
    public Period? PeriodBeforeLatest => Periods.Count >= 2 ? Periods[^2] : null;

    public Period? LatestPeriod => Periods.Count == 0 ? null : Periods[^1];

    /// <summary>
    /// The facts of a chart. Entities are the requested codes by name (in request order); with none requested, the
    /// entities (or actors, or countries) of the rows shown.
    /// </summary>
    public static ChartFacts From(ChartData data, IReadOnlyList<string> requestedEntities)
    {
        var table = data.Rows;
        int Column(string name) => table.Columns.ToList().IndexOf(name);
        var names = new Dictionary<string, string>(StringComparer.Ordinal);
        string? primary = null;
        foreach (var (code, name) in NamedColumns)
        {
            var (ci, ni) = (Column(code), Column(name));
            if (ci < 0 || ni < 0)
            {
                continue;
            }

            primary ??= code;
            foreach (var row in table.Rows)
            {
                if (row[ci] is string c && row[ni] is string n)
                {
                    names.TryAdd(c, n);
                }
            }
        }

        IEnumerable<string> codes = requestedEntities;
        if (requestedEntities.Count == 0 && primary is not null)
        {
            var pi = Column(primary);
            codes = table.Rows.Select(r => r[pi] as string).OfType<string>().Distinct(StringComparer.Ordinal);
        }

        var spec = data.Spec;
        return new ChartFacts(
            spec.IndicatorId,
            spec.Title,
            spec.Unit,
            codes.Select(c => names.GetValueOrDefault(c, c)).ToList(),
            PeriodsOf(table),
            spec.Sources,
            spec.Footer);
    }

    private static List<Period> PeriodsOf(ChartDataTable table)
    {
        var columns = table.Columns.ToList();
        var (period, date, year) = (columns.IndexOf("period"), columns.IndexOf("date"), columns.IndexOf("year"));
        var periods = new List<Period>();
        foreach (var row in table.Rows)
        {
            var text = period >= 0 ? row[period] as string
                : date >= 0 && row[date] is string d && d.Length >= 4 ? d[..4]
                : year >= 0 && row[year] is int y ? y.ToString(CultureInfo.InvariantCulture)
                : null;
            if (Period.TryParse(text, out var p, out _))
            {
                periods.Add(p);
            }
        }

        return periods.DistinctBy(p => p.Text).OrderBy(p => p.End).ThenBy(p => p.Start).ToList();
    }
}

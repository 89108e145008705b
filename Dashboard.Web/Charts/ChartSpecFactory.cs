using System.Globalization;
using System.Text.RegularExpressions;
using Dashboard.Data.Model;
using Dashboard.Data.Queries;
using Microsoft.Extensions.Options;

namespace Dashboard.Web.Charts;

/// <summary>
/// Builds a <see cref="ChartSpec"/> and the rows it shows from the database for one indicator and request.
/// Entity selection: a requested code keeps the observations whose entity is that code, or whose counterpart is
/// (so <c>entities=CHN</c> shows China as a supplier to Central Asia); a code that is an entity of the indicator
/// selects on the entity side only (see <see cref="SelectEntities"/>).
/// The kind comes from <c>indicators.chart_kind</c> and falls back when the data do not fit (one period → bars).
/// Without a chosen entity a default view applies (see <see cref="DefaultSelection"/>); stacked shares name China,
/// Russia and the largest other suppliers and sum the rest; the paper's figures come from the claims table as marks.
/// </summary>
public sealed partial class ChartSpecFactory(
    IndicatorQueries indicators,
    ObservationQueries observations,
    SourceQueries sources,
    EntityQueries entities,
    EventQueries events,
    ProjectQueries projects,
    ClaimQueries claims,
    IOptions<ChartOptions> options)
{
    /// <summary>Above this many bar groups a grouped-bar indicator is drawn as lines.</summary>
    public const int MaxBarGroups = 8;

    /// <summary>At most this many series are drawn (and exported): the largest, China and Russia first.</summary>
    public const int MaxSeries = 12;

    /// <summary>A stacked share names at most this many suppliers besides China and Russia; the rest are summed.</summary>
    public const int StackedNamedSuppliers = 4;

    /// <summary>At most this many bars in a stacked share (recipients × windows); more → non-overlapping windows.</summary>
    public const int MaxStackedBars = 30;

    public const string OtherSuppliersName = "Other suppliers";

    /// <summary>Marks the paper's figures on charts and in their notes.</summary>
    public const string MarkSymbol = "◆";

    /// <summary>The dashboard's subject: always kept, listed first, and the default counterparts.</summary>
    private static readonly string[] FocusCodes = ["CHN", "RUS"];

    private static readonly string[] PaletteOrder = ["CHN", "RUS", "USA", "CA5", "KAZ", "KGZ", "TJK", "TKM", "UZB"];
    private static readonly CultureInfo Inv = CultureInfo.InvariantCulture;

    private readonly ChartOptions _options = options.Value;

    /// <summary>The chart data, or null when the indicator does not exist.</summary>
    public async Task<ChartData?> CreateAsync(string indicatorId, ChartRequest request, CancellationToken ct = default)
    {
        var indicator = await indicators.GetIndicatorAsync(indicatorId, ct);
        if (indicator is null)
        {
            return null;
        }

        var all = await entities.GetEntitiesAsync(ct);
        var names = all.ToDictionary(e => e.Code, e => e.Name, StringComparer.Ordinal);
        var kinds = all.ToDictionary(e => e.Code, e => e.Kind, StringComparer.Ordinal);
        var allSources = (await sources.GetSourcesAsync(ct)).ToDictionary(s => s.Id, StringComparer.Ordinal);
        var context = new Context(indicator, request, names, kinds, allSources);
        return ChartKinds.Parse(indicator.ChartKind) switch
        {
            ChartKind.Timeline => await TimelineAsync(context, ct),
            ChartKind.Table => await TableAsync(context, ct),
            var kind => await ObservationsAsync(context, kind, ct),
        };
    }

    private sealed record Context(Indicator Indicator, ChartRequest Request, Dictionary<string, string> Names, Dictionary<string, string> Kinds, Dictionary<string, Source> Sources)
    {
        public string Name(string? code) => code is null ? "" : Names.GetValueOrDefault(code, code);
    }

    private async Task<ChartData> ObservationsAsync(Context cx, ChartKind kind, CancellationToken ct)
    {
        var filter = new ObservationFilter { From = cx.Request.From, To = cx.Request.To };
        var rows = SelectEntities(await observations.GetObservationsAsync(cx.Indicator.Id, filter, ct), cx.Request.Entities);
        var notes = new List<string>();
        rows = DefaultSelection(cx, kind, rows, notes);

        var entityCodes = rows.Select(o => o.EntityCode).Distinct(StringComparer.Ordinal).ToList();
        var counterpartCodes = rows.Where(o => o.CounterpartCode is not null).Select(o => o.CounterpartCode!).Distinct(StringComparer.Ordinal).ToList();
        var periods = rows.Select(o => o.ParsedPeriod).Distinct().OrderBy(p => p.Start).ThenBy(p => p.End).ToList();
        kind = ResolveKind(kind, periods.Count, counterpartCodes.Count);
        var stacked = kind == ChartKind.StackedShare;

        // Series identity: the side that varies. One recipient and several suppliers → one series per supplier.
        var byCounterpart = stacked || (counterpartCodes.Count > 0 && entityCodes.Count == 1);
        var bothVary = !byCounterpart && counterpartCodes.Count > 1 && entityCodes.Count > 1;
        string SeriesCode(Observation o) => byCounterpart ? o.CounterpartCode ?? o.EntityCode : bothVary ? o.CounterpartCode ?? o.EntityCode : o.EntityCode;
        string SeriesKey(Observation o) => bothVary ? o.EntityCode + "|" + o.CounterpartCode : SeriesCode(o);
        string SeriesName(Observation o) => bothVary && o.CounterpartCode is not null
            ? $"{cx.Name(o.CounterpartCode)} → {cx.Name(o.EntityCode)}"
            : cx.Name(SeriesCode(o));

        var multiEntityStack = stacked && entityCodes.Count > 1;
        string Category(Observation o) => multiEntityStack ? $"{cx.Name(o.EntityCode)} · {o.ParsedPeriod.Label}" : o.ParsedPeriod.Label;

        if (stacked)
        {
            // One bar per recipient and window: too many bars → non-overlapping windows, counted back from the latest.
            var windows = rows.Select(o => o.ParsedPeriod).Distinct().OrderBy(p => p.Start).ThenBy(p => p.End).ToList();
            var kept = ThinWindows(windows, Math.Max(1, MaxStackedBars / Math.Max(1, entityCodes.Count)));
            if (kept.Count < windows.Count)
            {
                var keep = kept.ToHashSet();
                rows = rows.Where(o => keep.Contains(o.ParsedPeriod)).ToList();
                periods = kept.ToList();
                notes.Add($"Showing {kept.Count.ToString(Inv)} non-overlapping windows of {windows.Count.ToString(Inv)}; choose from/to for the others");
            }
        }

        // More series than a reader can tell apart: keep the largest (China and Russia always) and say so. Stacked
        // shares sum the minor suppliers instead (below), so every bar keeps its total.
        var omitted = 0;
        var keys = rows.GroupBy(SeriesKey, StringComparer.Ordinal).ToList();
        if (!stacked && keys.Count > MaxSeries)
        {
            var kept = keys
                .OrderByDescending(g => g.Any(o => SeriesCode(o) is "CHN" or "RUS"))
                .ThenByDescending(g => g.Sum(o => Math.Abs(o.Value)))
                .Take(MaxSeries)
                .Select(g => g.Key)
                .ToHashSet(StringComparer.Ordinal);
            omitted = keys.Count - kept.Count;
            rows = rows.Where(o => kept.Contains(SeriesKey(o))).ToList();
        }

        ChartPoint ToPoint(Observation o, bool mixed) => new()
        {
            X = o.ParsedPeriod.MidYear,
            Period = o.Period,
            PeriodLabel = o.ParsedPeriod.Label,
            Category = Category(o),
            Value = o.Value,
            Marked = mixed && o.SourceId == _options.PaperSourceId,
            MarkLabel = mixed && o.SourceId == _options.PaperSourceId ? "paper" : null,
        };

        List<ChartSeries> series;
        var grouped = new HashSet<string>(StringComparer.Ordinal);
        if (stacked)
        {
            var (named, minor) = SplitSuppliers(rows, SeriesCode);
            grouped = minor.ToHashSet(StringComparer.Ordinal);
            series = named
                .Select(code => rows.Where(o => SeriesCode(o) == code).ToList())
                .Select(g => new ChartSeries
                {
                    Name = SeriesName(g[0]),
                    EntityCode = SeriesCode(g[0]),
                    Points = g.OrderBy(o => o.ParsedPeriod.Start).ThenBy(o => o.ParsedPeriod.End).ThenBy(o => o.EntityCode, StringComparer.Ordinal)
                        .Select(o => ToPoint(o, mixed: false)).ToList(),
                })
                .ToList();
            if (minor.Count > 0)
            {
                var other = rows.Where(o => grouped.Contains(SeriesCode(o)))
                    .GroupBy(o => (o.EntityCode, o.Period))
                    .Select(g => ToPoint(g.First(), mixed: false) with { Value = g.Sum(o => o.Value) })
                    .OrderBy(p => p.X).ThenBy(p => p.Category, StringComparer.Ordinal)
                    .ToList();
                series.Add(new ChartSeries { Name = OtherSuppliersName, EntityCode = ChartPalette.OtherCode, Points = other });
                var supplierChosen = cx.Request.Entities.Any(c => counterpartCodes.Contains(c) && !entityCodes.Contains(c));
                var total = supplierChosen ? "" : ", so every bar still adds up to the whole";
                notes.Add($"{OtherSuppliersName}: the {minor.Count.ToString(Inv)} smaller suppliers summed per window{total}");
            }
        }
        else
        {
            series = rows
                .GroupBy(SeriesKey, StringComparer.Ordinal)
                .Select(g =>
                {
                    var first = g.First();
                    var mixed = g.Any(o => o.SourceId == _options.PaperSourceId) && g.Any(o => o.SourceId != _options.PaperSourceId);
                    return new ChartSeries
                    {
                        Name = SeriesName(first),
                        EntityCode = SeriesCode(first),
                        MarkerCode = bothVary ? first.EntityCode : null,
                        Points = g.OrderBy(o => o.ParsedPeriod.Start).ThenBy(o => o.ParsedPeriod.End).ThenBy(o => o.EntityCode, StringComparer.Ordinal)
                            .Select(o => ToPoint(o, mixed))
                            .ToList(),
                    };
                })
                .OrderBy(s => PaletteRank(s.EntityCode))
                .ThenBy(s => s.Name, StringComparer.Ordinal)
                .ToList();
        }

        var categoryRows = rows
            .OrderBy(o => multiEntityStack ? PaletteRank(o.EntityCode) : 0)
            .ThenBy(o => multiEntityStack ? cx.Name(o.EntityCode) : "", StringComparer.Ordinal)
            .ThenBy(o => o.ParsedPeriod.Start).ThenBy(o => o.ParsedPeriod.End)
            .DistinctBy(Category, StringComparer.Ordinal)
            .ToList();
        var categories = categoryRows.Select(Category).ToList();

        // Marks: the paper's figures from the claims table, on the series and period each claim is checked against.
        var marks = new List<ChartMark>();
        var claimMarks = await claims.GetMarksAsync(cx.Indicator.Id, ct);
        foreach (var claim in claimMarks)
        {
            var o = rows.FirstOrDefault(o => o.EntityCode == claim.EntityCode && o.CounterpartCode == claim.CounterpartCode && o.Period == claim.Period);
            if (o is null || grouped.Contains(SeriesCode(o)))
            {
                continue;
            }

            var stated = claim.StatedText + (claim.Unit == "%" ? "%" : "");
            marks.Add(new ChartMark
            {
                ClaimId = claim.ClaimId,
                SeriesCode = SeriesCode(o),
                SeriesName = SeriesName(o),
                X = o.ParsedPeriod.MidYear,
                Period = o.Period,
                PeriodLabel = o.ParsedPeriod.Label,
                Category = Category(o),
                Value = claim.StatedValue,
                SeriesValue = o.Value,
                Stated = stated,
                Label = $"{(!stacked && NearerToAnother(rows, o, claim.StatedValue, SeriesKey) ? SeriesName(o) + ", " : "")}paper: {stated}",
                Group = claim.Wording,
            });
        }

        var used = UsedSources(cx, rows.Select(o => o.SourceId));
        var scope = byCounterpart
            ? string.Join(", ", entityCodes.Select(cx.Name))
            : Scope(entityCodes.Select(cx.Name).ToList());
        var subtitle = JoinParts(
            $"Unit: {cx.Indicator.Unit}",
            scope,
            PeriodText(periods, kind),
            AsOf(used, rows.All(o => o.Basis == "stated")));

        notes.InsertRange(0, MarkNotes(cx, marks, claimMarks));
        notes.AddRange(rows.Where(o => !string.IsNullOrWhiteSpace(o.PeriodAsStated))
            .GroupBy(o => o.PeriodAsStated!.Trim(), StringComparer.Ordinal)
            .Select(g => $"Period in the source's words for {string.Join(", ", g.Select(o => o.ParsedPeriod.Label).Distinct(StringComparer.Ordinal))}: “{g.Key}”")
            .Take(2));
        if (omitted > 0)
        {
            notes.Insert(0, $"Showing the {MaxSeries.ToString(Inv)} largest series; {omitted.ToString(Inv)} more: choose entities to see them");
        }

        if (series.Any(s => s.Points.Any(p => p.Marked)))
        {
            notes.Add("Ringed points: the paper's figures");
        }

        if (rows.Any(o => o.Basis == "derived"))
        {
            notes.Add("Some values derived from the source data (method in the CSV)");
        }

        var secondary = rows.Where(o => o.SourceId == _options.PaperSourceId).Select(o => Secondary(o.Locator)).ToList();
        var spec = new ChartSpec
        {
            Kind = kind,
            IndicatorId = cx.Indicator.Id,
            Title = cx.Indicator.Name,
            Subtitle = subtitle,
            Unit = cx.Indicator.Unit,
            YAxisLabel = cx.Indicator.Unit,
            XAxisLabel = null,
            MinValue = cx.Indicator.MinValue,
            MaxValue = cx.Indicator.MaxValue,
            Series = series,
            Categories = categories,
            CategoryLabels = stacked ? categoryRows.Select(o => ShortLabel(o.ParsedPeriod)).ToList() : [],
            CategoryGroups = multiEntityStack ? categoryRows.Select(o => cx.Name(o.EntityCode)).ToList() : [],
            Marks = marks,
            Sources = used,
            Notes = notes,
            Footer = Footer(used, secondary),
        };

        var table = new ChartDataTable
        {
            Columns = ["indicator", "entity", "entity_name", "counterpart", "counterpart_name", "period", "period_as_stated", "value", "unit", "source", "source_citation", "locator", "basis", "derived_from", "note"],
            Rows = rows.Select(o => (IReadOnlyList<object?>)
            [
                o.IndicatorId, o.EntityCode, cx.Name(o.EntityCode), o.CounterpartCode, o.CounterpartCode is null ? null : cx.Name(o.CounterpartCode),
                o.Period, o.PeriodAsStated, o.Value, cx.Indicator.Unit, o.SourceId, cx.Sources.GetValueOrDefault(o.SourceId)?.Citation,
                o.Locator, o.Basis, o.DerivedFrom, o.Note,
            ]).ToList(),
        };
        return new ChartData(spec, table) { Observations = rows };
    }

    /// <summary>
    /// The default view when the request names no entity on the entity side (documented in README "Chart images"):
    /// a stacked share shows the group (e.g. CA5) when the indicator has rows for one, instead of stacking every
    /// recipient; a series chart whose entity and counterpart both vary (supplier → recipient) shows only China and
    /// Russia as counterparts when they are among them. Other kinds show everything (capped at <see cref="MaxSeries"/>).
    /// </summary>
    private static List<Observation> DefaultSelection(Context cx, ChartKind kind, IReadOnlyList<Observation> rows, List<string> notes)
    {
        var list = rows.ToList();
        var entityCodes = list.Select(o => o.EntityCode).Distinct(StringComparer.Ordinal).ToList();
        var entityChosen = cx.Request.Entities.Any(entityCodes.Contains);
        if (entityChosen || entityCodes.Count < 2)
        {
            return list;
        }

        if (kind == ChartKind.StackedShare)
        {
            var group = entityCodes.Where(c => cx.Kinds.GetValueOrDefault(c) == "group")
                .OrderBy(PaletteRank).ThenBy(cx.Name, StringComparer.Ordinal).FirstOrDefault();
            return group is null ? list : list.Where(o => o.EntityCode == group).ToList();
        }

        var counterparts = list.Select(o => o.CounterpartCode).OfType<string>().Distinct(StringComparer.Ordinal).ToList();
        var focus = FocusCodes.Where(counterparts.Contains).ToList();
        if (cx.Request.Entities.Count > 0 || counterparts.Count < 2 || focus.Count == 0 || focus.Count == counterparts.Count)
        {
            return list;
        }

        notes.Add($"Showing {string.Join(" and ", focus.Select(cx.Name))} as counterpart (default); choose entities for the other {(counterparts.Count - focus.Count).ToString(Inv)}");
        return list.Where(o => o.CounterpartCode is not null && focus.Contains(o.CounterpartCode)).ToList();
    }

    /// <summary>
    /// At most <paramref name="max"/> windows: all when they fit, otherwise non-overlapping ones counted back from the
    /// latest (2019–2023, 2014–2018, …), the latest <paramref name="max"/> of those.
    /// </summary>
    public static IReadOnlyList<Period> ThinWindows(IReadOnlyList<Period> windows, int max)
    {
        if (windows.Count <= max)
        {
            return windows;
        }

        var picked = new List<Period>();
        foreach (var w in windows.OrderByDescending(w => w.End).ThenByDescending(w => w.Start))
        {
            if (picked.Count == 0 || w.End < picked[^1].Start)
            {
                picked.Add(w);
            }
        }

        return picked.Take(Math.Max(1, max)).Reverse().ToList();
    }

    /// <summary>
    /// The suppliers a stacked share names, in stack and legend order: China and Russia first (always, however small),
    /// then the <see cref="StackedNamedSuppliers"/> others with the largest mean share over the bars shown; the rest are
    /// summed as "Other suppliers" (a single remaining supplier is named instead).
    /// </summary>
    private static (List<string> Named, List<string> Minor) SplitSuppliers(IReadOnlyList<Observation> rows, Func<Observation, string> code)
    {
        var bars = Math.Max(1, rows.Select(o => (o.EntityCode, o.Period)).Distinct().Count());
        var mean = rows.GroupBy(code, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Sum(o => o.Value) / bars, StringComparer.Ordinal);
        var named = FocusCodes.Where(mean.ContainsKey).ToList();
        var others = mean.Keys.Except(named, StringComparer.Ordinal)
            .OrderByDescending(c => mean[c]).ThenBy(c => c, StringComparer.Ordinal).ToList();
        var minor = others.Skip(StackedNamedSuppliers).ToList();
        if (minor.Count == 1)
        {
            minor.Clear();
        }

        named.AddRange(others.Except(minor, StringComparer.Ordinal));
        return (named, minor);
    }

    /// <summary>
    /// Whether a stated value lies nearer another series' value of the same period than its own series' value: then
    /// the mark's label names its series, so a reader does not take the ◆ for the other line's.
    /// </summary>
    private static bool NearerToAnother(IReadOnlyList<Observation> rows, Observation own, double stated, Func<Observation, string> seriesKey)
    {
        var distance = Math.Abs(own.Value - stated);
        return rows.Any(o => o.Period == own.Period && seriesKey(o) != seriesKey(own) && Math.Abs(o.Value - stated) < distance);
    }

    /// <summary>Notes for marked figures: what ◆ means, figures marked on several candidate periods, different measures.</summary>
    private List<string> MarkNotes(Context cx, List<ChartMark> marks, IReadOnlyList<ClaimMark> claimMarks)
    {
        if (marks.Count == 0)
        {
            return [];
        }

        var paper = cx.Sources.GetValueOrDefault(_options.PaperSourceId) is { } s ? ShortCitation.From(s.Citation) : "the paper";
        var first = $"{MarkSymbol} figure stated in {paper}, at the period the claim check uses";
        var candidates = marks.GroupBy(m => m.Group, StringComparer.Ordinal).Where(g => g.Count() > 1)
            .Select(g => $"{g.First().Stated} is one figure, marked on each candidate period: {string.Join(", ", g.Select(m => ShortLabel(Period.Parse(m.Period))))}");
        var result = new List<string> { string.Join("; ", candidates.Prepend(first)) };

        // Claims whose explanation starts "Different measures:" compare unlike quantities; say so under the chart.
        var shown = marks.Select(m => m.ClaimId).ToHashSet(StringComparer.Ordinal);
        result.AddRange(claimMarks.Where(c => shown.Contains(c.ClaimId))
            .Select(c => MeasureNote(c.Explanation))
            .OfType<string>()
            .Distinct(StringComparer.Ordinal));
        return result;
    }

    /// <summary>The first sentence of an explanation starting "Different measures:", without parentheses; otherwise null.</summary>
    public static string? MeasureNote(string explanation)
    {
        const string prefix = "Different measures:";
        if (!explanation.StartsWith(prefix, StringComparison.Ordinal))
        {
            return null;
        }

        var text = Parenthesised().Replace(explanation, "");
        var end = text.IndexOf(". ", StringComparison.Ordinal);
        return (end < 0 ? text.TrimEnd('.') : text[..end]) + ".";
    }

    /// <summary>A window label short enough for a bar: "2016–20" (same century), else the full label.</summary>
    public static string ShortLabel(Period p) =>
        p.Kind == PeriodKind.Range && p.StartYear / 100 == p.EndYear / 100
            ? string.Create(Inv, $"{p.StartYear}–{p.EndYear % 100:00}")
            : p.Label;

    [GeneratedRegex(@"\s*\([^()]*\)")]
    private static partial Regex Parenthesised();

    /// <summary>
    /// Keeps the observations a selection of codes asks for; empty = all. A code that is an entity of the rows selects
    /// entities; the other codes select counterparts (so <c>KAZ</c> on supplier shares is Kazakhstan's imports, not
    /// Kazakhstan as a supplier, and <c>KAZ,CHN</c> is Kazakhstan's imports from China).
    /// </summary>
    public static IReadOnlyList<Observation> SelectEntities(IReadOnlyList<Observation> rows, IReadOnlyList<string> codes)
    {
        if (codes.Count == 0)
        {
            return rows;
        }

        var wanted = codes.ToHashSet(StringComparer.Ordinal);
        var asEntity = rows.Select(o => o.EntityCode).Where(wanted.Contains).ToHashSet(StringComparer.Ordinal);
        var asCounterpart = rows.Where(o => o.CounterpartCode is not null).Select(o => o.CounterpartCode!)
            .Where(c => wanted.Contains(c) && !asEntity.Contains(c)).ToHashSet(StringComparer.Ordinal);
        if (asEntity.Count == 0 && asCounterpart.Count == 0)
        {
            return [];
        }

        return rows
            .Where(o => asEntity.Count == 0 || asEntity.Contains(o.EntityCode))
            .Where(o => asCounterpart.Count == 0 || (o.CounterpartCode is not null && asCounterpart.Contains(o.CounterpartCode)))
            .ToList();
    }

    /// <summary>The kind to draw: the indicator's, unless the data do not fit it.</summary>
    public static ChartKind ResolveKind(ChartKind wanted, int periodCount, int counterpartCount) => wanted switch
    {
        ChartKind.Line when periodCount <= 1 => ChartKind.GroupedBar,
        ChartKind.Slope when periodCount < 2 => ChartKind.GroupedBar,
        ChartKind.Slope when periodCount > 2 => ChartKind.Line,
        ChartKind.GroupedBar when periodCount > MaxBarGroups => ChartKind.Line,
        ChartKind.StackedShare when counterpartCount == 0 => ChartKind.GroupedBar,
        _ => wanted,
    };

    private async Task<ChartData> TimelineAsync(Context cx, CancellationToken ct)
    {
        var list = await events.GetEventsAsync(cx.Request.From?.StartYear, cx.Request.To?.EndYear, ct: ct);
        if (cx.Request.Entities.Count > 0)
        {
            var wanted = cx.Request.Entities.ToHashSet(StringComparer.Ordinal);
            list = list.Where(e => wanted.Contains(e.ActorCode) || (e.CountryCode is not null && wanted.Contains(e.CountryCode))).ToList();
        }

        var chartEvents = list.Select(e => new ChartEvent
        {
            X = EventX(e),
            DateLabel = DateLabel(e),
            ActorCode = e.ActorCode,
            ActorName = cx.Name(e.ActorCode),
            Dimension = e.Dimension,
            Title = e.Title,
        }).ToList();
        var used = UsedSources(cx, list.Select(e => e.SourceId));
        var years = list.Select(e => e.SortKey / 10000).ToList();
        var subtitle = JoinParts(
            list.Count == 1 ? "1 event" : $"{list.Count.ToString(Inv)} events",
            "by actor (colour) and dimension (marker)",
            years.Count == 0 ? "" : years.Min() == years.Max() ? years.Min().ToString(Inv) : $"{years.Min().ToString(Inv)}–{years.Max().ToString(Inv)}");
        var spec = new ChartSpec
        {
            Kind = ChartKind.Timeline,
            IndicatorId = cx.Indicator.Id,
            Title = cx.Indicator.Name,
            Subtitle = subtitle,
            Unit = cx.Indicator.Unit,
            Events = chartEvents,
            Sources = used,
            Notes = list.Any(e => e.Title.StartsWith("Target", StringComparison.Ordinal)) ? ["Target years are plans, not events that occurred"] : [],
            Footer = Footer(used, list.Where(e => e.SourceId == _options.PaperSourceId).Select(e => Secondary(e.Locator)).ToList()),
        };
        var table = new ChartDataTable
        {
            Columns = ["indicator", "date", "precision", "actor", "actor_name", "country", "country_name", "dimension", "title", "source", "source_citation", "locator", "note"],
            Rows = list.Select(e => (IReadOnlyList<object?>)
            [
                cx.Indicator.Id, e.Date, e.Precision, e.ActorCode, cx.Name(e.ActorCode), e.CountryCode, e.CountryCode is null ? null : cx.Name(e.CountryCode),
                e.Dimension, e.Title, e.SourceId, cx.Sources.GetValueOrDefault(e.SourceId)?.Citation, e.Locator, e.Note,
            ]).ToList(),
        };
        return new ChartData(spec, table);
    }

    private async Task<ChartData> TableAsync(Context cx, CancellationToken ct)
    {
        IEnumerable<Project> list = await projects.GetProjectsAsync(ct);
        if (cx.Request.Entities.Count > 0)
        {
            var wanted = cx.Request.Entities.ToHashSet(StringComparer.Ordinal);
            list = list.Where(p => wanted.Contains(p.CountryCode) || (p.LenderCode is not null && wanted.Contains(p.LenderCode)));
        }

        if (cx.Request.From is { } from)
        {
            list = list.Where(p => p.Year is { } y && y >= from.StartYear);
        }

        if (cx.Request.To is { } to)
        {
            list = list.Where(p => p.Year is { } y && y <= to.EndYear);
        }

        var shown = list.ToList();
        static string Text(string? s) => string.IsNullOrWhiteSpace(s) ? "–" : s;
        static string Number(double? v, string format) => v is { } x ? x.ToString(format, Inv) : "–";
        var display = new ChartTable
        {
            Columns = ["Project", "Country", "Year", "Vendor", "Cameras", "Cost, US$ m", "Loan, US$ m", "Lender"],
            NumericColumns = [false, false, true, false, true, true, true, false],
            Rows = shown.Select(p => new ChartTableRow
            {
                EntityCode = p.CountryCode,
                Cells =
                [
                    p.Name,
                    cx.Name(p.CountryCode),
                    p.Year?.ToString(Inv) ?? "–",
                    Text(p.Vendor),
                    Number(p.Cameras, "#,0"),
                    Number(p.CostUsdM, "#,0.##"),
                    Number(p.LoanUsdM, "#,0.##"),
                    p.LenderCode is null ? "–" : cx.Name(p.LenderCode),
                ],
            }).ToList(),
        };
        var used = UsedSources(cx, shown.Select(p => p.SourceId));
        var spec = new ChartSpec
        {
            Kind = ChartKind.Table,
            IndicatorId = cx.Indicator.Id,
            Title = cx.Indicator.Name,
            Subtitle = JoinParts(shown.Count == 1 ? "1 project" : $"{shown.Count.ToString(Inv)} projects", Scope(shown.Select(p => cx.Name(p.CountryCode)).Distinct(StringComparer.Ordinal).ToList()), "– = not given in the source"),
            Unit = cx.Indicator.Unit,
            Table = display,
            Sources = used,
            Footer = Footer(used, shown.Where(p => p.SourceId == _options.PaperSourceId).Select(p => Secondary(p.Locator)).ToList()),
        };
        var table = new ChartDataTable
        {
            Columns = ["indicator", "id", "name", "city", "country", "country_name", "year", "vendor", "cameras", "cost_usd_m", "loan_usd_m", "lender", "source", "source_citation", "locator", "note"],
            Rows = shown.Select(p => (IReadOnlyList<object?>)
            [
                cx.Indicator.Id, p.Id, p.Name, p.City, p.CountryCode, cx.Name(p.CountryCode), p.Year, p.Vendor, p.Cameras, p.CostUsdM, p.LoanUsdM,
                p.LenderCode, p.SourceId, cx.Sources.GetValueOrDefault(p.SourceId)?.Citation, p.Locator, p.Note,
            ]).ToList(),
        };
        return new ChartData(spec, table);
    }

    private static List<ChartSource> UsedSources(Context cx, IEnumerable<string> ids) =>
        ids.Distinct(StringComparer.Ordinal)
            .Select(id => cx.Sources.GetValueOrDefault(id))
            .OfType<Source>()
            .Select(s => new ChartSource
            {
                Id = s.Id,
                ShortCitation = ShortCitation.From(s.Citation),
                Citation = s.Citation,
                Url = s.Url,
                Licence = s.Licence,
                Edition = s.Edition,
            })
            .OrderBy(s => s.ShortCitation, StringComparer.Ordinal)
            .ToList();

    private string Footer(List<ChartSource> used, IReadOnlyList<string?> secondary)
    {
        var distinctSecondary = secondary.OfType<string>().Distinct(StringComparer.Ordinal).ToList();
        var parts = used.Select(s =>
            s.Id == _options.PaperSourceId && distinctSecondary.Count is > 0 and <= 2 && secondary.All(x => x is not null)
                ? $"{s.ShortCitation}, citing {string.Join(" and ", distinctSecondary)}"
                : s.ShortCitation);
        var cited = used.Count == 0 ? "no data shown" : string.Join("; ", parts);
        return $"Source: {cited} · {_options.SiteName}";
    }

    /// <summary>The source a paper row itself cites: what follows "; " in its locator ("§2.1 …; Zanini 2022, p. 2").</summary>
    private static string? Secondary(string locator)
    {
        var i = locator.IndexOf("; ", StringComparison.Ordinal);
        return i < 0 ? null : locator[(i + 2)..].Trim();
    }

    private string AsOf(List<ChartSource> used, bool allStated)
    {
        if (used.Count == 1 && used[0].Id == _options.PaperSourceId && allStated)
        {
            return $"as stated in {used[0].ShortCitation}";
        }

        var editions = used.Where(s => s.Id != _options.PaperSourceId)
            .Select(s => ShortEdition(s.Edition))
            .OfType<string>()
            .Distinct(StringComparer.Ordinal)
            .ToList();
        return editions.Count == 1 ? $"as of {editions[0]}" : "";
    }

    private static string? ShortEdition(string? edition)
    {
        if (string.IsNullOrWhiteSpace(edition))
        {
            return null;
        }

        var cut = edition.IndexOfAny(['(', ',']);
        var text = (cut > 0 ? edition[..cut] : edition).Trim();
        return text.Length is > 0 and <= 40 ? text : null;
    }

    private static string Scope(List<string> names) => names.Count switch
    {
        0 => "",
        <= 4 => string.Join(", ", names),
        _ => $"{names.Count.ToString(Inv)} countries and groups",
    };

    private static string PeriodText(List<Period> periods, ChartKind kind)
    {
        if (periods.Count == 0)
        {
            return "";
        }

        if (periods.Count == 1)
        {
            return periods[0].Label;
        }

        var (first, last) = (periods[0], periods[^1]);
        if (kind == ChartKind.Slope || periods.Count == 2)
        {
            return $"{first.Label} and {last.Label}";
        }

        return first.Kind == PeriodKind.Range || last.Kind == PeriodKind.Range
            ? $"{first.Label} to {last.Label}"
            : $"{first.Label}–{last.Label}";
    }

    private static string JoinParts(params string[] parts) =>
        string.Join(" · ", parts.Where(p => !string.IsNullOrWhiteSpace(p)));

    private static int PaletteRank(string code)
    {
        var i = Array.IndexOf(PaletteOrder, code);
        return i < 0 ? PaletteOrder.Length : i;
    }

    private static double EventX(TimelineEvent e)
    {
        var year = e.SortKey / 10000;
        var month = e.SortKey / 100 % 100;
        var day = e.SortKey % 100;
        return year + (month == 0 ? 0.5 : (month - 1 + (day == 0 ? 0.5 : (day - 0.5) / 31.0)) / 12.0);
    }

    private static readonly string[] Months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

    private static string DateLabel(TimelineEvent e)
    {
        var year = e.SortKey / 10000;
        var month = e.SortKey / 100 % 100;
        var day = e.SortKey % 100;
        return e.Precision switch
        {
            "day" when month is >= 1 and <= 12 => $"{day.ToString(Inv)} {Months[month - 1]} {year.ToString(Inv)}",
            "month" when month is >= 1 and <= 12 => $"{Months[month - 1]} {year.ToString(Inv)}",
            _ => year.ToString(Inv),
        };
    }
}

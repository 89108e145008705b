using System.Globalization;
using Dashboard.Data.Model;
using Dashboard.Web.Charts.Model;
using Dashboard.Web.Charts.Selection;
using Dashboard.Web.Charts.Styling;
using Dashboard.Web.Localization;

namespace Dashboard.Web.Charts.Composing;

/// <summary>
/// The series family (line, slope, grouped bars, stacked shares): selection of entities, default view, kind fallback,
/// series identity, window thinning and the series cap, marks, texts. The selection rules are in README "Chart images".
/// </summary>
public static class ObservationComposer
{
    /// <summary>At most this many series are drawn (and exported): the largest, China and Russia first.</summary>
    public const int MaxSeries = 12;

    private static readonly CultureInfo Inv = CultureInfo.InvariantCulture;

    public static ChartSpec Compose(ChartInputs cx, ChartKind declared, ChartOptions options)
    {
        var notes = new ChartNotes();
        var language = cx.Language;
        var rows = DefaultView.Apply(cx, declared, EntitySelection.Select(cx.Observations, cx.Selection.Entities), notes);
        var entityCodes = rows.Select(o => o.EntityCode).Distinct(StringComparer.Ordinal).ToList();
        var counterpartCodes = rows.Where(o => o.CounterpartCode is not null).Select(o => o.CounterpartCode!).Distinct(StringComparer.Ordinal).ToList();
        var periods = PeriodsOf(rows);
        var kind = ChartKinds.Resolve(declared, periods.Count, periods.Select(p => p.MidYear).Distinct().Count(), counterpartCodes.Count);
        var stacked = kind == ChartKind.StackedShare;
        var identity = new SeriesIdentity(cx, stacked, entityCodes.Count, counterpartCodes.Count);
        var multiEntityStack = stacked && entityCodes.Count > 1;
        string Category(Observation o) => multiEntityStack ? $"{cx.Name(o.EntityCode)} · {language.Period(o.ParsedPeriod)}" : language.Period(o.ParsedPeriod);

        if (stacked)
        {
            // One bar per recipient and window: too many bars → non-overlapping windows, counted back from the latest.
            var kept = WindowThinning.Thin(periods, Math.Max(1, StackedShares.MaxBars / Math.Max(1, entityCodes.Count)));
            if (kept.Count < periods.Count)
            {
                var keep = kept.ToHashSet();
                rows = rows.Where(o => keep.Contains(o.ParsedPeriod)).ToList();
                notes.Add(NoteKind.View, language.F("Showing {0} non-overlapping windows of {1}; choose from/to for the others", language.Count(kept.Count), language.Count(periods.Count)));
                periods = kept.ToList();
            }
        }

        // More series than a reader can tell apart: keep the largest (China and Russia always) and say so. Stacked
        // shares sum the minor suppliers instead, so every bar keeps its total.
        var omitted = 0;
        var keys = rows.GroupBy(identity.Key, StringComparer.Ordinal).ToList();
        if (!stacked && keys.Count > MaxSeries)
        {
            var kept = keys
                .OrderByDescending(g => g.Any(o => ChartPalette.FocusCodes.Contains(identity.Code(o))))
                .ThenByDescending(g => g.Sum(o => Math.Abs(o.Value)))
                .Take(MaxSeries)
                .Select(g => g.Key)
                .ToHashSet(StringComparer.Ordinal);
            omitted = keys.Count - kept.Count;
            rows = rows.Where(o => kept.Contains(identity.Key(o))).ToList();
        }

        ChartPoint Point(Observation o, bool mixed) => new()
        {
            X = o.ParsedPeriod.MidYear,
            Period = o.ParsedPeriod,
            PeriodLabel = language.Period(o.ParsedPeriod),
            PeriodAsStated = string.IsNullOrWhiteSpace(o.PeriodAsStated) ? null : o.PeriodAsStated.Trim(),
            Category = Category(o),
            Value = o.Value,
            Marked = mixed && o.SourceId == options.PaperSourceId,
            MarkLabel = mixed && o.SourceId == options.PaperSourceId ? language.T("paper") : null,
            Entity = o.EntityCode,
            Counterpart = o.CounterpartCode,
            SourceId = o.SourceId,
            Locator = o.Locator,
            Basis = o.Basis,
        };

        var (series, summed) = stacked
            ? StackedShares.Compose(cx, rows, identity, Point, entityCodes, counterpartCodes, notes)
            : (Lines(rows, identity, Point, options), new HashSet<string>(StringComparer.Ordinal));
        var categoryRows = rows
            .OrderBy(o => multiEntityStack ? ChartPalette.Rank(o.EntityCode) : 0)
            .ThenBy(o => multiEntityStack ? cx.Name(o.EntityCode) : "", StringComparer.Ordinal)
            .ThenBy(o => o.ParsedPeriod.Start).ThenBy(o => o.ParsedPeriod.End)
            .DistinctBy(Category, StringComparer.Ordinal)
            .ToList();
        var marks = MarkComposer.Marks(cx, rows, identity, Category, summed, stacked);
        var used = ChartTexts.UsedSources(cx, rows.Select(o => o.SourceId));
        var scope = identity.ByCounterpart ? string.Join(", ", entityCodes.Select(cx.Name)) : ChartTexts.Scope(entityCodes.Select(cx.Name).ToList(), language);

        notes.AddRange(NoteKind.Marks, MarkComposer.Notes(cx, marks, options));
        if (ChartEstimates.Note(kind, series, language) is { } estimates)
        {
            notes.Add(NoteKind.Estimates, estimates);
        }

        notes.AddRange(NoteKind.SourceWords, rows.Where(o => !string.IsNullOrWhiteSpace(o.PeriodAsStated))
            .GroupBy(o => o.PeriodAsStated!.Trim(), StringComparer.Ordinal)
            .Select(g => language.F("Period in the source's words for {0}: “{1}”", string.Join(", ", g.Select(o => language.Period(o.ParsedPeriod)).Distinct(StringComparer.Ordinal)), g.Key))
            .Take(2));
        if (omitted > 0)
        {
            notes.Add(NoteKind.SeriesLimit, language.F("Showing the {0} largest series; {1} more: choose entities to see them", language.Count(MaxSeries), language.Count(omitted)));
        }

        // The loader read only whole series up to Charts:MaxRows: say so first, before anything else is cut.
        var capped = cx.MatchingObservations > cx.Observations.Count;
        if (capped)
        {
            notes.Add(NoteKind.Cap, language.F("Drawn from the first {0} of {1} matching rows (whole series, China and Russia first); choose entities or periods for the rest",
                language.Count(cx.Observations.Count), language.Count(cx.MatchingObservations)));
        }

        if (series.Any(s => s.Points.Any(p => p.Marked)))
        {
            notes.Add(NoteKind.Legend, language.T("Ringed points: the paper's figures"));
        }

        if (rows.Any(o => o.Basis == "derived"))
        {
            notes.Add(NoteKind.Method, language.T("Some values derived from the source data (method in the CSV)"));
        }

        return ChartComposer.Base(cx, kind) with
        {
            Subtitle = ChartTexts.JoinParts(language.F("Unit: {0}", cx.Indicator.Unit), scope, ChartTexts.PeriodText(periods, kind, language),
                ChartTexts.AsOf(used, rows.All(o => o.Basis == "stated"), options, language)),
            YAxisLabel = cx.Indicator.Unit,
            MinValue = cx.Indicator.MinValue,
            MaxValue = cx.Indicator.MaxValue,
            Periods = periods,
            EntityNames = Subjects(cx, rows.Select(o => o.EntityCode)),
            Series = series,
            Categories = categoryRows.Select(Category).ToList(),
            CategoryLabels = stacked ? categoryRows.Select(o => ChartTexts.ShortLabel(o.ParsedPeriod, language)).ToList() : [],
            CategoryGroups = multiEntityStack ? categoryRows.Select(o => cx.Name(o.EntityCode)).ToList() : [],
            Marks = marks,
            Observations = rows,
            MatchingRows = Math.Max(cx.MatchingObservations, cx.Observations.Count),
            IsCapped = capped,
            Names = NamesOf(cx, rows.SelectMany(o => new[] { o.EntityCode, o.CounterpartCode })),
            Sources = used,
            Notes = notes.ToList(),
            Footer = ChartTexts.Footer(used, rows.Select(o => (o.SourceId, o.Locator)), options, language),
        };
    }

    /// <summary>One series per identity, in palette order (China, Russia, …), each point as drawn.</summary>
    private static List<ChartSeries> Lines(IReadOnlyList<Observation> rows, SeriesIdentity identity, Func<Observation, bool, ChartPoint> point, ChartOptions options) =>
        rows.GroupBy(identity.Key, StringComparer.Ordinal)
            .Select(g =>
            {
                var first = g.First();
                var mixed = g.Any(o => o.SourceId == options.PaperSourceId) && g.Any(o => o.SourceId != options.PaperSourceId);
                var (entity, counterpart) = identity.Of(first);
                return new ChartSeries
                {
                    Name = identity.Name(first),
                    Entity = entity,
                    Counterpart = counterpart,
                    StyleCode = identity.Code(first),
                    MarkerCode = identity.BothVary ? first.EntityCode : null,
                    Points = g.OrderBy(o => o.ParsedPeriod.Start).ThenBy(o => o.ParsedPeriod.End).ThenBy(o => o.EntityCode, StringComparer.Ordinal)
                        .Select(o => point(o, mixed))
                        .ToList(),
                };
            })
            .OrderBy(s => ChartPalette.Rank(s.StyleCode))
            .ThenBy(s => s.Name, StringComparer.Ordinal)
            .ToList();

    private static List<Period> PeriodsOf(IEnumerable<Observation> rows) =>
        rows.Select(o => o.ParsedPeriod).Distinct().OrderBy(p => p.Start).ThenBy(p => p.End).ToList();

    /// <summary>The entities asked for by name, in the order asked; with none, the codes of the rows shown.</summary>
    internal static List<string> Subjects(ChartInputs cx, IEnumerable<string> rowCodes) =>
        (cx.Selection.Entities.Count > 0 ? cx.Selection.Entities : rowCodes.Distinct(StringComparer.Ordinal)).Select(cx.Name).ToList();

    internal static Dictionary<string, string> NamesOf(ChartInputs cx, IEnumerable<string?> codes) =>
        codes.OfType<string>().Distinct(StringComparer.Ordinal).ToDictionary(c => c, cx.Name, StringComparer.Ordinal);
}

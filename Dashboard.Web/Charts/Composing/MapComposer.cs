using System.Globalization;
using Dashboard.Data.Model;
using Dashboard.Web.Charts.Maps;
using Dashboard.Web.Charts.Model;
using Dashboard.Web.Charts.Selection;
using Dashboard.Web.Charts.Styling;

namespace Dashboard.Web.Charts.Composing;

/// <summary>
/// The map family (<c>kind=map</c>): the five states filled by their value for one period. Which rows: those of
/// countries, for one counterpart (the one asked for, else the one with most rows for the five, China and Russia
/// first); which period: <see cref="MapPeriod"/> (<c>to=</c>, or the latest with data for most of the five). A map
/// always shows the five states: <c>entities=</c> does not narrow it. Each mapped row is one series of one point, so
/// alt text, CSV rows, hover values and decks read the spec as they read any other chart. Pure.
/// </summary>
public static class MapComposer
{
    private static readonly CultureInfo Inv = CultureInfo.InvariantCulture;

    public static ChartSpec Compose(ChartInputs cx, ChartOptions options)
    {
        var geometry = cx.Geometry;
        var countryRows = cx.Observations.Where(o => IsCountry(cx, o.EntityCode)).ToList();
        var problem = MapAvailability.Problem(cx.DeclaredKind, countryRows.Count > 0 || cx.HasCountryRows, geometry is not null);
        if (problem is not null || geometry is null)
        {
            return ChartComposer.Base(cx, ChartKind.Map) with
            {
                Subtitle = $"Unit: {cx.Indicator.Unit}",
                Notes = [problem ?? ""],
                Footer = ChartTexts.Footer([], [], options),
            };
        }

        var subjects = geometry.Subjects.Select(s => s.Code).ToList();
        var counterpart = Counterpart(cx, countryRows, subjects);
        var rows = countryRows.Where(o => o.CounterpartCode == counterpart).ToList();
        // None of the five has a row in range (say, rows only for China and Russia): the same rule over the countries that have.
        var keyed = rows.Select(o => (o.EntityCode, o.Period)).ToList();
        var period = MapPeriod.Choose(keyed, subjects, cx.Selection.From, cx.Selection.To)
            ?? MapPeriod.Choose(keyed, keyed.Select(r => r.EntityCode).Distinct(StringComparer.Ordinal).ToList(), cx.Selection.From, cx.Selection.To);
        var notes = new ChartNotes();
        var mapped = period is null ? [] : Mapped(cx, rows, subjects, period, notes);
        var periods = period is null ? new List<Period>() : [Period.Parse(period)];
        var periodLabel = periods.Count == 1 ? periods[0].Label : "";
        var used = ChartTexts.UsedSources(cx, mapped.Select(o => o.SourceId));
        var names = ObservationComposer.NamesOf(cx, mapped.SelectMany(o => new[] { o.EntityCode, o.CounterpartCode }).Concat(subjects));
        var layer = MapLayer.Create(geometry, mapped.ToDictionary(o => o.EntityCode, o => o.Value, StringComparer.Ordinal),
            cx.Indicator.Unit, periodLabel, names);

        if (mapped.Count == 0)
        {
            // Rows for other countries only (say, China and Russia), or none in the periods asked for.
            var elsewhere = rows.Any(o => subjects.Contains(o.EntityCode))
                ? []
                : rows.Select(o => o.EntityCode).Distinct(StringComparer.Ordinal).Select(cx.Name).Take(4).ToList();
            notes.Add(NoteKind.View, elsewhere.Count == 0
                ? "No row for the five Central Asian states in this period"
                : $"None of the five Central Asian states has data here; the rows are for {string.Join(", ", elsewhere)}");
        }
        else if (layer.HasMissingValues)
        {
            notes.Add(NoteKind.View, $"No data for {string.Join(", ", layer.Subjects.Where(r => r.Value is null).Select(r => r.Name))} in {periodLabel}");
        }

        var stated = mapped.Where(o => !string.IsNullOrWhiteSpace(o.PeriodAsStated)).Select(o => o.PeriodAsStated!.Trim()).Distinct(StringComparer.Ordinal).ToList();
        if (stated.Count > 0)
        {
            notes.Add(NoteKind.SourceWords, $"Period in the source's words: “{string.Join("”, “", stated.Take(2))}”");
        }

        if (cx.MatchingObservations > cx.Observations.Count)
        {
            notes.Add(NoteKind.Cap, string.Create(Inv,
                $"Drawn from the first {cx.Observations.Count:N0} of {cx.MatchingObservations:N0} matching rows; choose a period for the rest"));
        }

        if (mapped.Any(o => o.Basis == "derived"))
        {
            notes.Add(NoteKind.Method, "Some values derived from the source data (method in the CSV)");
        }

        var series = mapped.Select(o => Series(cx, o)).ToList();
        if (ChartEstimates.Note(ChartKind.Map, series) is { } estimates)
        {
            notes.Add(NoteKind.Estimates, estimates);
        }

        var scope = counterpart is null ? "Central Asia (5 states)" : $"Central Asia (5 states) · counterpart: {cx.Name(counterpart)}";
        return ChartComposer.Base(cx, ChartKind.Map) with
        {
            Subtitle = ChartTexts.JoinParts($"Unit: {cx.Indicator.Unit}", scope, periodLabel,
                ChartTexts.AsOf(used, mapped.All(o => o.Basis == "stated"), options)),
            MinValue = cx.Indicator.MinValue,
            MaxValue = cx.Indicator.MaxValue,
            Periods = periods,
            EntityNames = mapped.Select(o => cx.Name(o.EntityCode)).ToList(),
            Series = series,
            Observations = mapped,
            MatchingRows = Math.Max(cx.MatchingObservations, cx.Observations.Count),
            IsCapped = cx.MatchingObservations > cx.Observations.Count,
            Names = names,
            Sources = used,
            Notes = notes.ToList(),
            Footer = ChartTexts.Footer(used, mapped.Select(o => (o.SourceId, o.Locator)), options) with { Credit = string.IsNullOrWhiteSpace(layer.Credit) ? null : layer.Credit },
            Map = layer,
            MapPeriods = rows.Where(o => subjects.Contains(o.EntityCode)).Select(o => o.ParsedPeriod).Distinct()
                .OrderBy(p => p.End).ThenBy(p => p.Start).ToList(),
        };
    }

    private static bool IsCountry(ChartInputs cx, string code) =>
        cx.Entities.TryGetValue(code, out var e) && string.Equals(e.Kind, "country", StringComparison.Ordinal);

    /// <summary>The counterpart asked for; else none when rows have none; else the one with most rows for the five (China, Russia first on ties).</summary>
    private static string? Counterpart(ChartInputs cx, List<Observation> rows, IReadOnlyCollection<string> subjects)
    {
        if (cx.Selection.Counterpart is { } asked)
        {
            return asked;
        }

        if (rows.Any(o => o.CounterpartCode is null))
        {
            return null;
        }

        return rows.GroupBy(o => o.CounterpartCode!, StringComparer.Ordinal)
            .OrderByDescending(g => g.Count(o => subjects.Contains(o.EntityCode)))
            .ThenBy(g => ChartPalette.Rank(g.Key))
            .ThenBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => g.Key)
            .FirstOrDefault();
    }

    /// <summary>One row per state of the five for the period: several (e.g. the paper's figure and a primary series) → the primary one, said in a note.</summary>
    private static List<Observation> Mapped(ChartInputs cx, List<Observation> rows, List<string> subjects, string period, ChartNotes notes)
    {
        var mapped = new List<Observation>();
        foreach (var code in subjects)
        {
            var candidates = rows.Where(o => o.EntityCode == code && o.Period == period).ToList();
            if (candidates.Count == 0)
            {
                continue;
            }

            // The primary series first, then the paper's figure, then an estimate: actual data before projections.
            var chosen = candidates.OrderBy(o => o.Basis switch { ObservationBasis.Derived => 0, ObservationBasis.Stated => 1, _ => 2 })
                .ThenBy(o => o.SourceId, StringComparer.Ordinal).First();
            if (candidates.Count > 1)
            {
                notes.Add(NoteKind.View, $"{cx.Name(code)}: {candidates.Count.ToString(Inv)} rows for {period}; the one from {chosen.SourceId} is shown");
            }

            mapped.Add(chosen);
        }

        return mapped;
    }

    private static ChartSeries Series(ChartInputs cx, Observation o) => new()
    {
        Name = cx.Name(o.EntityCode),
        Entity = o.EntityCode,
        Counterpart = o.CounterpartCode,
        StyleCode = o.EntityCode,
        Points =
        [
            new ChartPoint
            {
                X = o.ParsedPeriod.MidYear,
                Period = o.ParsedPeriod,
                PeriodLabel = o.ParsedPeriod.Label,
                PeriodAsStated = string.IsNullOrWhiteSpace(o.PeriodAsStated) ? null : o.PeriodAsStated.Trim(),
                Category = cx.Name(o.EntityCode),
                Value = o.Value,
                Entity = o.EntityCode,
                Counterpart = o.CounterpartCode,
                SourceId = o.SourceId,
                Locator = o.Locator,
                Basis = o.Basis,
            },
        ],
    };
}

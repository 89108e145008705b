using System.Globalization;
using Dashboard.Data.Model;
using Dashboard.Web.Charts.Maps;
using Dashboard.Web.Charts.Model;
using Dashboard.Web.Charts.Selection;
using Dashboard.Web.Charts.Styling;
using Dashboard.Web.Localization;

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
        var language = cx.Language;
        var countryRows = cx.Observations.Where(o => IsCountry(cx, o.EntityCode)).ToList();
        var problem = MapAvailability.Problem(cx.DeclaredKind, countryRows.Count > 0 || cx.HasCountryRows, geometry is not null);
        if (problem is not null || geometry is null)
        {
            return ChartComposer.Base(cx, ChartKind.Map) with
            {
                Subtitle = language.F("Unit: {0}", cx.Indicator.Unit),
                Notes = [language.T(problem ?? "")],
                Footer = ChartTexts.Footer([], [], options, language),
            };
        }

        var subjects = geometry.Subjects.Select(s => s.Code).ToList();
        var counterpart = Counterpart(cx, countryRows, subjects);
        var rows = countryRows.Where(o => o.CounterpartCode == counterpart).ToList();
        var zeros = MapZeroFill.For(cx.Indicator, rows, subjects);
        // None of the five has a row in range (say, rows only for China and Russia): the same rule over the countries that have.
        var keyed = rows.Select(o => (o.EntityCode, o.Period)).Concat(zeros.Select(z => (z.EntityCode, z.Period.Text))).ToList();
        var period = MapPeriod.Choose(keyed, subjects, cx.Selection.From, cx.Selection.To)
            ?? MapPeriod.Choose(keyed, keyed.Select(r => r.EntityCode).Distinct(StringComparer.Ordinal).ToList(), cx.Selection.From, cx.Selection.To);
        var notes = new ChartNotes();
        var mapped = period is null ? [] : Mapped(cx, rows, subjects, period, notes);
        var zeroed = zeros.Where(z => z.Period.Text == period).ToList();
        var periods = period is null ? new List<Period>() : [Period.Parse(period)];
        var periodLabel = periods.Count == 1 ? language.Period(periods[0]) : "";
        var used = ChartTexts.UsedSources(cx, mapped.Select(o => o.SourceId).Concat(zeroed.Select(z => z.SourceId)));
        var names = ObservationComposer.NamesOf(cx, mapped.SelectMany(o => new[] { o.EntityCode, o.CounterpartCode }).Concat(subjects));
        // Classes fitted to every period of the map (zeros included), so a colour means the same in every year.
        var bins = MapBinning.Compute(rows.Where(o => subjects.Contains(o.EntityCode)).Select(o => o.Value).Concat(zeros.Select(_ => 0.0)),
            quantile: cx.Indicator.MapClasses == "quantile");
        var values = mapped.ToDictionary(o => o.EntityCode, o => o.Value, StringComparer.Ordinal);
        zeroed.ForEach(z => values[z.EntityCode] = 0);
        var layer = MapLayer.Create(geometry, values, cx.Indicator.Unit, periodLabel, names, bins, language) with { Precision = cx.Indicator.Precision };

        if (zeroed.Count > 0)
        {
            notes.Add(NoteKind.View, $"{string.Join(", ", zeroed.Select(z => cx.Name(z.EntityCode)))}: no row in {periodLabel}, which for this indicator means 0 {cx.Indicator.Unit}".TrimEnd());
        }

        if (mapped.Count == 0 && zeroed.Count == 0)
        {
            // Rows for other countries only (say, China and Russia), or none in the periods asked for.
            var elsewhere = rows.Any(o => subjects.Contains(o.EntityCode))
                ? []
                : rows.Select(o => o.EntityCode).Distinct(StringComparer.Ordinal).Select(cx.Name).Take(4).ToList();
            notes.Add(NoteKind.View, elsewhere.Count == 0
                ? language.T("No row for the five Central Asian states in this period")
                : language.F("None of the five Central Asian states has data here; the rows are for {0}", string.Join(", ", elsewhere)));
        }
        else if (layer.HasMissingValues)
        {
            notes.Add(NoteKind.View, language.F("No data for {0} in {1}", string.Join(", ", layer.Subjects.Where(r => r.Value is null).Select(r => r.Name)), periodLabel));
        }

        var stated = mapped.Where(o => !string.IsNullOrWhiteSpace(o.PeriodAsStated)).Select(o => o.PeriodAsStated!.Trim()).Distinct(StringComparer.Ordinal).ToList();
        if (stated.Count > 0)
        {
            notes.Add(NoteKind.SourceWords, language.F("Period in the source's words: “{0}”", string.Join("”, “", stated.Take(2))));
        }

        if (cx.MatchingObservations > cx.Observations.Count)
        {
            notes.Add(NoteKind.Cap, language.F("Drawn from the first {0} of {1} matching rows; choose a period for the rest",
                language.Count(cx.Observations.Count), language.Count(cx.MatchingObservations)));
        }

        if (mapped.Any(o => o.Basis == "derived"))
        {
            notes.Add(NoteKind.Method, language.T("Some values derived from the source data (method in the CSV)"));
        }

        var series = mapped.Select(o => Series(cx, o)).Concat(zeroed.Select(z => Series(cx, ZeroRow(cx, z, counterpart)))).ToList();
        if (ChartEstimates.Note(ChartKind.Map, series, language) is { } estimates)
        {
            notes.Add(NoteKind.Estimates, estimates);
        }

        var scope = counterpart is null ? language.T("Central Asia (5 states)") : language.F("Central Asia (5 states) · counterpart: {0}", cx.Name(counterpart));
        var chart = ChartComposer.Base(cx, ChartKind.Map);
        return chart with
        {
            // A map shows one counterpart: the title says which, unless the indicator's name does already.
            Title = counterpart is null || chart.Title.Contains(cx.Name(counterpart), StringComparison.OrdinalIgnoreCase)
                ? chart.Title
                : $"{chart.Title} — {cx.Name(counterpart)}",
            Subtitle = ChartTexts.JoinParts(language.F("Unit: {0}", cx.Indicator.Unit), scope, periodLabel,
                ChartTexts.AsOf(used, mapped.All(o => o.Basis == "stated"), options, language)),
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
            Footer = ChartTexts.Footer(used, mapped.Select(o => (o.SourceId, o.Locator)), options, language) with { Credit = string.IsNullOrWhiteSpace(layer.Credit) ? null : layer.Credit },
            Map = layer,
            MapPeriods = rows.Where(o => subjects.Contains(o.EntityCode)).Select(o => o.ParsedPeriod).Distinct()
                .OrderBy(p => p.End).ThenBy(p => p.Start).ToList(),
        };
    }

    /// <summary>A zero as the row it stands for (in the series only, for hover and alt text; never in the table or CSV).</summary>
    private static Observation ZeroRow(ChartInputs cx, MapZero z, string? counterpart) => new()
    {
        IndicatorId = cx.Indicator.Id,
        EntityCode = z.EntityCode,
        CounterpartCode = counterpart,
        Period = z.Period.Text,
        Value = 0,
        SourceId = z.SourceId,
        Locator = $"no row for {cx.Name(z.EntityCode)} in {z.Period.Label}: 0 by the indicator's rule (a missing row means zero)",
        Basis = ObservationBasis.Derived,
    };

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
                notes.Add(NoteKind.View, cx.Language.F("{0}: {1} rows for {2}; the one from {3} is shown", cx.Name(code), cx.Language.Count(candidates.Count), cx.Language.Period(chosen.ParsedPeriod), chosen.SourceId));
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
                PeriodLabel = cx.Language.Period(o.ParsedPeriod),
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

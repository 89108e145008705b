using Dashboard.Data.Model;
using Dashboard.Web.Charts.Selection;
using Dashboard.Web.Localization;

namespace Dashboard.Web.Charts.Model;

/// <summary>
/// Which drawn values are the source's estimates or projections (<see cref="ObservationBasis.Estimate"/>), said the same
/// way in the chart's note and its alt text: "Kazakhstan 2024–2029; Kyrgyz Republic 2023–2029".
/// </summary>
public static class ChartEstimates
{
    private const int MaxSeries = 3;
    private const int MaxPeriods = 3;

    public static bool Is(ChartPoint point) => point.Basis == ObservationBasis.Estimate;

    /// <summary>The series with estimates and their periods, or null when no value drawn is an estimate.</summary>
    public static string? Describe(IEnumerable<ChartSeries> series, Language language)
    {
        var parts = series.Where(s => s.Points.Any(Is)).Select(s => $"{s.Name} {Periods(s.Points)}").ToList();
        return parts.Count == 0 ? null
            : string.Join("; ", parts.Take(MaxSeries)) + (parts.Count > MaxSeries ? "; " + language.F("{0} more series", language.Count(parts.Count - MaxSeries)) : "");
    }

    /// <summary>
    /// The chart's note, or null: how the kind draws estimates (see <c>Drawing/EstimateStyle</c>) and which values are
    /// estimates, e.g. "Dotted, lighter lines and hollow markers: the source's estimates or projections, not actual data
    /// (Kazakhstan 2024–2029)".
    /// </summary>
    public static string? Note(ChartKind kind, IEnumerable<ChartSeries> series, Language language)
    {
        if (Describe(series, language) is not { } which)
        {
            return null;
        }

        var how = kind switch
        {
            ChartKind.Line or ChartKind.Slope => "Dotted, lighter lines and hollow markers: the source's estimates or projections, not actual data ({0})",
            ChartKind.GroupedBar => "Hollow bars: the source's estimates or projections, not actual data ({0})",
            _ => "The source's estimates or projections, not actual data ({0})",
        };
        return language.F(how, which);
    }

    /// <summary>"2024–2029" when every value from the first estimate on is one (the usual tail of projections); otherwise the periods listed.</summary>
    private static string Periods(IReadOnlyList<ChartPoint> points)
    {
        var first = points.ToList().FindIndex(p => Is(p));
        var labels = points.Where(Is).Select(p => p.PeriodLabel).Distinct(StringComparer.Ordinal).ToList();
        if (labels.Count > 1 && points.Skip(first).All(Is))
        {
            return $"{labels[0]}–{labels[^1]}";
        }

        return string.Join(", ", labels.Take(MaxPeriods)) + (labels.Count > MaxPeriods ? ", …" : "");
    }
}

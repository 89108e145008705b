using Dashboard.Web.Charts;
using Dashboard.Web.Charts.Drawing;
using Dashboard.Web.Charts.Model;
using Dashboard.Web.Charts.Selection;
using Dashboard.Web.Charts.Styling;
using Dashboard.Web.Decks;

namespace Dashboard.Web.Export;

/// <summary>
/// A chart's spec as a native PowerPoint chart, pure: lines over the periods shown (one value per series per period,
/// a gap where a series has none), slopes as a two-point line, grouped bars over the spec's categories, stacked
/// shares as 100 % stacked columns with the axis labels the dashboard draws. Series are named and coloured as on the
/// dashboard (<see cref="ChartPalette.Assign(ChartSpec)"/>, light colours: slides are white); the value axis is titled
/// with the unit. Timelines and project tables have no native form.
/// </summary>
public static class DeckNativeCharts
{
    /// <summary>Whether PowerPoint can draw this kind itself.</summary>
    public static bool CanDraw(ChartKind kind) => kind is ChartKind.Line or ChartKind.Slope or ChartKind.GroupedBar or ChartKind.StackedShare;

    /// <summary>
    /// The native chart, or null with <paramref name="reason"/> saying why the slide shows the picture instead (empty
    /// for a kind PowerPoint cannot draw: the deck writer's own note says so).
    /// </summary>
    public static DeckNativeChart? For(ChartSpec spec, out string reason)
    {
        reason = "";
        if (!CanDraw(spec.Kind))
        {
            return null;
        }

        if (spec.IsEmpty)
        {
            reason = "No data for this selection, so the slide shows the dashboard's picture.";
            return null;
        }

        var byPeriod = spec.Kind is ChartKind.Line or ChartKind.Slope;
        var keys = byPeriod ? spec.Periods.Select(p => p.Text).ToList() : spec.Categories.ToList();
        var labels = spec.Kind switch
        {
            ChartKind.StackedShare => StackLabels(spec),
            _ when byPeriod => spec.Periods.Select(p => p.Label).ToList(),
            _ => spec.Categories.ToList(),
        };
        var index = keys.Select((k, i) => (k, i)).ToDictionary(x => x.k, x => x.i, StringComparer.Ordinal);
        var styles = ChartPalette.Assign(spec);
        var series = new List<DeckSeries>();
        foreach (var s in spec.Series.Where(s => s.Points.Count > 0))
        {
            var values = new double?[keys.Count];
            foreach (var p in s.Points)
            {
                var at = byPeriod ? p.PeriodLabel : p.Category;
                if (!index.TryGetValue(byPeriod ? p.Period.Text : p.Category, out var i))
                {
                    throw new ArgumentException($"Chart '{spec.IndicatorId}': series '{s.Name}' has a value for '{at}', which is not one of the chart's {(byPeriod ? "periods" : "categories")}.", nameof(spec));
                }

                if (values[i] is not null)
                {
                    reason = $"The series '{s.Name}' has more than one value for '{at}', which a PowerPoint chart cannot show; the slide shows the dashboard's picture.";
                    return null;
                }

                values[i] = p.Value;
            }

            var style = styles.TryGetValue(s.StyleCode, out var assigned) ? assigned : ChartPalette.For(s.StyleCode);
            series.Add(new DeckSeries(s.Name, style.LightHex, values, style.Dash));
        }

        var all = series.SelectMany(s => s.Values).OfType<double>().ToList();
        if (spec.Kind == ChartKind.StackedShare && all.Any(v => v < 0))
        {
            reason = "A share is negative, which a 100 % stacked PowerPoint chart cannot show; the slide shows the dashboard's picture.";
            return null;
        }

        return new DeckNativeChart
        {
            Kind = spec.Kind switch
            {
                ChartKind.Slope => DeckChartKind.Slope,
                ChartKind.GroupedBar => DeckChartKind.ClusteredColumn,
                ChartKind.StackedShare => DeckChartKind.PercentStackedColumn,
                _ => DeckChartKind.Line,
            },
            Categories = labels,
            Series = series,
            ValueAxisTitle = spec.YAxisLabel ?? spec.Unit,
            CategoryAxisTitle = spec.XAxisLabel,

            // As the dashboard draws them: from zero unless a value is negative (100 % stacks fix their own axis).
            ValueMin = spec.Kind != ChartKind.StackedShare && all.All(v => v >= 0) ? 0 : null,
            ShowMarkers = spec.Kind == ChartKind.Line && (series.Max(s => s.Values.Count(v => v is not null)) <= SeriesCharts.MaxMarkersPerSeries || series.Any(Isolated)),
        };
    }

    /// <summary>The axis labels of stacked shares ("2016–20"), with the recipient first when bars are grouped by recipient.</summary>
    private static List<string> StackLabels(ChartSpec spec)
    {
        var n = spec.Categories.Count;
        var labels = spec.CategoryLabels.Count == n ? spec.CategoryLabels : spec.Categories;
        return spec.CategoryGroups.Count == n
            ? labels.Select((label, i) => spec.CategoryGroups[i] + " · " + label).ToList()
            : labels.ToList();
    }

    /// <summary>A value with gaps on both sides: without markers, PowerPoint would draw nothing for it.</summary>
    private static bool Isolated(DeckSeries series) =>
        series.Values.Where((v, i) => v is not null && (i == 0 || series.Values[i - 1] is null) && (i == series.Values.Count - 1 || series.Values[i + 1] is null)).Any()
        && series.Values.Count > 1;
}

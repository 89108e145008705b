using Dashboard.Web.Charts;
using Dashboard.Web.Charts.Drawing;
using Dashboard.Web.Charts.Model;
using Dashboard.Web.Charts.Selection;
using Dashboard.Web.Charts.Styling;
using Dashboard.Web.Decks;
using Dashboard.Web.Localization;

namespace Dashboard.Web.Export;

/// <summary>
/// A chart's spec as a native PowerPoint visual, pure: lines over the periods shown (one value per series per period, a
/// gap where a series has none), slopes as a two-point line, grouped bars over the spec's categories (one period: one
/// bar per series, named on the axis, as the dashboard draws it), stacked shares as stacked columns on 0–100; the
/// paper's marks as labelled ◆, value labels where the dashboard writes them; project tables as tables. Series are
/// named and coloured as on the dashboard (<see cref="ChartPalette.Assign(ChartSpec)"/>). A predict step
/// (<see cref="ChartSpec.Whole"/>) keeps the categories, series and axis of its whole chart, with the later values empty.
/// </summary>
public static class PptxVisuals
{
    /// <summary>What the paper's marks are called in the legend and the workbook ("China (paper)").</summary>
    public const string MarksName = "paper";

    /// <summary>Whether PowerPoint can draw this kind itself (tables are native tables; timelines and maps stay pictures).</summary>
    public static bool CanDraw(ChartKind kind) => kind is ChartKind.Line or ChartKind.Slope or ChartKind.GroupedBar or ChartKind.StackedShare;

    /// <summary>The project table as a native table, or null for other kinds.</summary>
    public static PptxTable? Table(ChartSpec spec) => spec is { Kind: ChartKind.Table, Table: { Rows.Count: > 0 } table }
        ? new PptxTable { Columns = table.Columns, NumericColumns = table.NumericColumns, Rows = table.Rows.Select(r => r.Cells).ToList() }
        : null;

    /// <summary>
    /// The native chart, or null with <paramref name="reason"/> saying why the slide shows the picture instead (empty
    /// for a kind PowerPoint cannot draw: the deck writer's own note says so). <paramref name="dark"/>: the dark
    /// theme's series colours.
    /// </summary>
    public static PptxChart? Chart(ChartSpec spec, bool dark, out string reason)
    {
        reason = "";
        var l = Language.Of(spec.Selection.Culture);
        var whole = spec.Whole ?? spec;
        if (!CanDraw(spec.Kind))
        {
            return null;
        }

        if (whole.IsEmpty)
        {
            reason = l.T("No data for this selection, so the slide shows the dashboard's picture.");
            return null;
        }

        var byPeriod = spec.Kind is ChartKind.Line or ChartKind.Slope;
        var keys = byPeriod ? whole.Periods.Select(p => p.Text).ToList() : whole.Categories.ToList();
        var index = keys.Select((k, i) => (k, i)).ToDictionary(x => x.k, x => x.i, StringComparer.Ordinal);
        var styles = ChartPalette.Assign(whole);
        string Colour(string code)
        {
            var style = styles.TryGetValue(code, out var assigned) ? assigned : ChartPalette.For(code);
            return dark ? style.DarkHex : style.LightHex;
        }

        // The series the whole chart draws, with this step's points (a predict step keeps every series, in order).
        var drawn = whole.Series.Select((s, i) => (Whole: s, Shown: i < spec.Series.Count ? spec.Series[i] : s with { Points = [] }))
            .Where(x => x.Whole.Points.Count > 0).ToList();
        var series = new List<PptxSeries>();
        foreach (var (w, s) in drawn)
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
                    reason = l.F("The series '{0}' has more than one value for '{1}', which a PowerPoint chart cannot show; the slide shows the dashboard's picture.", s.Name, at);
                    return null;
                }

                values[i] = p.Value;
            }

            var dash = (styles.TryGetValue(w.StyleCode, out var style) ? style : ChartPalette.For(w.StyleCode)).Dash;
            series.Add(new PptxSeries(w.Name, Colour(w.StyleCode), values, dash));
        }

        var all = series.SelectMany(s => s.Values).OfType<double>().ToList();
        var wholeValues = drawn.SelectMany(d => d.Whole.Points.Select(p => p.Value)).Concat(whole.Marks.Select(m => m.Value)).ToList();
        if (spec.Kind == ChartKind.StackedShare && all.Any(v => v < 0))
        {
            reason = l.T("A share is negative, which a stacked PowerPoint chart cannot show; the slide shows the dashboard's picture.");
            return null;
        }

        var categories = spec.Kind switch
        {
            ChartKind.StackedShare => StackLabels(whole),
            _ when byPeriod => whole.Periods.Select(p => p.Label).ToList(),
            _ => whole.Categories.ToList(),
        };
        var marks = spec.Marks.Select(m => new PptxMark(
            drawn.FindIndex(d => d.Whole.Name == m.SeriesName),
            index.GetValueOrDefault(byPeriod ? m.Period.Text : m.Category, -1),
            m.Value, m.Label)).Where(m => m.Series >= 0 && m.Category >= 0).ToList();
        var chart = new PptxChart
        {
            Kind = spec.Kind switch
            {
                ChartKind.Slope => PptxChartKind.Slope,
                ChartKind.GroupedBar => PptxChartKind.ClusteredColumn,
                ChartKind.StackedShare => PptxChartKind.StackedColumn,
                _ => PptxChartKind.Line,
            },
            Categories = categories,
            Series = series,
            ValueAxisTitle = whole.YAxisLabel ?? whole.Unit,
            CategoryAxisTitle = whole.XAxisLabel,

            // As the dashboard draws them: from zero unless a value is negative; the top fixed, so a predict step and
            // its reveal share the axis (and PowerPoint and LibreOffice agree on it).
            ValueMin = wholeValues.All(v => v >= 0) ? 0 : null,
            ValueMax = spec.Kind == ChartKind.StackedShare ? StackTop(drawn.Select(d => d.Whole).ToList()) : wholeValues.All(v => v >= 0) ? NiceMax(wholeValues.Max(), whole.MaxValue) : null,
            ShowMarkers = spec.Kind == ChartKind.Line && (series.Max(s => s.Values.Count(v => v is not null)) <= SeriesCharts.MaxMarkersPerSeries || series.Any(Isolated)),
            ValueLabels = spec.Kind == ChartKind.StackedShare || (spec.Kind == ChartKind.GroupedBar && (keys.Count <= 1 || keys.Count * series.Count <= 24)),
            ValueLabelsFrom = spec.Kind == ChartKind.StackedShare ? 8 : null,
            LabelFormat = NumberFormat(wholeValues, whole.Unit == "%" && spec.Kind != ChartKind.StackedShare ? "\"%\"" : ""),
            Marks = marks,
            MarksName = MarksName,
        };
        return spec.Kind == ChartKind.GroupedBar && keys.Count <= 1 ? OneBarPerSeries(chart) : chart;
    }

    /// <summary>One period of grouped bars: one bar per series, named on the axis and coloured as its series (no key needed).</summary>
    private static PptxChart OneBarPerSeries(PptxChart chart) => chart with
    {
        Categories = chart.Series.Select(s => s.Name).ToList(),
        Series = [new PptxSeries(chart.Categories.Count == 1 ? chart.Categories[0] : chart.ValueAxisTitle, chart.Series[0].ColorHex, chart.Series.Select(s => s.Values.Count > 0 ? s.Values[0] : null).ToList())
        {
            PointColors = chart.Series.Select(s => s.ColorHex).ToList(),
        }],
        Marks = chart.Marks.Select(m => m with { Series = 0, Category = m.Series }).ToList(),
    };

    /// <summary>
    /// The number format of value labels, about as the dashboard writes them: whole numbers as such, others with one
    /// decimal under 10 ("1.5", "84"); <paramref name="suffix"/> after the number (the unit "%" on bars; stacked shares
    /// are all percentages, their axis says so).
    /// </summary>
    private static string NumberFormat(IReadOnlyList<double> values, string suffix) =>
        values.All(v => Math.Abs(v - Math.Round(v)) < 1e-9) ? "#,##0" + suffix : $"[>=10]#,##0{suffix};0.0{suffix}";

    /// <summary>The top of a 0–100 share axis, higher only if a bar adds up to more (rounding).</summary>
    private static double StackTop(IReadOnlyList<ChartSeries> series)
    {
        var sums = series.SelectMany(s => s.Points).GroupBy(p => p.Category, StringComparer.Ordinal).Select(g => g.Sum(p => p.Value)).DefaultIfEmpty(0).Max();
        return sums <= 100.5 ? 100 : NiceMax(sums, null);
    }

    /// <summary>A round number a little above <paramref name="max"/> (1, 1.2, 1.5, 2, 2.5, 3, 4, 5, 6, 8 × 10ⁿ), at most the indicator's maximum when the data stay under it.</summary>
    public static double NiceMax(double max, double? cap)
    {
        if (max <= 0)
        {
            return 1;
        }

        var raw = max * 1.06;
        var magnitude = Math.Pow(10, Math.Floor(Math.Log10(raw)));
        var nice = new[] { 1, 1.2, 1.5, 2, 2.5, 3, 4, 5, 6, 8, 10 }.Select(f => f * magnitude).First(v => v >= raw - 1e-9);
        return cap is { } c && max <= c && nice > c ? c : nice;
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
    private static bool Isolated(PptxSeries series) =>
        series.Values.Where((v, i) => v is not null && (i == 0 || series.Values[i - 1] is null) && (i == series.Values.Count - 1 || series.Values[i + 1] is null)).Any()
        && series.Values.Count > 1;
}

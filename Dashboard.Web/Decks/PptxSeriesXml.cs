using Dashboard.Web.Charts.Styling;
using DocumentFormat.OpenXml;
using A = DocumentFormat.OpenXml.Drawing;
using C = DocumentFormat.OpenXml.Drawing.Charts;

namespace Dashboard.Web.Decks;

/// <summary>
/// The <c>c:ser</c> of a native chart: line, bar and mark series with their names, colours (the dashboard's, or the
/// template's accents with <see cref="PptxLook.ThemeColors"/>), value labels and workbook references.
/// </summary>
internal static class PptxSeriesXml
{
    public static C.LineChartSeries Line(PptxChart chart, PptxSeries series, int index, PptxLook look)
    {
        var slope = chart.Kind == PptxChartKind.Slope;
        var result = new C.LineChartSeries(
            new C.Index { Val = (uint)index },
            new C.Order { Val = (uint)index },
            Name(series.Name, index),
            new C.ChartShapeProperties(new A.Outline(Fill(series.ColorHex, index, look), new A.PresetDash { Val = Dash(series.Dash) }, new A.Round())
            { Width = 28575, CapType = A.LineCapValues.Round }));
        result.Append(slope || chart.ShowMarkers
            ? new C.Marker(
                new C.Symbol { Val = C.MarkerStyleValues.Circle },
                new C.Size { Val = (byte)(slope ? 8 : 5) },
                new C.ChartShapeProperties(Fill(series.ColorHex, index, look), new A.Outline(new A.NoFill())))
            : new C.Marker(new C.Symbol { Val = C.MarkerStyleValues.None }));
        if (slope)
        {
            // Start value left of the first point, end value right of the last: a slope chart is read at its ends.
            result.Append(Labels([Label(0, C.DataLabelPositionValues.Left), Label(1, C.DataLabelPositionValues.Right)], look.Size(1200), look.TextHex, chart.LabelFormat, null, show: true));
        }

        result.Append(Categories(chart), Values(chart.Categories.Count, series.Values, index), new C.Smooth { Val = false });
        return result;
    }

    public static C.BarChartSeries Bar(PptxChart chart, PptxSeries series, int index, bool stacked, PptxLook look)
    {
        var result = new C.BarChartSeries(
            new C.Index { Val = (uint)index },
            new C.Order { Val = (uint)index },
            Name(series.Name, index),
            new C.ChartShapeProperties(Fill(series.ColorHex, index, look)),
            new C.InvertIfNegative { Val = false });
        for (var p = 0; p < series.PointColors.Count && p < chart.Categories.Count; p++)
        {
            result.Append(new C.DataPoint(new C.Index { Val = (uint)p }, new C.InvertIfNegative { Val = false }, new C.Bubble3D { Val = false },
                new C.ChartShapeProperties(Fill(series.PointColors[p], p, look))));
        }

        if (chart.ValueLabels)
        {
            // As the dashboard labels them: every bar, or only segments big enough to hold their number.
            var hidden = series.Values.Select((v, i) => (v, i)).Where(x => x.v is { } v && chart.ValueLabelsFrom is { } from && v < from)
                .Select(x => new C.DataLabel(new C.Index { Val = (uint)x.i }, new C.Delete { Val = true }));
            result.Append(Labels(hidden, look.Size(stacked ? 1000 : 1200), stacked ? "FFFFFF" : look.TextHex, chart.LabelFormat,
                stacked ? C.DataLabelPositionValues.Center : C.DataLabelPositionValues.OutsideEnd, show: true));
        }

        result.Append(Categories(chart), Values(chart.Categories.Count, series.Values, index));
        return result;
    }

    /// <summary>The marks of one series: ◆ without a line, each labelled with its own text to the right.</summary>
    public static C.LineChartSeries Mark(PptxChart chart, PptxMarkSeries marks, int index, PptxLook look)
    {
        var result = new C.LineChartSeries(
            new C.Index { Val = (uint)index },
            new C.Order { Val = (uint)index },
            Name(marks.Name, index),
            new C.ChartShapeProperties(new A.Outline(new A.NoFill())),
            new C.Marker(
                new C.Symbol { Val = C.MarkerStyleValues.Diamond },
                new C.Size { Val = 11 },
                new C.ChartShapeProperties(Fill(marks.ColorHex, index, look), new A.Outline(new A.SolidFill(new A.RgbColorModelHex { Val = look.TextHex ?? "1A1A1A" })) { Width = 9525 })));
        for (var p = 0; p < marks.PointColors.Count && p < chart.Categories.Count; p++)
        {
            if (marks.Values[p] is not null)
            {
                result.Append(new C.DataPoint(new C.Index { Val = (uint)p }, new C.Marker(new C.Symbol { Val = C.MarkerStyleValues.Diamond }, new C.Size { Val = 11 },
                    new C.ChartShapeProperties(Fill(marks.PointColors[p], p, look), new A.Outline(new A.SolidFill(new A.RgbColorModelHex { Val = look.TextHex ?? "1A1A1A" })) { Width = 9525 }))));
            }
        }

        var labels = marks.Labels.Select((text, i) => (text, i)).Where(x => x.text is not null)
            .Select(x => CustomLabel((uint)x.i, x.text!, look.Size(1200), look.TextHex));
        result.Append(Labels(labels, look.Size(1200), look.TextHex, "General", C.DataLabelPositionValues.Right, show: false));
        result.Append(Categories(chart), Values(chart.Categories.Count, marks.Values, index), new C.Smooth { Val = false });
        return result;
    }

    private static C.DataLabels Labels(IEnumerable<C.DataLabel> each, int size, string? colorHex, string format, C.DataLabelPositionValues? position, bool show)
    {
        var labels = new C.DataLabels();
        labels.Append(each);
        labels.Append(new C.NumberingFormat { FormatCode = format, SourceLinked = false }, PptxChartAxes.TextProperties(size, colorHex, bold: true));
        if (position is { } p)
        {
            labels.Append(new C.DataLabelPosition { Val = p });
        }

        labels.Append(Flags(show));
        return labels;
    }

    private static C.DataLabel Label(uint point, C.DataLabelPositionValues position)
    {
        var label = new C.DataLabel(new C.Index { Val = point }, new C.DataLabelPosition { Val = position });
        label.Append(Flags(show: true));
        return label;
    }

    private static C.DataLabel CustomLabel(uint point, string text, int size, string? colorHex)
    {
        var run = PptxText.Run(text, size, colorHex, bold: true);
        var label = new C.DataLabel(
            new C.Index { Val = point },
            new C.ChartText(new C.RichText(new A.BodyProperties(), new A.ListStyle(), new A.Paragraph(run))),
            new C.DataLabelPosition { Val = C.DataLabelPositionValues.Right });
        label.Append(Flags(show: true));
        return label;
    }

    private static OpenXmlElement[] Flags(bool show) =>
    [
        new C.ShowLegendKey { Val = false },
        new C.ShowValue { Val = show },
        new C.ShowCategoryName { Val = false },
        new C.ShowSeriesName { Val = false },
        new C.ShowPercent { Val = false },
        new C.ShowBubbleSize { Val = false },
    ];

    /// <summary>The series' own colour, or the template's accent for its place (<c>palette=template</c>).</summary>
    private static A.SolidFill Fill(string hex, int index, PptxLook look) => look.ThemeColors
        ? new A.SolidFill(new A.SchemeColor { Val = Accents[index % Accents.Length] })
        : new A.SolidFill(new A.RgbColorModelHex { Val = PptxColor.Hex(hex) });

    private static readonly A.SchemeColorValues[] Accents =
        [A.SchemeColorValues.Accent1, A.SchemeColorValues.Accent2, A.SchemeColorValues.Accent3, A.SchemeColorValues.Accent4, A.SchemeColorValues.Accent5, A.SchemeColorValues.Accent6];

    private static C.SeriesText Name(string name, int index) => new(new C.StringReference(
        new C.Formula(PptxChartWorkbook.NameCell(index)),
        new C.StringCache(new C.PointCount { Val = 1U }, new C.StringPoint(new C.NumericValue(PptxText.Clean(name))) { Index = 0U })));

    private static C.CategoryAxisData Categories(PptxChart chart)
    {
        var cache = new C.StringCache(new C.PointCount { Val = (uint)chart.Categories.Count });
        cache.Append(chart.Categories.Select((c, i) => new C.StringPoint(new C.NumericValue(PptxText.Clean(c))) { Index = (uint)i }));
        return new C.CategoryAxisData(new C.StringReference(new C.Formula(PptxChartWorkbook.CategoryRange(chart.Categories.Count)), cache));
    }

    /// <summary>The values; a gap is a missing cache point (and an empty cell), not a zero.</summary>
    private static C.Values Values(int categories, IReadOnlyList<double?> values, int index)
    {
        var cache = new C.NumberingCache(new C.FormatCode("General"), new C.PointCount { Val = (uint)categories });
        for (var i = 0; i < values.Count; i++)
        {
            if (values[i] is { } value)
            {
                cache.Append(new C.NumericPoint(new C.NumericValue(PptxChartWorkbook.Format(value))) { Index = (uint)i });
            }
        }

        return new C.Values(new C.NumberReference(new C.Formula(PptxChartWorkbook.ValueRange(index, categories)), cache));
    }

    private static A.PresetLineDashValues Dash(DashStyle dash) => dash switch
    {
        DashStyle.Dashed => A.PresetLineDashValues.Dash,
        DashStyle.Dotted => A.PresetLineDashValues.SystemDot,
        DashStyle.DashDot => A.PresetLineDashValues.DashDot,
        DashStyle.LongDash => A.PresetLineDashValues.LargeDash,
        DashStyle.DashDotDot => A.PresetLineDashValues.LargeDashDotDot,
        _ => A.PresetLineDashValues.Solid,
    };
}

using Dashboard.Web.Charts;
using Dashboard.Web.Charts.Styling;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using A = DocumentFormat.OpenXml.Drawing;
using C = DocumentFormat.OpenXml.Drawing.Charts;

namespace Dashboard.Web.Decks;

/// <summary>
/// A native chart part: <c>c:chartSpace</c> with a line or bar chart whose series point at the embedded workbook's
/// cells and carry the same values in their caches (what PowerPoint draws until the data are edited).
/// </summary>
internal static class PptxChartSpace
{
    public const string ChartNamespace = "http://schemas.openxmlformats.org/drawingml/2006/chart";

    /// <summary>Adds the chart part (with its workbook) to <paramref name="slide"/>; returns its relationship id.</summary>
    public static string AddTo(SlidePart slide, DeckNativeChart chart, string sourceLine)
    {
        var part = slide.AddNewPart<ChartPart>();
        var workbookId = PptxChartWorkbook.AddTo(part, chart, sourceLine);
        var horizontal = chart.Kind is DeckChartKind.ClusteredBar or DeckChartKind.PercentStackedBar;
        var percent = chart.Kind is DeckChartKind.PercentStackedColumn or DeckChartKind.PercentStackedBar;

        var space = new C.ChartSpace(
            new C.Date1904 { Val = false },
            new C.EditingLanguage { Val = PptxText.Language },
            new C.RoundedCorners { Val = false },
            new C.Chart(
                // The slide's title placeholder carries the title; a second one inside the chart would repeat it.
                new C.AutoTitleDeleted { Val = true },
                new C.PlotArea(
                    new C.Layout(),
                    Plot(chart),
                    PptxChartAxes.Category(chart, horizontal),
                    PptxChartAxes.Value(chart, horizontal, percent)),
                new C.Legend(new C.LegendPosition { Val = C.LegendPositionValues.Bottom }, new C.Overlay { Val = false }),
                new C.PlotVisibleOnly { Val = true },
                new C.DisplayBlanksAs { Val = C.DisplayBlanksAsValues.Gap }),
            PptxChartAxes.TextProperties(1400),
            new C.ExternalData(new C.AutoUpdate { Val = false }) { Id = workbookId });
        part.ChartSpace = space.WithNamespaces("c", ChartNamespace);
        return slide.GetIdOfPart(part);
    }

    private static OpenXmlCompositeElement Plot(DeckNativeChart chart)
    {
        var axes = new OpenXmlElement[] { new C.AxisId { Val = PptxChartAxes.CategoryAxisId }, new C.AxisId { Val = PptxChartAxes.ValueAxisId } };
        if (chart.Kind is DeckChartKind.Line or DeckChartKind.Slope)
        {
            var line = new C.LineChart(new C.Grouping { Val = C.GroupingValues.Standard }, new C.VaryColors { Val = false });
            line.Append(chart.Series.Select((s, i) => LineSeries(chart, s, i)));
            line.Append(new C.ShowMarker { Val = true });
            line.Append(axes);
            return line;
        }

        var percent = chart.Kind is DeckChartKind.PercentStackedColumn or DeckChartKind.PercentStackedBar;
        var bar = new C.BarChart(
            new C.BarDirection { Val = chart.Kind is DeckChartKind.ClusteredBar or DeckChartKind.PercentStackedBar ? C.BarDirectionValues.Bar : C.BarDirectionValues.Column },
            new C.BarGrouping { Val = percent ? C.BarGroupingValues.PercentStacked : C.BarGroupingValues.Clustered },
            new C.VaryColors { Val = false });
        bar.Append(chart.Series.Select((s, i) => BarSeries(chart, s, i)));
        bar.Append(new C.GapWidth { Val = (ushort)(percent ? 60 : 80) });
        if (percent)
        {
            bar.Append(new C.Overlap { Val = 100 });
        }

        bar.Append(axes);
        return bar;
    }

    private static C.LineChartSeries LineSeries(DeckNativeChart chart, DeckSeries series, int index)
    {
        var slope = chart.Kind == DeckChartKind.Slope;
        var colour = PptxColor.Hex(series.ColorHex);
        var result = new C.LineChartSeries(
            new C.Index { Val = (uint)index },
            new C.Order { Val = (uint)index },
            SeriesName(series, index),
            new C.ChartShapeProperties(new A.Outline(
                new A.SolidFill(new A.RgbColorModelHex { Val = colour }),
                new A.PresetDash { Val = Dash(series.Dash) },
                new A.Round())
            { Width = 28575, CapType = A.LineCapValues.Round }));
        result.Append(slope || chart.ShowMarkers
            ? new C.Marker(
                new C.Symbol { Val = C.MarkerStyleValues.Circle },
                new C.Size { Val = (byte)(slope ? 8 : 5) },
                new C.ChartShapeProperties(new A.SolidFill(new A.RgbColorModelHex { Val = colour }), new A.Outline(new A.NoFill())))
            : new C.Marker(new C.Symbol { Val = C.MarkerStyleValues.None }));
        if (slope)
        {
            // Start value left of the first point, end value right of the last: a slope chart is read at its ends.
            result.Append(new C.DataLabels(
                ValueLabel(0, C.DataLabelPositionValues.Left),
                ValueLabel(1, C.DataLabelPositionValues.Right),
                PptxChartAxes.TextProperties(1200),
                new C.ShowLegendKey { Val = false },
                new C.ShowValue { Val = true },
                new C.ShowCategoryName { Val = false },
                new C.ShowSeriesName { Val = false },
                new C.ShowPercent { Val = false },
                new C.ShowBubbleSize { Val = false }));
        }

        result.Append(Categories(chart), Values(chart, series, index), new C.Smooth { Val = false });
        return result;
    }

    private static C.BarChartSeries BarSeries(DeckNativeChart chart, DeckSeries series, int index) => new(
        new C.Index { Val = (uint)index },
        new C.Order { Val = (uint)index },
        SeriesName(series, index),
        new C.ChartShapeProperties(new A.SolidFill(new A.RgbColorModelHex { Val = PptxColor.Hex(series.ColorHex) })),
        new C.InvertIfNegative { Val = false },
        Categories(chart),
        Values(chart, series, index));

    private static C.DataLabel ValueLabel(uint point, C.DataLabelPositionValues position) => new(
        new C.Index { Val = point },
        new C.DataLabelPosition { Val = position },
        new C.ShowLegendKey { Val = false },
        new C.ShowValue { Val = true },
        new C.ShowCategoryName { Val = false },
        new C.ShowSeriesName { Val = false },
        new C.ShowPercent { Val = false },
        new C.ShowBubbleSize { Val = false });

    private static C.SeriesText SeriesName(DeckSeries series, int index) => new(new C.StringReference(
        new C.Formula(PptxChartWorkbook.NameCell(index)),
        new C.StringCache(new C.PointCount { Val = 1U }, new C.StringPoint(new C.NumericValue(PptxText.Clean(series.Name))) { Index = 0U })));

    private static C.CategoryAxisData Categories(DeckNativeChart chart)
    {
        var cache = new C.StringCache(new C.PointCount { Val = (uint)chart.Categories.Count });
        cache.Append(chart.Categories.Select((c, i) => new C.StringPoint(new C.NumericValue(PptxText.Clean(c))) { Index = (uint)i }));
        return new C.CategoryAxisData(new C.StringReference(new C.Formula(PptxChartWorkbook.CategoryRange(chart.Categories.Count)), cache));
    }

    /// <summary>The values; a gap is a missing cache point (and an empty cell), not a zero.</summary>
    private static C.Values Values(DeckNativeChart chart, DeckSeries series, int index)
    {
        var cache = new C.NumberingCache(new C.FormatCode("General"), new C.PointCount { Val = (uint)chart.Categories.Count });
        for (var i = 0; i < series.Values.Count; i++)
        {
            if (series.Values[i] is { } value)
            {
                cache.Append(new C.NumericPoint(new C.NumericValue(PptxChartWorkbook.Format(value))) { Index = (uint)i });
            }
        }

        return new C.Values(new C.NumberReference(new C.Formula(PptxChartWorkbook.ValueRange(index, chart.Categories.Count)), cache));
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

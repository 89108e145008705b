using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using A = DocumentFormat.OpenXml.Drawing;
using C = DocumentFormat.OpenXml.Drawing.Charts;

namespace Dashboard.Web.Decks;

/// <summary>
/// A native chart part: <c>c:chartSpace</c> with a line or bar chart (and the marks as a marker-only line over the same
/// axes) whose series point at the embedded workbook's cells and carry the same values in their caches (what
/// PowerPoint draws until the data are edited). No fill of its own: the slide's background shows through.
/// </summary>
internal static class PptxChartSpace
{
    public const string ChartNamespace = "http://schemas.openxmlformats.org/drawingml/2006/chart";

    /// <summary>Adds the chart part (with its workbook) to <paramref name="slide"/>; returns its relationship id.</summary>
    public static string AddTo(SlidePart slide, PptxChart chart, string sourceLine, PptxLook look)
    {
        var part = slide.AddNewPart<ChartPart>();
        var marks = PptxMarkSeries.Of(chart);
        var workbookId = PptxChartWorkbook.AddTo(part, chart, marks, sourceLine);
        var horizontal = chart.Kind is PptxChartKind.ClusteredBar or PptxChartKind.PercentStackedBar;
        var percent = chart.Kind is PptxChartKind.PercentStackedColumn or PptxChartKind.PercentStackedBar;

        var plotArea = new C.PlotArea(new C.Layout());
        plotArea.Append(Plots(chart, marks, look));
        plotArea.Append(PptxChartAxes.Category(chart, horizontal, look), PptxChartAxes.Value(chart, horizontal, percent, look), NoFill());
        var body = new C.Chart(
            // The slide's title placeholder carries the title; a second one inside the chart would repeat it.
            new C.AutoTitleDeleted { Val = true },
            plotArea);
        if (chart.Series.Count + marks.Count > 1)
        {
            body.Append(new C.Legend(new C.LegendPosition { Val = C.LegendPositionValues.Bottom }, new C.Overlay { Val = false }));
        }

        body.Append(new C.PlotVisibleOnly { Val = true }, new C.DisplayBlanksAs { Val = C.DisplayBlanksAsValues.Gap });
        var space = new C.ChartSpace(
            new C.Date1904 { Val = false },
            new C.EditingLanguage { Val = PptxText.Language },
            new C.RoundedCorners { Val = false },
            body,
            NoFill(),
            PptxChartAxes.TextProperties(look.Size(1400), look.TextHex),
            new C.ExternalData(new C.AutoUpdate { Val = false }) { Id = workbookId });
        part.ChartSpace = space.WithNamespaces("c", ChartNamespace);
        return slide.GetIdOfPart(part);
    }

    private static C.ChartShapeProperties NoFill() => new(new A.NoFill(), new A.Outline(new A.NoFill()));

    private static IEnumerable<OpenXmlCompositeElement> Plots(PptxChart chart, IReadOnlyList<PptxMarkSeries> marks, PptxLook look)
    {
        var axes = () => new OpenXmlElement[] { new C.AxisId { Val = PptxChartAxes.CategoryAxisId }, new C.AxisId { Val = PptxChartAxes.ValueAxisId } };
        var markSeries = marks.Select((m, i) => PptxSeriesXml.Mark(chart, m, chart.Series.Count + i, look));
        if (chart.Kind is PptxChartKind.Line or PptxChartKind.Slope)
        {
            var line = new C.LineChart(new C.Grouping { Val = C.GroupingValues.Standard }, new C.VaryColors { Val = false });
            line.Append(chart.Series.Select((s, i) => PptxSeriesXml.Line(chart, s, i, look)));
            line.Append(markSeries);
            line.Append(new C.ShowMarker { Val = true });
            line.Append(axes());
            yield return line;
            yield break;
        }

        var percent = chart.Kind is PptxChartKind.PercentStackedColumn or PptxChartKind.PercentStackedBar;
        var stacked = percent || chart.Kind == PptxChartKind.StackedColumn;
        var bar = new C.BarChart(
            new C.BarDirection { Val = chart.Kind is PptxChartKind.ClusteredBar or PptxChartKind.PercentStackedBar ? C.BarDirectionValues.Bar : C.BarDirectionValues.Column },
            new C.BarGrouping { Val = percent ? C.BarGroupingValues.PercentStacked : stacked ? C.BarGroupingValues.Stacked : C.BarGroupingValues.Clustered },
            new C.VaryColors { Val = false });
        bar.Append(chart.Series.Select((s, i) => PptxSeriesXml.Bar(chart, s, i, stacked, look)));
        bar.Append(new C.GapWidth { Val = (ushort)(stacked ? 60 : 80) });
        if (stacked)
        {
            bar.Append(new C.Overlap { Val = 100 });
        }

        bar.Append(axes());
        yield return bar;
        if (marks.Count > 0)
        {
            // The marks over the bars: a line chart on the same two axes, markers only.
            var line = new C.LineChart(new C.Grouping { Val = C.GroupingValues.Standard }, new C.VaryColors { Val = false });
            line.Append(markSeries);
            line.Append(new C.ShowMarker { Val = true });
            line.Append(axes());
            yield return line;
        }
    }
}

using A = DocumentFormat.OpenXml.Drawing;
using C = DocumentFormat.OpenXml.Drawing.Charts;

namespace Dashboard.Web.Decks;

/// <summary>Category and value axes of a native chart, with their titles, gridlines and number formats.</summary>
internal static class PptxChartAxes
{
    public const uint CategoryAxisId = 500000001U;
    public const uint ValueAxisId = 500000002U;

    private const string AxisLine = "A6A6A6";

    /// <summary>Most category labels written on the axis; more are thinned to every n-th.</summary>
    private const int MaxLabels = 12;
    private const string Gridline = "E3E3E3";

    /// <summary>
    /// The category axis. Horizontal bars list categories top to bottom (reverse order), so the value axis then
    /// crosses at the last category to stay at the foot.
    /// </summary>
    public static C.CategoryAxis Category(PptxChart chart, bool horizontalBars, PptxLook look)
    {
        var axis = new C.CategoryAxis(
            new C.AxisId { Val = CategoryAxisId },
            new C.Scaling(new C.Orientation { Val = horizontalBars ? C.OrientationValues.MaxMin : C.OrientationValues.MinMax }),
            new C.Delete { Val = false },
            new C.AxisPosition { Val = horizontalBars ? C.AxisPositionValues.Left : C.AxisPositionValues.Bottom });
        if (PptxText.Clean(chart.CategoryAxisTitle).Length > 0)
        {
            axis.Append(Title(chart.CategoryAxisTitle!, vertical: horizontalBars, look));
        }

        axis.Append(
            new C.NumberingFormat { FormatCode = "General", SourceLinked = true },
            new C.MajorTickMark { Val = C.TickMarkValues.Outside },
            new C.MinorTickMark { Val = C.TickMarkValues.None },
            new C.TickLabelPosition { Val = C.TickLabelPositionValues.NextTo },
            LineProperties(look.AxisHex ?? AxisLine),
            new C.CrossingAxis { Val = ValueAxisId },
            new C.Crosses { Val = C.CrossesValues.AutoZero },
            new C.AutoLabeled { Val = true },
            new C.LabelAlignment { Val = C.LabelAlignmentValues.Center },
            new C.LabelOffset { Val = (ushort)100 });
        if (chart.Categories.Count > MaxLabels)
        {
            // Long series (67 TOP500 lists): every n-th label, level, instead of a crowd turned on its side.
            var skip = (chart.Categories.Count + MaxLabels - 1) / MaxLabels;
            axis.Append(new C.TickLabelSkip { Val = skip }, new C.TickMarkSkip { Val = skip });
        }

        axis.Append(new C.NoMultiLevelLabels { Val = false });
        return axis;
    }

    /// <summary>The value axis: unit as its title, fixed bounds when given, percentages for 100 % stacked bars.</summary>
    public static C.ValueAxis Value(PptxChart chart, bool horizontalBars, bool percent, PptxLook look)
    {
        var scaling = new C.Scaling(new C.Orientation { Val = C.OrientationValues.MinMax });
        if (chart.ValueMax is { } max)
        {
            scaling.Append(new C.MaxAxisValue { Val = max });
        }

        if (chart.ValueMin is { } min)
        {
            scaling.Append(new C.MinAxisValue { Val = min });
        }

        var axis = new C.ValueAxis(
            new C.AxisId { Val = ValueAxisId },
            scaling,
            new C.Delete { Val = false },
            new C.AxisPosition { Val = horizontalBars ? C.AxisPositionValues.Bottom : C.AxisPositionValues.Left },
            new C.MajorGridlines(LineProperties(look.GridHex ?? Gridline)));
        if (PptxText.Clean(chart.ValueAxisTitle).Length > 0)
        {
            axis.Append(Title(chart.ValueAxisTitle, vertical: !horizontalBars, look));
        }

        axis.Append(
            percent ? new C.NumberingFormat { FormatCode = "0%", SourceLinked = false } : new C.NumberingFormat { FormatCode = "General", SourceLinked = true },
            new C.MajorTickMark { Val = C.TickMarkValues.None },
            new C.MinorTickMark { Val = C.TickMarkValues.None },
            new C.TickLabelPosition { Val = C.TickLabelPositionValues.NextTo },
            new C.ChartShapeProperties(new A.Outline(new A.NoFill())),
            new C.CrossingAxis { Val = CategoryAxisId },
            new C.Crosses { Val = horizontalBars ? C.CrossesValues.Maximum : C.CrossesValues.AutoZero },
            new C.CrossBetween { Val = C.CrossBetweenValues.Between });
        return axis;
    }

    /// <summary>Text properties for a whole chart or a label group: default run size in hundredths of a point, colour (null: the theme's), weight.</summary>
    public static C.TextProperties TextProperties(int size, string? colorHex = null, bool bold = false)
    {
        var run = new A.DefaultRunProperties { FontSize = size, Bold = bold };
        if (colorHex is not null)
        {
            run.Append(new A.SolidFill(new A.RgbColorModelHex { Val = colorHex }));
        }

        return new C.TextProperties(
            new A.BodyProperties(),
            new A.ListStyle(),
            new A.Paragraph(new A.ParagraphProperties(run), new A.EndParagraphRunProperties { Language = PptxText.Language }));
    }

    private static C.Title Title(string text, bool vertical, PptxLook look)
    {
        var body = new A.BodyProperties();
        if (vertical)
        {
            body.Rotation = -5400000;
            body.Vertical = A.TextVerticalValues.Horizontal;
        }

        return new C.Title(
            new C.ChartText(new C.RichText(
                body,
                new A.ListStyle(),
                new A.Paragraph(
                    new A.ParagraphProperties(new A.DefaultRunProperties { FontSize = look.Size(1200), Bold = false }),
                    PptxText.Run(text, look.Size(1200), look.TextHex)))),
            new C.Overlay { Val = false });
    }

    private static C.ChartShapeProperties LineProperties(string hex) =>
        new(new A.Outline(new A.SolidFill(new A.RgbColorModelHex { Val = hex })) { Width = 9525 });
}

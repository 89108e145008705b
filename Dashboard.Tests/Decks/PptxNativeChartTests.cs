using System.Globalization;
using Dashboard.Web.Decks;
using DocumentFormat.OpenXml.Packaging;
using C = DocumentFormat.OpenXml.Drawing.Charts;
using P = DocumentFormat.OpenXml.Presentation;

namespace Dashboard.Tests.Decks;

/// <summary>
/// Native charts read back: the embedded workbook holds the input series (what "Edit Data" opens), the chart's
/// formulas point at those cells and its caches hold the same values; chart type, grouping and colours follow the kind.
/// </summary>
public sealed class PptxNativeChartTests
{
    public static TheoryData<PptxChartKind> Kinds => new(Enum.GetValues<PptxChartKind>());

    [Theory]
    [MemberData(nameof(Kinds))]
    public void Write_NativeChart_WorkbookHoldsCategoriesNamesAndValuesWithGapsEmpty(PptxChartKind kind)
    {
        var chart = Sample(kind);
        using var deck = Single(chart);

        var cells = DeckReader.WorkbookCells(ChartPart(deck));
        for (var c = 0; c < chart.Categories.Count; c++)
        {
            Assert.Equal(chart.Categories[c], cells[$"A{c + 2}"]);
        }

        for (var s = 0; s < chart.Series.Count; s++)
        {
            var column = PptxChartWorkbook.Column(s);
            Assert.Equal(chart.Series[s].Name, cells[$"{column}1"]);
            for (var c = 0; c < chart.Categories.Count; c++)
            {
                var reference = $"{column}{c + 2}";
                if (chart.Series[s].Values[c] is { } value)
                {
                    Assert.Equal(value, double.Parse(cells[reference], CultureInfo.InvariantCulture));
                }
                else
                {
                    Assert.False(cells.ContainsKey(reference), $"{reference} is a gap and must be an empty cell.");
                }
            }
        }

        Assert.Equal("Source: test source, table 1", cells[$"A{chart.Categories.Count + 3}"]);
    }

    [Theory]
    [MemberData(nameof(Kinds))]
    public void Write_NativeChart_CachedValuesEqualTheWorkbookCellsTheFormulasName(PptxChartKind kind)
    {
        var chart = Sample(kind);
        using var deck = Single(chart);
        var part = ChartPart(deck);
        var cells = DeckReader.WorkbookCells(part);

        var series = SeriesOf(part);
        Assert.Equal(chart.Series.Count, series.Count);
        for (var s = 0; s < series.Count; s++)
        {
            var column = PptxChartWorkbook.Column(s);
            var (formula, points) = DeckReader.Cache(series[s]);
            Assert.Equal($"Sheet1!${column}$2:${column}${chart.Categories.Count + 1}", formula);
            var expected = Enumerable.Range(0, chart.Categories.Count)
                .Where(c => cells.ContainsKey($"{column}{c + 2}"))
                .ToDictionary(c => (uint)c, c => cells[$"{column}{c + 2}"]);
            Assert.Equal(expected, points);

            var name = series[s].GetFirstChild<C.SeriesText>()!.StringReference!;
            Assert.Equal($"Sheet1!${column}$1", name.Formula!.Text);
            Assert.Equal(cells[$"{column}1"], name.StringCache!.InnerText);

            var categories = series[s].GetFirstChild<C.CategoryAxisData>()!.StringReference!;
            Assert.Equal($"Sheet1!$A$2:$A${chart.Categories.Count + 1}", categories.Formula!.Text);
            Assert.Equal(
                Enumerable.Range(0, chart.Categories.Count).Select(c => cells[$"A{c + 2}"]),
                categories.StringCache!.Elements<C.StringPoint>().Select(p => p.InnerText));
        }
    }

    [Fact]
    public void Write_LineChart_GapsAsGapsColoursDashesAndAxisTitles()
    {
        var chart = DeckSamples.Line();
        using var deck = Single(chart);
        var space = ChartPart(deck).ChartSpace;

        Assert.Equal(C.DisplayBlanksAsValues.Gap, space.Descendants<C.DisplayBlanksAs>().Single().Val!.Value);
        var series = space.Descendants<C.LineChartSeries>().ToList();
        Assert.Equal(["C0392B", "1F4E9C", "6A3D9A"], series.Select(s => s.Descendants<DocumentFormat.OpenXml.Drawing.RgbColorModelHex>().First().Val!.Value));
        Assert.Equal(
            [DocumentFormat.OpenXml.Drawing.PresetLineDashValues.Solid, DocumentFormat.OpenXml.Drawing.PresetLineDashValues.Dash, DocumentFormat.OpenXml.Drawing.PresetLineDashValues.SystemDot],
            series.Select(s => s.Descendants<DocumentFormat.OpenXml.Drawing.PresetDash>().Single().Val!.Value));
        Assert.Equal("TIV (millions)", space.Descendants<C.ValueAxis>().Single().Title!.InnerText);
        Assert.Equal("Year", space.Descendants<C.CategoryAxis>().Single().Title!.InnerText);
        Assert.Equal(0, space.Descendants<C.MinAxisValue>().Single().Val!.Value);
        Assert.Empty(space.Descendants<C.MaxAxisValue>());
    }

    [Theory]
    [InlineData(PptxChartKind.ClusteredColumn, "col", "clustered")]
    [InlineData(PptxChartKind.ClusteredBar, "bar", "clustered")]
    [InlineData(PptxChartKind.PercentStackedColumn, "col", "percentStacked")]
    [InlineData(PptxChartKind.PercentStackedBar, "bar", "percentStacked")]
    public void Write_BarKinds_DirectionGroupingAndOverlap(PptxChartKind kind, string direction, string grouping)
    {
        using var deck = Single(DeckSamples.Bars(kind));
        var bar = ChartPart(deck).ChartSpace.Descendants<C.BarChart>().Single();

        Assert.Equal(direction, bar.BarDirection!.Val!.ToString());
        Assert.Equal(grouping, bar.BarGrouping!.Val!.ToString());
        Assert.Equal(grouping == "percentStacked" ? 100 : null, bar.GetFirstChild<C.Overlap>()?.Val?.Value);
        var format = bar.Parent!.Descendants<C.ValueAxis>().Single().GetFirstChild<C.NumberingFormat>()!.FormatCode!.Value;
        Assert.Equal(grouping == "percentStacked" ? "0%" : "General", format);
    }

    [Fact]
    public void Write_SlopeChart_TwoPointLineWithMarkersAndEndLabels()
    {
        using var deck = Single(DeckSamples.Slope());
        var line = ChartPart(deck).ChartSpace.Descendants<C.LineChart>().Single();

        foreach (var series in line.Elements<C.LineChartSeries>())
        {
            Assert.Equal(C.MarkerStyleValues.Circle, series.Marker!.Symbol!.Val!.Value);
            Assert.Equal(2U, series.Descendants<C.PointCount>().Last().Val!.Value);
            var labels = series.GetFirstChild<C.DataLabels>()!.Elements<C.DataLabel>()
                .Select(l => (l.Index!.Val!.Value, l.GetFirstChild<C.DataLabelPosition>()!.Val!.Value));
            Assert.Equal([(0U, C.DataLabelPositionValues.Left), (1U, C.DataLabelPositionValues.Right)], labels);
        }
    }

    [Fact]
    public void Write_NativeChart_ExternalDataPointsAtEmbeddedXlsx()
    {
        using var deck = Single(DeckSamples.Line());
        var part = ChartPart(deck);

        var id = part.ChartSpace.GetFirstChild<C.ExternalData>()!.Id!.Value!;
        var embedded = Assert.IsType<EmbeddedPackagePart>(part.GetPartById(id));
        Assert.Equal("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", embedded.ContentType);
        var frame = DeckReader.Slides(deck)[1].Slide.Descendants<P.GraphicFrame>().Single();
        Assert.Same(part, DeckReader.Slides(deck)[1].GetPartById(frame.Descendants<C.ChartReference>().Single().Id!.Value!));
    }

    [Fact]
    public void Write_ThirtySeries_ColumnsRunPastZ()
    {
        var chart = new PptxChart
        {
            Kind = PptxChartKind.ClusteredColumn,
            Categories = ["a", "b"],
            Series = Enumerable.Range(0, 30).Select(i => new PptxSeries($"S{i}", "#336699", [i, i + 0.5])).ToList(),
        };
        using var deck = Single(chart);

        var cells = DeckReader.WorkbookCells(ChartPart(deck));
        Assert.Equal("S25", cells["AA1"]);
        Assert.Equal("29.5", cells["AE3"]);
        Assert.Empty(DeckReader.Errors(deck));
    }

    private static PptxChart Sample(PptxChartKind kind) => kind switch
    {
        PptxChartKind.Line => DeckSamples.Line(),
        PptxChartKind.Slope => DeckSamples.Slope(),
        _ => DeckSamples.Bars(kind),
    };

    private static PresentationDocument Single(PptxChart chart)
    {
        var doc = new PptxDocument
        {
            Title = "One chart",
            Slides = [new PptxSlide { Title = "Chart", Visual = chart, SourceLine = "Source: test source, table 1" }],
        };
        var deck = PresentationDocument.Open(new MemoryStream(PptxWriter.ToBytes(doc)), false);
        Assert.Empty(DeckReader.Errors(deck));
        return deck;
    }

    private static ChartPart ChartPart(PresentationDocument deck) => DeckReader.Slides(deck)[1].ChartParts.Single();

    private static List<DocumentFormat.OpenXml.OpenXmlCompositeElement> SeriesOf(ChartPart part) =>
        part.ChartSpace.Descendants<C.LineChartSeries>().Cast<DocumentFormat.OpenXml.OpenXmlCompositeElement>()
            .Concat(part.ChartSpace.Descendants<C.BarChartSeries>())
            .ToList();
}

using System.Globalization;
using System.Xml.Linq;
using Dashboard.Data.Model;
using Dashboard.Web.Charts;
using Dashboard.Web.Charts.Drawing;
using Dashboard.Web.Charts.Model;
using Dashboard.Web.Charts.Rendering;
using Dashboard.Web.Charts.Selection;
using Dashboard.Web.Charts.Styling;

namespace Dashboard.Tests.Charts.Drawing;

/// <summary>
/// The source's estimates (basis 'estimate', e.g. IMF WEO projections) are drawn apart from actual values: the line
/// reaching them dotted in a light tint, their markers hollow, their bars hollow.
/// </summary>
public sealed class EstimateDrawingTests
{
    private static readonly ChartSize Size = new(1200, 675, 1);

    public EstimateDrawingTests() => ChartFonts.EnsureRegistered();

    /// <summary>China 2015–2024, the values after 2021 the source's estimates (or none).</summary>
    private static ChartSpec Line(bool estimates, ChartKind kind = ChartKind.Line) => SampleSpecs.Base(kind, "GDP growth") with
    {
        Series =
        [
            new ChartSeries
            {
                Name = "China",
                StyleCode = "CHN",
                Points = Enumerable.Range(2015, 10).Select(y => SampleSpecs.Point(y.ToString(CultureInfo.InvariantCulture), 5 + (y % 3)) with
                {
                    Basis = estimates && y > 2021 ? ObservationBasis.Estimate : ObservationBasis.Stated,
                }).ToList(),
            },
        ],
    };

    /// <summary>The SVG elements drawn with this stroke colour (lines are paths, markers ellipses or paths).</summary>
    private static List<XElement> Strokes(ChartSpec spec, string color)
    {
        using var plot = ChartBuilder.Build(spec, ChartTheme.Find("light")!, Size);
        var doc = XDocument.Parse(ChartRenderer.RenderSvg(plot, Size, spec.Title));
        return doc.Descendants().Where(e => string.Equals((string?)e.Attribute("stroke"), color, StringComparison.OrdinalIgnoreCase)).ToList();
    }

    private static string Hex(ScottPlot.Color c) => "#" + c.ToHex()[1..7];

    [Fact]
    public void Build_LineWithEstimates_EstimateStretchDottedInTheLightTintActualStretchUnchanged()
    {
        var light = ChartTheme.Find("light")!;
        var series = ChartPalette.For("CHN").ColorFor(light);
        var tint = EstimateStyle.Tint(series, light.Background);

        var actualOnly = Strokes(Line(estimates: false), Hex(tint));
        var withEstimates = Strokes(Line(estimates: true), Hex(tint));

        Assert.Empty(actualOnly);
        // The dotted stretch 2021→2024: one path of round dots in the tint.
        var dotted = Assert.Single(withEstimates, e => e.Name.LocalName == "path");
        Assert.Equal("round", (string?)dotted.Attribute("stroke-linecap"));
        Assert.True(((string)dotted.Attribute("d")!).Split('M').Length > 20, "the stretch is drawn as many short dots");
        // Three hollow markers (2022, 2023, 2024): outlines in the tint, not filled.
        var markers = withEstimates.Where(e => e.Name.LocalName != "path" || e != dotted).ToList();
        Assert.Equal(3, markers.Count);
        Assert.All(markers, m => Assert.Equal("none", (string?)m.Attribute("fill")));
        // The actual stretch 2015→2021 keeps the series colour, and no estimate is drawn in it.
        var solid = Assert.Single(Strokes(Line(estimates: true), Hex(series)));
        Assert.Equal(7, ((string)solid.Attribute("d")!).Split('L').Length);
    }

    [Fact]
    public void Build_BarsWithAnEstimate_ThatBarHollow()
    {
        var light = ChartTheme.Find("light")!;
        var series = ChartPalette.For("CHN").ColorFor(light);
        var bars = Line(estimates: true, ChartKind.GroupedBar) with { Categories = [.. Line(estimates: true).Series[0].Points.Select(p => p.Category)] };
        using var plot = ChartBuilder.Build(bars, light, Size);
        var doc = XDocument.Parse(ChartRenderer.RenderSvg(plot, Size, bars.Title));

        // Filled in the tint and outlined in the series colour: the three estimates only.
        var tinted = doc.Descendants().Where(e => string.Equals((string?)e.Attribute("fill"), Hex(EstimateStyle.Tint(series, light.Background)), StringComparison.OrdinalIgnoreCase)).ToList();
        Assert.Equal(3, tinted.Count);
        Assert.Equal(7, doc.Descendants().Count(e => string.Equals((string?)e.Attribute("fill"), Hex(series), StringComparison.OrdinalIgnoreCase) && e.Name.LocalName != "text"));
    }

    [Fact]
    public void Build_SlopeWithAnEstimateAtTheEnd_DrawnInTheTint()
    {
        var light = ChartTheme.Find("light")!;
        var tint = EstimateStyle.Tint(ChartPalette.For("CHN").ColorFor(light), light.Background);
        var slope = Line(estimates: true, ChartKind.Slope) with
        {
            Series = [Line(estimates: true).Series[0] with { Points = [.. Line(estimates: true).Series[0].Points.Where(p => p.Period.Text is "2015" or "2024")] }],
        };

        Assert.NotEmpty(Strokes(slope, Hex(tint)));
    }

    [Fact]
    public void Hollow_FilledMarkers_BecomeOpen()
    {
        Assert.Equal(ScottPlot.MarkerShape.OpenCircle, EstimateStyle.Hollow(ScottPlot.MarkerShape.FilledCircle));
        Assert.Equal(ScottPlot.MarkerShape.OpenSquare, EstimateStyle.Hollow(ScottPlot.MarkerShape.FilledSquare));
        Assert.Equal(ScottPlot.MarkerShape.OpenDiamond, EstimateStyle.Hollow(ScottPlot.MarkerShape.OpenDiamond));
    }
}

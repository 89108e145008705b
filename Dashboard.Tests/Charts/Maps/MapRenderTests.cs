using System.Globalization;
using System.Xml.Linq;
using Dashboard.Data.Geo;
using Dashboard.Web.Charts;
using Dashboard.Web.Charts.Drawing;
using Dashboard.Web.Charts.Drawing.Map;
using Dashboard.Web.Charts.Files;
using Dashboard.Web.Charts.Rendering;
using Dashboard.Web.Charts.Selection;
using Dashboard.Web.Charts.Styling;
using ScottPlot;
using SkiaSharp;
using Dashboard.Web.Charts.Maps;

namespace Dashboard.Tests.Charts.Maps;

public sealed class MapRenderTests
{
    public MapRenderTests() => ChartFonts.EnsureRegistered();

    public static TheoryData<string, int, int, int> ThemesAndSizes()
    {
        var data = new TheoryData<string, int, int, int>();
        foreach (var theme in ChartTheme.All)
        {
            data.Add(theme.Name, 1200, 675, 1);
            data.Add(theme.Name, 1920, 1080, 2);
        }

        return data;
    }

    private static (byte[] Png, MapLayout Layout) RenderPng(MapLayer layer, ChartTheme theme, ChartSize size, string name)
    {
        using var plot = MapSamples.Plot(MapSamples.Spec(), layer, theme, size);
        var png = ChartRenderer.RenderPng(plot, size);
        var folder = Directory.CreateDirectory(Path.Combine(AppContext.BaseDirectory, "chart-samples"));
        File.WriteAllBytes(Path.Combine(folder.FullName, $"map-{name}-{theme.Name}-{size.Width}x{size.Height}@{size.Scale}.png"), png);
        return (png, plot.GetPlottables().OfType<MapPlottable>().Single().LastLayout!);
    }

    [Theory]
    [MemberData(nameof(ThemesAndSizes))]
    public void RenderPng_EveryStateFilledWithItsClassColour(string themeName, int width, int height, int scale)
    {
        var theme = ChartTheme.Find(themeName)!;
        var size = new ChartSize(width, height, scale);
        var layer = MapSamples.Layer();

        var (png, layout) = RenderPng(layer, theme, size, "debt");

        ImageAssert.PngSize(png, width * scale, height * scale);
        using var bitmap = SKBitmap.Decode(png);
        foreach (var code in MapSamples.Debt2019.Keys)
        {
            var region = layout.Regions.Single(r => r.Region.Code == code);
            var point = MapSampling.ClearInteriorPoint(layout, region, margin: 4);
            var expected = MapPalette.Bin(layer.Bins.IndexOf(MapSamples.Debt2019[code]), layer.Bins.Count, theme);
            MapSampling.AssertColour(bitmap, point, scale, expected, $"{code} at {point}");
        }

        Assert.True(ImageAssert.InkShare(png, 0, 0, 0.5f, 0.09f) > 0.01, "no title ink");
        Assert.True(ImageAssert.InkShare(png, 0, 0.9f, 0.5f, 1f) > 0.005, "no footer ink");
    }

    [Theory]
    [MemberData(nameof(ThemesAndSizes))]
    public void RenderPng_LegendSwatchesInClassColoursAndNoDataHatched(string themeName, int width, int height, int scale)
    {
        var theme = ChartTheme.Find(themeName)!;
        var size = new ChartSize(width, height, scale);
        var layer = MapSamples.DebtWithoutTurkmenistan();

        var (png, layout) = RenderPng(layer, theme, size, "no-tkm");

        using var bitmap = SKBitmap.Decode(png);
        var swatches = layout.Legend.Swatches(layout.LegendLeft, layout.LegendTop).ToList();
        Assert.Equal(["0–10", "10–20", "20–30", "30–40", "40–50", "No data"], swatches.Select(s => s.Text));
        foreach (var (text, fill, rect) in swatches.Where(s => s.Fill is not null))
        {
            MapSampling.AssertColour(bitmap, rect.Center, scale, fill!.Value, "legend " + text);
        }

        // Turkmenistan: the pale no-data fill, crossed by hatching (pixels clearly darker than the fill).
        var tkm = layout.Regions.Single(r => r.Region.Code == "TKM");
        var samples = MapSampling.InteriorPoints(layout, tkm, 3, step: 1).Select(p => bitmap.GetPixel((int)(p.X * scale), (int)(p.Y * scale))).ToList();
        var pale = MapPalette.NoData(theme).ToSKColor();
        Assert.True(samples.Count > 50, "too few interior samples");
        Assert.InRange(samples.Count(c => MapSampling.Close(c, pale, 3)) / (double)samples.Count, 0.3, 0.95);
        Assert.True(samples.Count(c => Math.Abs(MapSampling.Lightness(c) - MapSampling.Lightness(pale)) > 40) > samples.Count / 20, "no hatching");
    }

    [Theory]
    [MemberData(nameof(ThemesAndSizes))]
    public void Layout_LabelsInsideTheMapAndNeverOverlapping(string themeName, int width, int height, int scale)
    {
        var (_, layout) = RenderPng(MapSamples.DebtWithoutTurkmenistan(), ChartTheme.Find(themeName)!, new ChartSize(width, height, scale), "no-tkm");

        var boxes = layout.Labels.Select(l => l.Extent).ToList();
        Assert.All(boxes, b => Assert.True(MapBoxGeometry.Inside(layout.View.Pixels, b), $"{b} outside the map"));
        for (var i = 0; i < boxes.Count; i++)
        {
            for (var j = i + 1; j < boxes.Count; j++)
            {
                Assert.False(boxes[i].Intersects(boxes[j]), $"{layout.Labels[i].Code} overlaps {layout.Labels[j].Code}");
            }
        }

        // Every state is named, inside or beside; the large ones and the Caspian at least at slide size.
        Assert.Equal(MapSamples.Debt2019.Keys.Order(), layout.Labels.Where(l => l.Kind is MapLabelKind.Inside or MapLabelKind.Leader).Select(l => l.Code).Order());
        Assert.Contains(layout.Labels, l => l is { Code: "KAZ", Kind: MapLabelKind.Inside });
        Assert.Contains(layout.Labels, l => l.Kind == MapLabelKind.Context && l.Lines[0] == "China");
        Assert.Contains(layout.Labels, l => l.Kind == MapLabelKind.Water && l.Lines[0] == "Caspian Sea");
    }

    [Theory]
    [MemberData(nameof(ThemesAndSizes))]
    public void RenderSvg_EachCountryOneElementWithItsTitle(string themeName, int width, int height, int scale)
    {
        var size = new ChartSize(width, height, scale);
        using var plot = MapSamples.Plot(MapSamples.Spec(), MapSamples.DebtWithoutTurkmenistan(), ChartTheme.Find(themeName)!, size);

        var svg = ChartRenderer.RenderSvg(plot, size, "Debt map");

        var doc = ImageAssert.Svg(svg);
        var regions = doc.Descendants().Where(e => (string?)e.Attribute("class") == "map-region").ToList();
        Assert.All(regions, r => Assert.Equal("path", r.Name.LocalName));
        Assert.All(regions, r => Assert.Single(r.Elements(), e => e.Name.LocalName == "title"));
        var titles = regions.ToDictionary(r => r.Attribute("data-code")!.Value, r => r.Elements().Single().Value);
        Assert.Equal(13, titles.Count);
        Assert.Equal("Kyrgyzstan: 47.9 % (2019)", titles["KGZ"]);
        Assert.Equal("Tajikistan: 39.7 % (2019)", titles["TJK"]);
        Assert.Equal("Kazakhstan: 3.24 % (2019)", titles["KAZ"]);
        Assert.Equal("Uzbekistan: 17.2 % (2019)", titles["UZB"]);
        Assert.Equal("Turkmenistan: no data (2019)", titles["TKM"]);
        Assert.Equal("China", titles["CHN"]);
        Assert.Equal("Russia", titles["RUS"]);
        var text = ImageAssert.SvgText(doc);
        Assert.Contains(MapSamples.SourceText + " · Boundaries: Natural Earth · GeoAI Dashboard", text, StringComparison.Ordinal);
        Assert.Contains("Caspian Sea", text, StringComparison.Ordinal);
        Assert.Equal((width * scale).ToString(CultureInfo.InvariantCulture), doc.Root!.Attribute("width")!.Value);
    }

    [Fact]
    public void RenderSvg_ChartWithoutMap_Unchanged()
    {
        var spec = SampleSpecs.For(ChartKind.Line);
        var size = ChartSize.Default;
        using var plot = ChartBuilder.Build(spec, ChartTheme.Light, size);
        var svg = SvgPostProcessor.Process(ChartRenderer.RenderSvgRaw(plot, size), spec.Title);

        Assert.Same(svg, MapSvgTitles.Attach(svg, plot));
        Assert.DoesNotContain("map-region", ChartRenderer.RenderSvg(plot, size, spec.Title), StringComparison.Ordinal);
    }

    [Fact]
    public void RenderPng_NoDataAtAll_EveryStateHatchedAndOnlyNoDataInTheLegend()
    {
        var size = ChartSize.Default;
        var (png, layout) = RenderPng(MapSamples.Layer(new Dictionary<string, double>()), ChartTheme.Light, size, "empty");

        ImageAssert.PngSize(png, 1200, 675);
        Assert.Equal(["No data"], layout.Legend.Swatches(0, 0).Select(s => s.Text));
        Assert.Equal(5, layout.Labels.Count(l => l.Kind is MapLabelKind.Inside or MapLabelKind.Leader));
    }

    [Fact]
    public void Layout_SquareImage_LegendUnderTheMap()
    {
        var (_, layout) = RenderPng(MapSamples.Layer(), ChartTheme.Light, new ChartSize(1080, 1080), "debt");

        Assert.False(layout.LegendColumn);
        Assert.True(layout.LegendTop >= layout.View.Pixels.MaxY, "legend overlaps the map");
    }
}

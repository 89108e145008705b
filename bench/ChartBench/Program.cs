// Chart render micro-benchmark: uncached PNG (fast path vs ScottPlot's GetImageBytes) and SVG, same run, same plots;
// then the choropleth map (issue 12) on the shipped geometry, beside the line chart.
// Usage: dotnet run -c Release --project bench/ChartBench [-- iterations [output-folder]]
using System.Diagnostics;
using System.Globalization;
using Dashboard.Data.Model;
using Dashboard.Web.Charts;
using Dashboard.Web.Charts.Composing;
using Dashboard.Web.Charts.Drawing;
using Dashboard.Web.Charts.Maps;
using Dashboard.Web.Charts.Model;
using Dashboard.Web.Charts.Rendering;
using Dashboard.Web.Charts.Selection;
using Dashboard.Web.Charts.Styling;
using ScottPlot;

var inv = CultureInfo.InvariantCulture;
var iterations = args.Length > 0 ? int.Parse(args[0], inv) : 30;
ChartFonts.EnsureRegistered();

// A TOP500-like line chart: three countries on 67 half-yearly lists (1993-06 … 2026-06), the densest shipped shape.
static ChartPoint Point(string period, double value)
{
    var p = Period.Parse(period);
    return new ChartPoint { X = p.MidYear, Period = period, PeriodLabel = p.Label, Category = p.Label, Value = value };
}

var lists = Enumerable.Range(0, 67).Select(i => $"{1993 + i / 2}-{(i % 2 == 0 ? "06" : "11")}").ToList();
var line = new ChartSpec
{
    Kind = ChartKind.Line,
    IndicatorId = "top500-systems",
    Title = "TOP500 supercomputers by country",
    Subtitle = "Unit: systems · China, Russia, United States · Jun 1993–Jun 2026",
    Unit = "systems",
    YAxisLabel = "systems",
    Series =
    [
        new ChartSeries { Name = "China", StyleCode = "CHN", Points = lists.Select((l, i) => Point(l, Math.Max(0, (i - 15) * 4.5))).ToList() },
        new ChartSeries { Name = "United States", StyleCode = "USA", Points = lists.Select((l, i) => Point(l, 250 - i * 1.8)).ToList() },
        new ChartSeries { Name = "Russia", StyleCode = "RUS", Points = lists.Select((l, i) => Point(l, 1 + i % 7)).ToList() },
    ],
    Footer = "Source: TOP500.org · GeoAI Dashboard",
};

var cases = new (string Name, ChartSize Size)[]
{
    ("1200×675 ×1", new ChartSize(1200, 675, 1)),
    ("1920×1080 ×2", new ChartSize(1920, 1080, 2)),
};

Console.WriteLine($"date: {DateTime.UtcNow:yyyy-MM-dd HH:mm} UTC, iterations: {iterations} (after 5 warm-up), median / p90 in ms");
Console.WriteLine($"machine: {Environment.ProcessorCount} logical CPUs, {Cpu()}, {System.Runtime.InteropServices.RuntimeInformation.FrameworkDescription}");
Console.WriteLine();
Console.WriteLine("| image | step | median ms | p90 ms | bytes |");
Console.WriteLine("|---|---|---:|---:|---:|");
foreach (var (name, size) in cases)
{
    var build = Measure(() => { using var p = ChartBuilder.Build(line, ChartTheme.Light, size); return 0; });
    using var plot = ChartBuilder.Build(line, ChartTheme.Light, size);
    var naive = Measure(() => plot.GetImageBytes(size.PixelWidth, size.PixelHeight, ScottPlot.ImageFormat.Png).Length);
    var fast = Measure(() => ChartRenderer.RenderPng(plot, size).Length);
    var svg = Measure(() => ChartRenderer.RenderSvg(plot, size, line.Title).Length);
    Row(name, "build plot (spec → Plot)", build);
    Row(name, "PNG naive `GetImageBytes(…, Png)`", naive);
    Row(name, "PNG fast (SKSurface + Up filter, zlib 3)", fast);
    Row(name, "SVG", svg);
    Console.WriteLine($"| {name} | **fast / naive** | **{fast.Median / naive.Median:0.00}×** | | |");
    if (args.Length > 1)
    {
        // The rendered files, for people to look at (bench/out/ is git-ignored).
        Directory.CreateDirectory(args[1]);
        var stem = Path.Combine(args[1], $"line-{size.PixelWidth}x{size.PixelHeight}");
        File.WriteAllBytes(stem + ".png", ChartRenderer.RenderPng(plot, size));
        File.WriteAllText(stem + ".svg", ChartRenderer.RenderSvg(plot, size, line.Title));
    }
}

// The map: the shipped geometry (data/geo, copied to the output by Dashboard.Web), China's share of each state's
// external debt in 2019 as shipped, Turkmenistan left out so the no-data hatching is drawn too.
var geometry = new MapGeometryProvider(Path.Combine(AppContext.BaseDirectory, "data")).Geometry
    ?? throw new InvalidOperationException("data/geo/central-asia.geojson not found in the output folder");
var debt = new Dictionary<string, double> { ["KAZ"] = 3.241467458270653, ["KGZ"] = 47.915408702246445, ["TJK"] = 39.7162825763629, ["UZB"] = 17.194052358179025 };
var mapSpec = new ChartSpec
{
    IndicatorId = "external-debt-share-china-bilateral",
    Title = "Share of external debt owed to China (bilateral), 2019",
    Subtitle = "Unit: % · Central Asia · 2019",
    Unit = "%",
    Footer = "Source: ONE Campaign from World Bank IDS · GeoAI Dashboard",
};
Console.WriteLine();
Console.WriteLine("| image | map step | median ms | p90 ms | bytes |");
Console.WriteLine("|---|---|---:|---:|---:|");
foreach (var (name, size) in cases)
{
    // A fresh layer and plot every time, as a request has: the map places its labels on the first render of a plot.
    Plot Fresh()
    {
        var layer = MapLayer.Create(geometry, debt, "%", "2019");
        return ChartBuilder.Build(mapSpec with { Kind = ChartKind.Map, Map = layer, Footer = MapComposer.WithCredit(mapSpec.Footer, layer.Credit) }, ChartTheme.Light, size);
    }

    var build = Measure(() => { using var p = Fresh(); return 0; });
    var fast = Measure(() => { using var p = Fresh(); return ChartRenderer.RenderPng(p, size).Length; });
    var svg = Measure(() => { using var p = Fresh(); return ChartRenderer.RenderSvg(p, size, mapSpec.Title).Length; });
    using var plot = Fresh();
    var again = Measure(() => ChartRenderer.RenderPng(plot, size).Length);
    Row(name, "map: build plot (project shapes, classes → Plot)", build);
    Row(name, "map: PNG, new plot (layout, labels, paint, encode)", fast);
    Row(name, "map: PNG, same plot again (labels already placed)", again);
    Row(name, "map: SVG, new plot (with country titles)", svg);
    if (args.Length > 1)
    {
        var stem = Path.Combine(args[1], $"map-{size.PixelWidth}x{size.PixelHeight}");
        File.WriteAllBytes(stem + ".png", ChartRenderer.RenderPng(plot, size));
        File.WriteAllText(stem + ".svg", ChartRenderer.RenderSvg(plot, size, mapSpec.Title));
    }
}

(double Median, double P90, long Bytes) Measure(Func<long> action)
{
    long bytes = 0;
    for (var i = 0; i < 5; i++)
    {
        bytes = action();
    }

    var times = new List<double>();
    for (var i = 0; i < iterations; i++)
    {
        var sw = Stopwatch.StartNew();
        bytes = action();
        times.Add(sw.Elapsed.TotalMilliseconds);
    }

    times.Sort();
    return (times[times.Count / 2], times[(int)Math.Ceiling(times.Count * 0.9) - 1], bytes);
}

void Row(string image, string step, (double Median, double P90, long Bytes) r) =>
    Console.WriteLine(string.Create(inv, $"| {image} | {step} | {r.Median:0.0} | {r.P90:0.0} | {r.Bytes:#,0} |"));

static string Cpu()
{
    try
    {
        var model = File.ReadLines("/proc/cpuinfo").FirstOrDefault(l => l.StartsWith("model name", StringComparison.Ordinal));
        return model is null ? "unknown CPU" : model.Split(':', 2)[1].Trim();
    }
    catch (IOException)
    {
        return "unknown CPU";
    }
}

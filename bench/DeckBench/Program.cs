// Deck writer micro-benchmark: a 12-chart deck written both ways (native charts with embedded workbooks, and
// pictures), plus what the picture way costs before the writer: rendering the 12 PNGs at 1920×1080 ×2.
// Synthetic data of the densest shipped shape (3 series × 67 periods); no database, no HTTP: the writer alone.
// Usage: dotnet run -c Release --project bench/DeckBench [-- iterations [output-folder]]
// Second mode, end to end on the shipped data: the paper's deck through PptxBuilder (specs from the store, PNG
// renders, native charts, writer) both ways: dotnet run -c Release --project bench/DeckBench -- paper [iterations [output-folder]]
using System.Diagnostics;
using System.Globalization;
using Dashboard.Data.Model;
using Dashboard.Web.Charts;
using Dashboard.Web.Charts.Drawing;
using Dashboard.Web.Charts.Model;
using Dashboard.Web.Charts.Rendering;
using Dashboard.Web.Charts.Selection;
using Dashboard.Web.Charts.Styling;
using Dashboard.Web.Decks;

if (args.Length > 0 && args[0] == "paper")
{
    await PaperDeck.RunAsync(args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 10, args.Length > 2 ? args[2] : null);
    return;
}

var inv = CultureInfo.InvariantCulture;
var iterations = args.Length > 0 ? int.Parse(args[0], inv) : 20;
const int charts = 12;
ChartFonts.EnsureRegistered();

var periods = Enumerable.Range(0, 67).Select(i => $"{1993 + i / 2}-{(i % 2 == 0 ? "06" : "11")}").ToList();
(string Name, string Code, Func<int, double?> Value)[] shape =
[
    ("China", "CHN", i => i < 15 ? null : (i - 15) * 4.5),
    ("United States", "USA", i => 250 - i * 1.8),
    ("Russia", "RUS", i => 1 + i % 7),
];

var native = Enumerable.Range(1, charts).Select(n => Slide(n, new PptxChart
{
    Kind = PptxChartKind.Line,
    Categories = periods.Select(p => Period.Parse(p).Label).ToList(),
    Series = shape.Select(s => new PptxSeries(s.Name, ChartPalette.For(s.Code).LightHex, periods.Select((_, i) => s.Value(i)).ToList(), ChartPalette.For(s.Code).Dash)).ToList(),
    ValueAxisTitle = "systems",
})).ToList();

var spec = new ChartSpec
{
    Kind = ChartKind.Line,
    IndicatorId = "bench",
    Title = "Benchmark chart",
    Unit = "systems",
    YAxisLabel = "systems",
    Series = shape.Select(s => new ChartSeries
    {
        Name = s.Name,
        Entity = s.Code,
        StyleCode = s.Code,
        Points = periods.Select((p, i) => (p, v: s.Value(i))).Where(x => x.v is not null)
            .Select(x => new ChartPoint { X = Period.Parse(x.p).MidYear, Period = Period.Parse(x.p), PeriodLabel = Period.Parse(x.p).Label, Category = Period.Parse(x.p).Label, Value = x.v!.Value })
            .ToList(),
    }).ToList(),
};
var size = new ChartSize(1920, 1080, 2);
byte[] RenderOne()
{
    using var plot = ChartBuilder.Build(spec, ChartTheme.Light, size);
    return ChartRenderer.RenderPng(plot, size);
}

var png = RenderOne();
var pictures = Enumerable.Range(1, charts).Select(n => Slide(n, new PptxPicture(png, size.PixelWidth, size.PixelHeight))).ToList();
var nativeDeck = Deck(native);
var pictureDeck = Deck(pictures);

Console.WriteLine($"date: {DateTime.UtcNow:yyyy-MM-dd HH:mm} UTC, iterations: {iterations} (after 3 warm-up), median / p90 wall-clock ms; cpu: process CPU time per iteration (mean, all threads), steadier than wall-clock on a shared machine");
Console.WriteLine($"machine: {Environment.ProcessorCount} logical CPUs, load average {LoadAverage()}, {System.Runtime.InteropServices.RuntimeInformation.FrameworkDescription}");
Console.WriteLine();
Console.WriteLine("| deck (12 charts, 16:9) | step | median ms | p90 ms | cpu ms | bytes |");
Console.WriteLine("|---|---|---:|---:|---:|---:|");
Row("native", "write .pptx (charts + workbooks)", Measure(() => PptxWriter.ToBytes(nativeDeck).Length));
Row("picture", $"render {charts} PNGs {size.PixelWidth}×{size.PixelHeight}", Measure(() => Enumerable.Range(0, charts).Sum(_ => (long)RenderOne().Length)));
Row("picture", "write .pptx (PNGs given)", Measure(() => PptxWriter.ToBytes(pictureDeck).Length));

if (args.Length > 1)
{
    // The decks, for people to open (bench/out/ is git-ignored).
    Directory.CreateDirectory(args[1]);
    File.WriteAllBytes(Path.Combine(args[1], "deck-native.pptx"), PptxWriter.ToBytes(nativeDeck));
    File.WriteAllBytes(Path.Combine(args[1], "deck-picture.pptx"), PptxWriter.ToBytes(pictureDeck));
}

static PptxSlide Slide(int n, PptxVisual visual) => new()
{
    Title = $"TOP500 supercomputers by country ({n})",
    Visual = visual,
    SourceLine = "Source: TOP500.org · GeoAI Dashboard",
    AltText = "Line chart of TOP500 systems by country, 1993–2026.",
    Notes = ["Unit: systems", "TOP500 list, November 2024 edition.", "Licence: CC BY 4.0", "Data version 1"],
};

static PptxDocument Deck(IReadOnlyList<PptxSlide> slides) => new()
{
    Title = "Benchmark deck",
    Date = new DateOnly(2025, 1, 1),
    Slides = slides,
    References = [new PptxReference("TOP500 list, November 2024 edition.", "https://top500.org/")],
};

(double Median, double P90, double Cpu, long Bytes) Measure(Func<long> action)
{
    long bytes = 0;
    for (var i = 0; i < 3; i++)
    {
        bytes = action();
    }

    var times = new List<double>();
    var cpu = Process.GetCurrentProcess().TotalProcessorTime;
    for (var i = 0; i < iterations; i++)
    {
        var sw = Stopwatch.StartNew();
        bytes = action();
        times.Add(sw.Elapsed.TotalMilliseconds);
    }

    var cpuMs = (Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalMilliseconds / iterations;
    times.Sort();
    return (times[times.Count / 2], times[(int)Math.Ceiling(times.Count * 0.9) - 1], cpuMs, bytes);
}

void Row(string deck, string step, (double Median, double P90, double Cpu, long Bytes) r) =>
    Console.WriteLine(string.Create(inv, $"| {deck} | {step} | {r.Median:0.0} | {r.P90:0.0} | {r.Cpu:0.0} | {r.Bytes:#,0} |"));

static string LoadAverage()
{
    try
    {
        return File.ReadAllText("/proc/loadavg").Split(' ')[0];
    }
    catch (IOException)
    {
        return "unknown";
    }
}

using System.Diagnostics;
using System.Globalization;
using Dashboard.Web.Charts;
using Dashboard.Web.Decks;
using Dashboard.Web.Export;
using Dashboard.Web.Setup;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;

/// <summary>
/// The paper's deck (7 charts) built end to end by the app's own <see cref="PptxBuilder"/> over a store built from
/// the shipped data/: picture slides (7 PNG renders at 3552×1570 + writer), native slides (timeline and table still
/// rendered as pictures), native with predict steps, and both ways on the briefer's template (the LibreOffice-saved
/// template of the tests, opened and checked once, as <c>template=</c> does through its cache). One process, the store
/// built once before timing; each iteration resolves the deck's charts (<see cref="DeckResolution"/>) and builds it.
/// </summary>
internal static class PaperDeck
{
    public static async Task RunAsync(int iterations, string? outFolder)
    {
        var inv = CultureInfo.InvariantCulture;
        var work = Directory.CreateTempSubdirectory("geoai-deckbench-").FullName;
        var builder = WebApplication.CreateBuilder();
        builder.Configuration["Logging:LogLevel:Default"] = "Warning";
        builder.Configuration[$"{DataOptions.Section}:{nameof(DataOptions.DataDirectory)}"] = Path.GetFullPath(Path.Combine(Repo(), "data"));
        builder.Configuration[$"{DataOptions.Section}:{nameof(DataOptions.DatabasePath)}"] = Path.Combine(work, "store.db");
        builder.AddDashboardData();
        builder.AddCharts();
        builder.AddExport();
        await using var app = builder.Build();
        app.BuildStore();
        var decks = app.Services.GetRequiredService<PptxBuilder>();
        var resolver = app.Services.GetRequiredService<ChartResolver>();
        var templateFile = Path.Combine(Repo(), "Dashboard.Tests", "TestData", "decks", "libreoffice-brand.potx");
        var template = DeckTemplates.Check(await File.ReadAllBytesAsync(templateFile)).Template
            ?? throw new InvalidDataException(templateFile + " is not a usable template");

        Console.WriteLine($"date: {DateTime.UtcNow:yyyy-MM-dd HH:mm} UTC, iterations: {iterations} (after 2 warm-up), median / p90 wall-clock ms; cpu: process CPU time per iteration (mean, all threads)");
        Console.WriteLine($"machine: {Environment.ProcessorCount} logical CPUs, load average {LoadAverage()} at start, {System.Runtime.InteropServices.RuntimeInformation.FrameworkDescription}");
        Console.WriteLine();
        Console.WriteLine("| paper deck (7 charts, 16:9, shipped data) | slides | median ms | p90 ms | cpu ms | bytes |");
        Console.WriteLine("|---|---:|---:|---:|---:|---:|");
        (string Name, PptxSettings Settings)[] ways =
        [
            ("picture (7 PNG renders + writer)", PptxSettings.Default),
            ("native (2 PNG renders: timeline, table)", PptxSettings.Default with { Style = PptxChartStyle.Native }),
            ("native, predict steps (+4 slides)", PptxSettings.Default with { Style = PptxChartStyle.Native, Steps = true }),
            ("picture, LibreOffice template", PptxSettings.Default with { Template = template }),
            ("native, LibreOffice template", PptxSettings.Default with { Style = PptxChartStyle.Native, Template = template }),
        ];
        async Task<ExportFile> BuildAsync(PptxSettings settings)
        {
            var resolution = await DeckResolution.ResolveAsync(DeckCatalog.Paper, resolver, CancellationToken.None);
            return await decks.BuildAsync(DeckCatalog.Paper, resolution.Items, settings, "https://dash.example.org", CancellationToken.None);
        }

        foreach (var (name, settings) in ways)
        {
            ExportFile? file = null;
            var times = new List<double>();
            for (var i = 0; i < 2; i++)
            {
                file = await BuildAsync(settings);
            }

            var cpu = Process.GetCurrentProcess().TotalProcessorTime;
            for (var i = 0; i < iterations; i++)
            {
                var sw = Stopwatch.StartNew();
                file = await BuildAsync(settings);
                times.Add(sw.Elapsed.TotalMilliseconds);
            }

            var cpuMs = (Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalMilliseconds / iterations;
            times.Sort();
            // Counted in the file written: ppt/slides/slideN.xml.
            using var zip = new System.IO.Compression.ZipArchive(new MemoryStream(file!.Bytes));
            var slides = zip.Entries.Count(e => e.FullName.StartsWith("ppt/slides/slide", StringComparison.Ordinal) && e.FullName.EndsWith(".xml", StringComparison.Ordinal));
            Console.WriteLine(string.Create(inv,
                $"| {name} | {slides} | {times[times.Count / 2]:0} | {times[(int)Math.Ceiling(times.Count * 0.9) - 1]:0} | {cpuMs:0} | {file!.Bytes.Length:#,0} |"));
            if (outFolder is not null)
            {
                Directory.CreateDirectory(outFolder);
                await File.WriteAllBytesAsync(Path.Combine(outFolder, (settings.Steps ? "steps-" : "") + file.Name), file.Bytes);
            }
        }

        Console.WriteLine();
        Console.WriteLine($"load average at the end: {LoadAverage()}");
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(work, recursive: true);
    }

    /// <summary>The repository root: the folder above bench/ that holds data/.</summary>
    private static string Repo()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (Directory.Exists(Path.Combine(dir.FullName, "data")) && Directory.Exists(Path.Combine(dir.FullName, "bench")))
            {
                return dir.FullName;
            }
        }

        throw new DirectoryNotFoundException("Run from inside the repository: no data/ folder above " + AppContext.BaseDirectory);
    }

    private static string LoadAverage()
    {
        try
        {
            return string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3));
        }
        catch (IOException)
        {
            return "unknown";
        }
    }
}

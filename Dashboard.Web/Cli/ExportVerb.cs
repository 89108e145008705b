using System.Globalization;
using Dashboard.Data.Import;
using Dashboard.Data.Queries;
using Dashboard.Web.Charts;
using Dashboard.Web.Export;
using Dashboard.Web.Setup;
using Microsoft.Extensions.Options;

namespace Dashboard.Web.Cli;

/// <summary>
/// <c>export</c>: renders a named deck, a list of charts or every chart to a folder at a preset — PNG + SVG + CSV per
/// chart and CITATIONS.md — through the web app's own chart pipeline, store and configured limits, and prints each
/// file it wrote. Exit codes: 0 done, 1 failed (unknown chart, data that does not import, a file that cannot be
/// written), 2 usage.
/// </summary>
public static class ExportVerb
{
    private static readonly string[] Known = ["deck", "charts", "all", "entities", "from", "to", "preset", "width", "height", "scale", "theme", "formats", "out", "base-url", "data", "db"];

    public static CliVerb Verb { get; } = new(
        "export",
        "export (--deck paper | --charts id,id [--entities KAZ,CHN] [--from 2010] [--to 2019] | --all) " +
        "[--preset slide-16x9|slide-4x3|document|square|custom] [--width W --height H] " +
        "[--scale 1-4] [--theme light|dark|projector] [--formats png,svg,csv] [--out figures] [--base-url https://host] [--data data] [--db App_Data/dashboard.db]",
        "Render a deck or all charts to a folder at a preset (PNG + SVG + CSV per chart, CITATIONS.md); prints every file written.",
        Run);

    private static int Run(CliArgs args, TextWriter stdout, TextWriter stderr)
    {
        if (args.UnknownOptions(Known).FirstOrDefault() is { } unknown)
        {
            return CliDispatcher.UsageError(Verb, stderr, $"unknown option --{unknown}");
        }

        if (args.Positional.Count > 0)
        {
            return CliDispatcher.UsageError(Verb, stderr, $"unexpected argument '{args.Positional[0]}'");
        }

        var choices = new[] { args.Flag("deck"), args.Flag("charts"), args.Flag("all") }.Count(x => x);
        if (choices != 1)
        {
            return CliDispatcher.UsageError(Verb, stderr, "choose what to export with exactly one of --deck NAME, --charts id,id or --all");
        }

        var formats = new List<ChartFormat>();
        foreach (var word in args.Option("formats", "png,svg,csv").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            if (ChartFormats.Parse(word) is not { } format)
            {
                return CliDispatcher.UsageError(Verb, stderr, $"--formats: '{word}' is not png, svg or csv");
            }

            formats.Add(format);
        }

        if (formats.Count == 0)
        {
            return CliDispatcher.UsageError(Verb, stderr, "--formats needs at least one of png, svg, csv");
        }

        try
        {
            return RunAsync(args, formats.Distinct().ToList(), stdout, stderr).GetAwaiter().GetResult();
        }
        catch (ImportFailedException ex)
        {
            stderr.WriteLine("export: the data folder does not import, nothing exported:");
            foreach (var e in ex.Errors)
            {
                stderr.WriteLine("  " + e);
            }

            return 1;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            stderr.WriteLine($"export: {ex.Message}");
            return 1;
        }
    }

    private static async Task<int> RunAsync(CliArgs args, IReadOnlyList<ChartFormat> formats, TextWriter stdout, TextWriter stderr)
    {
        await using var app = BuildApp(args);
        var services = app.Services;
        var chartOptions = services.GetRequiredService<IOptions<ChartOptions>>().Value;
        var exportOptions = services.GetRequiredService<IOptions<ExportOptions>>().Value;
        if (!ExportSettings.TryParse(args.Option("preset"), args.Option("width"), args.Option("height"), args.Option("scale"), args.Option("theme"),
                chartOptions, out var settings, out var parameter, out var error))
        {
            return CliDispatcher.UsageError(Verb, stderr, $"--{parameter}: {error}");
        }

        List<ChartSelection> charts;
        if (args.Flag("all"))
        {
            // Not a list the user typed: every chart with rows, however many (the limit is for lists).
            app.UseDashboardData();
            charts = (await services.GetRequiredService<IndicatorQueries>().GetIndicatorSummariesAsync(CancellationToken.None))
                .Where(i => i.ObservationCount > 0 || i.ChartKind is "timeline" or "table")
                .Select(i => ChartSelection.Of(i.Id))
                .ToList();
        }
        else
        {
            var (deck, deckParameter, deckError) = DeckChoice.Parse(args.Words, exportOptions, chartOptions);
            if (deck is null)
            {
                return CliDispatcher.UsageError(Verb, stderr, $"--{deckParameter}: {deckError}");
            }

            app.UseDashboardData();
            if (DeckChoice.UnknownCodes(deck, await services.GetRequiredService<EntityQueries>().GetCodesAsync(CancellationToken.None)) is var (codeParameter, codeError))
            {
                return CliDispatcher.UsageError(Verb, stderr, $"--{codeParameter}: {codeError}");
            }

            charts = deck.Slides.Select(s => s.Chart).ToList();
        }

        var baseUrl = (args.Option("base-url") ?? exportOptions.PublicBaseUrl ?? "").TrimEnd('/');
        var pack = await services.GetRequiredService<BriefingPackBuilder>().BuildAsync(charts, settings, formats, baseUrl, CancellationToken.None);
        if (pack.UnknownChart is not null)
        {
            stderr.WriteLine($"export: there is no chart '{pack.UnknownChart}'; nothing written (`--all` exports every chart)");
            return 1;
        }

        var folder = CliPaths.Resolve(args.Option("out", "figures"));
        Directory.CreateDirectory(folder);
        foreach (var file in pack.Files)
        {
            var path = Path.Combine(folder, file.Name);
            await File.WriteAllBytesAsync(path, file.Bytes);
            stdout.WriteLine(string.Create(CultureInfo.InvariantCulture, $"wrote {path} ({file.Bytes.Length:N0} bytes)"));
        }

        stdout.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"exported {charts.Count} chart(s) at {settings.Describe()} to {folder}"));
        return 0;
    }

    /// <summary>The web app's services and store without its server: same configuration, data folder and database.</summary>
    private static WebApplication BuildApp(CliArgs args)
    {
        var builder = WebApplication.CreateBuilder();
        // Only warnings: the output lists the files written (appsettings.json would log at Information).
        builder.Configuration["Logging:LogLevel:Default"] = "Warning";

        // Local work is never refused: the charts are rendered one after another and each waits for its slot.
        builder.Configuration[$"{RenderLimitOptions.Section}:{nameof(RenderLimitOptions.QueueWaitMilliseconds)}"] = "-1";
        if (args.Option("data") is { } data)
        {
            builder.Configuration[$"{DataOptions.Section}:{nameof(DataOptions.DataDirectory)}"] = CliPaths.Resolve(data);
        }

        if (args.Option("db") is { } db)
        {
            builder.Configuration[$"{DataOptions.Section}:{nameof(DataOptions.DatabasePath)}"] = CliPaths.Resolve(db);
        }

        builder.AddDashboardData();
        builder.AddCharts();
        builder.AddExport();
        return builder.Build();
    }
}

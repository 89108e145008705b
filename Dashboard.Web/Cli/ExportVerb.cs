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
/// chart and CITATIONS.md — through the web app's own chart pipeline and store, and prints each file it wrote.
/// Exit codes: 0 done, 1 failed (unknown chart, data that does not import, a file that cannot be written), 2 usage.
/// </summary>
public static class ExportVerb
{
    private static readonly string[] Known = ["deck", "charts", "all", "preset", "width", "height", "scale", "theme", "formats", "out", "base-url", "data", "db"];

    public static CliVerb Verb { get; } = new(
        "export",
        "export (--deck paper | --charts id,id | --all) [--preset slide-16x9|slide-4x3|document|square|custom] [--width W --height H] " +
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
            if (!Enum.TryParse<ChartFormat>(word, ignoreCase: true, out var format) || !Enum.IsDefined(format) || char.IsDigit(word[0]))
            {
                return CliDispatcher.UsageError(Verb, stderr, $"--formats: '{word}' is not png, svg or csv");
            }

            formats.Add(format);
        }

        if (formats.Count == 0)
        {
            return CliDispatcher.UsageError(Verb, stderr, "--formats needs at least one of png, svg, csv");
        }

        if (!ExportSettings.TryParse(args.Option("preset"), args.Option("width"), args.Option("height"), args.Option("scale"), args.Option("theme"),
                new ChartOptions().MaxPixels, out var settings, out var error))
        {
            return CliDispatcher.UsageError(Verb, stderr, error);
        }

        try
        {
            return RunAsync(args, settings, formats.Distinct().ToList(), stdout, stderr).GetAwaiter().GetResult();
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
        catch (IOException ex)
        {
            stderr.WriteLine($"export: {ex.Message}");
            return 1;
        }
        catch (UnauthorizedAccessException ex)
        {
            stderr.WriteLine($"export: {ex.Message}");
            return 1;
        }
    }

    private static async Task<int> RunAsync(CliArgs args, ExportSettings settings, IReadOnlyList<ChartFormat> formats, TextWriter stdout, TextWriter stderr)
    {
        await using var app = BuildApp(args);
        app.UseDashboardData();
        var services = app.Services;
        var ct = CancellationToken.None;

        List<ExportPanelRequest> charts;
        if (args.Option("deck") is { } deckId)
        {
            var deck = DeckCatalog.Find(deckId);
            if (deck is null)
            {
                return CliDispatcher.UsageError(Verb, stderr, $"--deck: '{deckId}' is not one of {string.Join(", ", DeckCatalog.All.Select(d => d.Id))}");
            }

            charts = deck.Slides.Select(s => new ExportPanelRequest(s.Indicator, s.Entities, s.From, s.To)).ToList();
        }
        else if (args.Flag("all"))
        {
            charts = (await services.GetRequiredService<IndicatorQueries>().GetIndicatorSummariesAsync(ct))
                .Where(i => i.ObservationCount > 0 || i.ChartKind is "timeline" or "table")
                .Select(i => new ExportPanelRequest(i.Id, []))
                .ToList();
        }
        else
        {
            charts = (args.Option("charts") ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
                .Select(id => new ExportPanelRequest(id, []))
                .ToList();
            if (charts.Count == 0)
            {
                return CliDispatcher.UsageError(Verb, stderr, "--charts needs at least one chart id");
            }
        }

        var baseUrl = (args.Option("base-url") ?? services.GetRequiredService<IOptions<ExportOptions>>().Value.PublicBaseUrl ?? "").TrimEnd('/');
        var pack = await services.GetRequiredService<BriefingPackBuilder>().BuildAsync(charts, settings, formats, baseUrl, ct);
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
            await File.WriteAllBytesAsync(path, file.Bytes, ct);
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

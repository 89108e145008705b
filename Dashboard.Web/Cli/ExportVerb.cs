using System.Globalization;
using Dashboard.Data.Import;
using Dashboard.Data.Queries;
using Dashboard.Web.Charts;
using Dashboard.Web.Charts.Rendering;
using Dashboard.Web.Charts.Selection;
using Dashboard.Web.Export;
using Dashboard.Web.Security;
using Dashboard.Web.Setup;
using Microsoft.Extensions.Options;

namespace Dashboard.Web.Cli;

/// <summary>
/// <c>export</c>: renders a named deck, a list of charts or every chart to a folder at a preset — PNG + SVG + CSV per
/// chart and CITATIONS.md, and with <c>--formats …,pptx</c> one PowerPoint deck of them all — through the web app's
/// own chart pipeline, store and configured limits, and prints each
/// file it wrote. Exit codes: 0 done, 1 failed (unknown chart, data that does not import, a file that cannot be
/// written), 2 usage.
/// </summary>
public static class ExportVerb
{
    private static readonly string[] Known = ["deck", "charts", "all", "entities", "counterpart", "from", "to", "kind", "title", "preset", "width", "height", "scale", "theme", "formats", "slides", "steps", "reveal", "template", "palette", "out", "base-url", "data", "db"];

    /// <summary>The <c>--formats</c> word for one PowerPoint deck of all the charts of the run.</summary>
    public const string DeckFormat = "pptx";

    public static CliVerb Verb { get; } = new(
        "export",
        "export (--deck paper | --charts id,id:map [--entities KAZ,CHN] [--counterpart CHN] [--from 2010] [--to 2019] [--kind map] | --all) [--title TEXT] " +
        "[--preset slide-16x9|slide-4x3|document|square|custom] [--width W --height H] " +
        "[--scale 1-4] [--theme light|dark|projector] [--formats png,svg,csv,pptx] [--slides picture|native] [--steps] [--reveal all|none|id,id] " +
        "[--template file.potx|id] [--palette dashboard|template] --base-url https://host [--out figures] [--data data] [--db App_Data/dashboard.db]",
        "Render a deck or all charts to a folder at a preset (PNG + SVG + CSV per chart, CITATIONS.md; pptx: one PowerPoint deck); prints every file written. " +
        "Permalinks are absolute: --base-url or Site:PublicBaseUrl is required.",
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

        // The base URL goes into every permalink written (PNG chunks, CITATIONS.md, decks): an absolute http(s) URL or none.
        if (args.Option("base-url") is { } givenBase
            && !(Uri.TryCreate(givenBase, UriKind.Absolute, out var baseUri) && baseUri.Scheme is "http" or "https" && baseUri.Query.Length == 0 && baseUri.Fragment.Length == 0))
        {
            return CliDispatcher.UsageError(Verb, stderr, $"--base-url must be an absolute http or https URL without query or fragment (e.g. https://geoai.example.org); got '{DeckChoice.Shorten(givenBase)}'");
        }

        var choices = new[] { args.Flag("deck"), args.Flag("charts"), args.Flag("all") }.Count(x => x);
        if (choices != 1)
        {
            return CliDispatcher.UsageError(Verb, stderr, "choose what to export with exactly one of --deck NAME, --charts id,id or --all");
        }

        var formats = new List<ChartFormat>();
        var deckFile = false;
        foreach (var word in args.Option("formats", "png,svg,csv").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            if (string.Equals(word, DeckFormat, StringComparison.OrdinalIgnoreCase))
            {
                deckFile = true;
            }
            else if (ChartFormats.Parse(word) is { } format)
            {
                formats.Add(format);
            }
            else
            {
                return CliDispatcher.UsageError(Verb, stderr, $"--formats: '{word}' is not png, svg, csv or pptx");
            }
        }

        if (formats.Count == 0 && !deckFile)
        {
            return CliDispatcher.UsageError(Verb, stderr, "--formats needs at least one of png, svg, csv, pptx");
        }

        try
        {
            return RunAsync(args, formats.Distinct().ToList(), deckFile, stdout, stderr).GetAwaiter().GetResult();
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

    private static async Task<int> RunAsync(CliArgs args, List<ChartFormat> formats, bool deckFile, TextWriter stdout, TextWriter stderr)
    {
        await using var app = BuildApp(args);
        var services = app.Services;
        var chartOptions = services.GetRequiredService<IOptions<ChartOptions>>().Value;
        var exportOptions = services.GetRequiredService<IOptions<ExportOptions>>().Value;
        var (settings, settingsErrors) = ExportSettings.Parse(args.Option("preset"), args.Option("width"), args.Option("height"), args.Option("scale"),
            args.Option("theme"), chartOptions);
        if (settingsErrors.Any)
        {
            return UsageError(stderr, settingsErrors);
        }

        // Every file written carries permalinks: they must work where the files go, so they are absolute.
        string baseUrl;
        try
        {
            baseUrl = (args.Option("base-url") ?? services.GetRequiredService<IOptions<SiteOptions>>().Value.PublicBaseUrl ?? "").Trim().TrimEnd('/');
        }
        catch (OptionsValidationException ex)
        {
            return CliDispatcher.UsageError(Verb, stderr, ex.Message);
        }

        Deck deck;
        if (args.Flag("all"))
        {
            // Not a list the user typed: every chart with rows, however many (the limit is for lists).
            app.BuildStore();
            deck = new Deck("all", "All charts", (await services.GetRequiredService<IndicatorQueries>().GetIndicatorSummariesAsync(CancellationToken.None))
                .Where(i => i.ObservationCount > 0 || i.ChartKind is "timeline" or "table")
                .Select(i => new DeckItem(ChartSelection.Of(i.Id), ""))
                .ToList());
        }
        else
        {
            var (chosen, deckErrors) = DeckChoice.Parse(args.Words, exportOptions, chartOptions);
            if (chosen is null)
            {
                return UsageError(stderr, deckErrors);
            }

            app.BuildStore();
            deck = chosen;
        }

        // Every chart is resolved, then everything is built, before anything is written: a failure leaves no files.
        deck = deck.WithReveal(args.Option("reveal"));
        var resolution = await DeckResolution.ResolveAsync(deck, services.GetRequiredService<ChartResolver>(), CancellationToken.None);
        if (resolution.UnknownChart is { } unknownChart)
        {
            stderr.WriteLine($"export: there is no chart '{unknownChart}'; nothing written (`--all` exports every chart)");
            return 1;
        }

        if (resolution.Errors.Any)
        {
            return UsageError(stderr, resolution.Errors);
        }

        var charts = resolution.Items;
        var (template, templateErrors) = await TemplateAsync(args.Option("template"), services, exportOptions);
        var steps = args.Flag("steps") ? args.Option("steps") ?? "1" : null;
        var (deckSettings, deckSettingsErrors) = PptxSettings.Parse(args.Option("slides"), steps, args.Option("palette"), settings, template);
        if ((templateErrors.Any ? templateErrors : deckSettingsErrors.Any ? deckSettingsErrors : deckFile ? deckSettings.CheckSteps(charts) : ParameterErrors.None) is { Any: true } pptxErrors)
        {
            return UsageError(stderr, pptxErrors);
        }

        if (baseUrl.Length == 0)
        {
            return CliDispatcher.UsageError(Verb, stderr,
                "the files carry permalinks to the dashboard, which must be absolute: pass --base-url https://your.dashboard (or set Site:PublicBaseUrl); nothing written");
        }

        // CITATIONS.md comes with any format: with pptx alone it lists the deck as every chart's file.
        var packFiles = await services.GetRequiredService<BriefingPackBuilder>().BuildAsync(charts, settings, formats, baseUrl, CancellationToken.None);
        var deckFileOut = deckFile
            ? await services.GetRequiredService<PptxBuilder>().BuildAsync(deck, charts, deckSettings, baseUrl, CancellationToken.None)
            : null;
        if (formats.Count == 0 && deckFileOut is not null)
        {
            var listed = charts.Select(c => new ExportedChart(c.Spec, [deckFileOut], baseUrl + c.Item.Chart.PageUrl(c.Spec.Kind))).ToList();
            var citations = CitationsWriter.Write(listed, charts.Count == 0 ? "" : charts[^1].Spec.DataVersion, services.GetRequiredService<TimeProvider>().GetUtcNow());
            packFiles = [new ExportFile(CitationsWriter.FileName, new System.Text.UTF8Encoding(false).GetBytes(citations))];
        }

        var folder = CliPaths.Resolve(args.Option("out", "figures"));
        Directory.CreateDirectory(folder);
        foreach (var file in deckFileOut is null ? packFiles : [.. packFiles, deckFileOut])
        {
            var path = Path.Combine(folder, file.Name);
            await File.WriteAllBytesAsync(path, file.Bytes);
            stdout.WriteLine(string.Create(CultureInfo.InvariantCulture, $"wrote {path} ({file.Bytes.Length:N0} bytes)"));
        }

        var files = formats.Count == 0 ? "" : $" at {settings.Describe()}";
        var slides = deckFileOut is null ? "" : $"{(files.Length > 0 ? " and" : " as")} a {deckSettings.SizeLabel} PowerPoint deck ({deckSettings.Style.ToString().ToLowerInvariant()} slides)";
        stdout.WriteLine(string.Create(CultureInfo.InvariantCulture, $"exported {charts.Count} chart(s){files}{slides} to {folder}"));
        return 0;
    }

    /// <summary>
    /// <c>--template</c>: a .potx/.pptx file (checked like an upload, within Export:MaxTemplateBytes), else the id of a
    /// template an admin uploaded; none when absent.
    /// </summary>
    private static async Task<(Decks.PptxTemplate? Template, ParameterErrors Errors)> TemplateAsync(string? value, IServiceProvider services, ExportOptions options)
    {
        if (value is null || !File.Exists(CliPaths.Resolve(value)))
        {
            return await services.GetRequiredService<DeckTemplates>().FindAsync(value, CancellationToken.None);
        }

        var file = new FileInfo(CliPaths.Resolve(value));
        return file.Length > options.MaxTemplateBytes
            ? (null, ParameterErrors.Of("template", FormattableString.Invariant($"{file.Name} is {file.Length / 1048576.0:0.#} MB; a template of at most {options.MaxTemplateBytes / 1048576.0:0.#} MB is accepted (Export:MaxTemplateBytes).")))
            : DeckTemplates.Check(await File.ReadAllBytesAsync(file.FullName), file.Name);
    }

    /// <summary>Exit 2 with the first problem, named as the option it came from (<c>--entities: …</c>).</summary>
    private static int UsageError(TextWriter stderr, ParameterErrors errors) =>
        CliDispatcher.UsageError(Verb, stderr, $"--{errors.FirstParameter}: {string.Join(" ", errors.ByParameter[errors.FirstParameter])}");

    /// <summary>The web app's services and store without its server: same configuration, data folder and database.</summary>
    private static WebApplication BuildApp(CliArgs args)
    {
        var builder = CliConfiguration.CreateWebBuilder();
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
        builder.AddSiteOptions();
        return builder.Build();
    }
}

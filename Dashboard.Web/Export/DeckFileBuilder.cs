using System.Globalization;
using Dashboard.Data.Model;
using Dashboard.Web.Accessibility;
using Dashboard.Web.Charts;
using Dashboard.Web.Charts.Files;
using Dashboard.Web.Charts.Model;
using Dashboard.Web.Charts.Rendering;
using Dashboard.Web.Charts.Selection;
using Dashboard.Web.Charts.Styling;
using Dashboard.Web.Decks;
using Dashboard.Web.Text;
using Microsoft.Extensions.Options;

namespace Dashboard.Web.Export;

/// <summary>
/// Builds a PowerPoint deck from the charts a <see cref="Deck"/> names, for the web endpoint, the export panel,
/// present mode and the CLI. Each chart's <see cref="ChartSpec"/> is built once; pictures come from the chart
/// renderer (<see cref="ChartImageService.RenderAsync"/>: same drawing, PNG text chunks and file names as every download)
/// at the slide's chart-area size ×2; native charts from <see cref="DeckNativeCharts"/>. The slide title is the chart's
/// title, the source line its footer, the alt text <see cref="ChartAltText"/>, the notes its subtitle, full
/// references, licences, permalink and data version. The whole file is built in memory: a failure leaves nothing.
/// </summary>
public sealed class DeckFileBuilder(ChartResolver resolver, ChartImageService images, RenderGate gate, IOptions<ChartOptions> options, TimeProvider clock)
{

    /// <summary>
    /// The deck of resolved charts (<see cref="DeckCharts.ResolveAsync"/>) as a file. <paramref name="baseUrl"/> (e.g.
    /// <c>https://host</c>, or empty for site-relative links) prefixes the permalinks in the notes and PNG chunks.
    /// </summary>
    public async Task<ExportFile> BuildAsync(Deck deck, IReadOnlyList<DeckChart> charts, DeckFileSettings settings, string baseUrl, CancellationToken ct)
    {
        // A deck renders like a pack (up to 40 pictures): it takes a pack slot, and each picture a render slot.
        using var slot = await gate.EnterPackAsync(ct);
        var slides = new List<DeckChartSlide>();
        var specs = new List<ChartSpec>(charts.Count);
        foreach (var (slide, spec) in charts)
        {
            var file = slide.Chart.Normalized() with { Size = settings.PictureSize, Theme = settings.Theme, Format = ChartFormat.Png };
            var permalink = baseUrl + slide.Chart.PageUrl(spec.Kind);
            string[] question = string.IsNullOrWhiteSpace(slide.Heading) ? [] : ["Question: " + slide.Heading];
            if (settings.Steps && DeckPlanner.PredictStop(slide, spec) is { } stop
                && (await resolver.ResolveAsync(file with { To = stop }, ct)).Spec is { } predict)
            {
                var revealed = DeckPlanner.RevealText(DeckPlanner.RevealOrder(spec), stop);
                var note = $"Predict step: the chart stops at {stop.Label}. Ask what happens next; the next slide reveals {revealed}.";
                slides.Add(await SlideAsync(predict, file with { To = stop }, PredictTitle(predict, stop), [.. question, note], permalink, settings, baseUrl, ct));
            }

            slides.Add(await SlideAsync(spec, file, spec.Title, question, permalink, settings, baseUrl, ct));
            specs.Add(spec);
        }

        var now = clock.GetUtcNow();
        var doc = new DeckDocument
        {
            Title = deck.Title,
            Subtitle = string.Create(CultureInfo.InvariantCulture,
                $"{options.Value.SiteName} · {specs.Count} chart{(specs.Count == 1 ? "" : "s")} · every figure with its source; full references in the speaker notes"),
            Date = DateOnly.FromDateTime(now.UtcDateTime),
            DataVersion = specs.Count == 0 ? null : specs[^1].DataVersion,
            SlideSize = settings.SlideSize,
            Slides = slides,
            References = specs.SelectMany(s => s.Sources).DistinctBy(s => s.Id).OrderBy(s => s.Citation, StringComparer.Ordinal)
                .Select(s => new DeckReference(SourceReference.Full(s), s.Url)).ToList(),
            Creator = options.Value.SiteName,
        };
        return new ExportFile(FileName(deck, specs, settings, now), PptxDeckWriter.ToBytes(doc));
    }

    /// <summary>
    /// <c>geoai-deck-paper-2026-12-03-16x9.pptx</c>: the deck's id (a one-chart list is named for its chart), the date,
    /// the slide shape, then <c>-native</c> and a non-light theme when chosen.
    /// </summary>
    public static string FileName(Deck deck, IReadOnlyList<ChartSpec> specs, DeckFileSettings settings, DateTimeOffset date)
    {
        var what = DeckCatalog.Find(deck.Id) is null && specs.Count == 1 ? ChartFileName.Stem(specs[0]) : ChartFileName.Slug(deck.Id);
        var style = settings.Style == DeckChartStyle.Native ? "-native" : "";
        var theme = settings.Theme == ChartTheme.Light ? "" : "-" + ChartFileName.Slug(settings.Theme.Name);
        return string.Create(CultureInfo.InvariantCulture,
            $"geoai-deck-{what}-{date.UtcDateTime:yyyy-MM-dd}-{settings.SizeLabel}{style}{theme}{PptxDeckWriter.FileExtension}");
    }

    /// <summary>"TOP500 supercomputers by country — up to Nov 2009: what happens next?" (a title of its own for the outline).</summary>
    public static string PredictTitle(ChartSpec predict, Period stop) => $"{predict.Title} — up to {stop.Label}: what happens next?";

    private async Task<DeckChartSlide> SlideAsync(ChartSpec spec, ChartSelection file, string title, IEnumerable<string> leading, string permalink,
        DeckFileSettings settings, string baseUrl, CancellationToken ct)
    {
        var notes = leading.ToList();
        var reason = "";
        var native = settings.Style == DeckChartStyle.Native ? DeckNativeCharts.For(spec, out reason) : null;
        DeckVisual visual = native is null ? await PictureAsync(spec, file, baseUrl, ct) : native;
        if (reason.Length > 0)
        {
            notes.Add(reason);
        }

        notes.AddRange(Notes(spec, permalink));
        return new DeckChartSlide
        {
            Title = title,
            Visual = visual,
            SourceLine = spec.Footer.Text,
            AltText = ChartAltText.For(spec),
            Notes = notes,
            PictureFallback = settings.Style == DeckChartStyle.Native && !DeckNativeCharts.CanDraw(spec.Kind),
        };
    }

    private async Task<DeckPicture> PictureAsync(ChartSpec spec, ChartSelection file, string baseUrl, CancellationToken ct)
    {
        var png = await images.RenderAsync(spec, file, baseUrl + file.Url(), ct);
        return new DeckPicture(png.Bytes, file.Size.PixelWidth, file.Size.PixelHeight);
    }

    /// <summary>The speaker notes every chart slide ends with: subtitle, full references, licences, permalink, data version.</summary>
    private IEnumerable<string> Notes(ChartSpec spec, string permalink)
    {
        if (spec.Subtitle.Length > 0)
        {
            yield return spec.Subtitle;
        }

        foreach (var source in spec.Sources)
        {
            yield return "Source: " + SourceReference.Plain(source);
        }

        var licence = images.Metadata(spec, permalink).First(m => m.Key == "Licence").Value;
        yield return "Licence: " + licence;
        yield return "Permalink: " + permalink;
        yield return "Data version " + spec.DataVersion;
    }
}

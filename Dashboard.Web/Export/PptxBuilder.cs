using System.Globalization;
using Dashboard.Data.Model;
using Dashboard.Web.Accessibility;
using Dashboard.Web.Charts;
using Dashboard.Web.Charts.Composing;
using Dashboard.Web.Charts.Files;
using Dashboard.Web.Charts.Model;
using Dashboard.Web.Charts.Rendering;
using Dashboard.Web.Charts.Selection;
using Dashboard.Web.Charts.Styling;
using Dashboard.Web.Decks;
using Dashboard.Web.Localization;
using Dashboard.Web.Text;
using Microsoft.Extensions.Options;

namespace Dashboard.Web.Export;

/// <summary>
/// Builds the PowerPoint document of a resolved deck, for the web endpoint, the export panel, present mode and the
/// CLI. Each slide says what the dashboard's image says: the chart's title in the title placeholder; its subtitle,
/// notes (caveats) and source line as text around the visual; the visual in the content placeholder — the chart
/// renderer's picture without its own texts (<see cref="ChartImageService"/>, <see cref="ChartFraming.DataOnly"/>)
/// at exactly the visual's box ×2, a native chart (<see cref="PptxVisuals"/>), or a native table. Alt text from
/// <see cref="ChartAltText"/>; speaker notes with the question, subtitle, caveats, full references, licences, credits,
/// permalink and data version. A predict step is the same chart with its later points hidden
/// (<see cref="RevealComposer.UpTo"/>), in the same boxes as its reveal. Built in memory: a failure leaves nothing.
/// </summary>
public sealed class PptxBuilder(ChartImageService images, RenderGate gate, IOptions<ChartOptions> options, TimeProvider clock)
{
    /// <summary>
    /// The deck of resolved items (<see cref="DeckResolution.ResolveAsync"/>) as a file. <paramref name="baseUrl"/> (e.g.
    /// <c>https://host</c>, or empty for site-relative links) prefixes the permalinks in the notes and PNG chunks.
    /// </summary>
    public async Task<ExportFile> BuildAsync(Deck deck, IReadOnlyList<ResolvedItem> items, PptxSettings settings, string baseUrl, CancellationToken ct)
    {
        // A deck renders like a pack (up to 40 pictures): it takes a pack slot, and each picture a render slot.
        using var slot = await gate.EnterPackAsync(ct);
        var area = settings.Template?.Area ?? PptxSlideArea.BuiltIn(settings.SlideSize);
        var slides = new List<PptxSlide>();
        var l = Language.Of(deck.Items.Count > 0 ? deck.Items[0].Chart.Culture : null);
        foreach (var (item, spec) in items)
        {
            var permalink = baseUrl + item.Chart.PageUrl(spec.Kind);
            string[] question = string.IsNullOrWhiteSpace(item.Heading) ? [] : [l.F("Question: {0}", item.Heading)];
            var reveal = await SlideAsync(spec, item.Chart, spec.Title, question, permalink, settings, area, null, baseUrl, l, ct);
            if (settings.Steps && DeckReveal.PredictStop(item, spec) is { } stop)
            {
                var revealed = DeckReveal.RevealText(DeckReveal.RevealOrder(spec), stop, l);
                var note = l.F("Predict step: the chart stops at {0}. Ask what happens next; the next slide reveals {1}.", l.Period(stop), revealed);
                slides.Add(await SlideAsync(RevealComposer.UpTo(spec, stop), item.Chart, PredictTitle(spec, stop, l), [.. question, note], permalink, settings, area,
                    reveal.Layout, baseUrl, l, ct));
            }

            slides.Add(reveal);
        }

        var specs = items.Select(i => i.Spec).ToList();
        var now = clock.GetUtcNow();
        var version = specs.Count == 0 ? null : specs[^1].DataVersion;
        var doc = new PptxDocument
        {
            Title = deck.Title,
            Subtitle = options.Value.SiteName + " · " + l.F(specs.Count == 1 ? "1 chart · every figure with its source; full references in the speaker notes"
                : "{0} charts · every figure with its source; full references in the speaker notes", l.Count(specs.Count)),
            Date = DateOnly.FromDateTime(now.UtcDateTime),
            DataVersion = version,
            SlideSize = settings.SlideSize,
            Template = settings.Template,
            Look = settings.Look,
            Footer = version is null ? options.Value.SiteName : options.Value.SiteName + " · " + l.F("data version {0}", version),
            Slides = slides,
            References = References(specs, l),
            Words = l.IsEnglish ? PptxWords.English : new PptxWords
            {
                Sources = l.T("Sources"),
                SourcesContinued = l.T("Sources (continued)"),
                NoSources = l.T("No sources were given for these charts."),
                DataVersion = l.T("Data version {0}"),
                Date = now.Day.ToString(CultureInfo.InvariantCulture) + " " + l.Month(now.Month) + " " + now.Year.ToString(CultureInfo.InvariantCulture),
                PictureFallback = l.T(PptxChartSlides.FallbackNote),
            },
            Creator = options.Value.SiteName,
        };
        return new ExportFile(FileName(deck, specs, settings, now), PptxWriter.ToBytes(doc));
    }

    /// <summary>
    /// <c>geoai-deck-paper-2026-12-03-16x9.pptx</c>: the deck's id (a one-chart list is named for its chart), the date,
    /// the slide shape (<c>template</c> with a template), then <c>-native</c> and a non-light theme when chosen.
    /// </summary>
    public static string FileName(Deck deck, IReadOnlyList<ChartSpec> specs, PptxSettings settings, DateTimeOffset date)
    {
        var what = DeckCatalog.Find(deck.Id) is null && specs.Count == 1 ? ChartFileName.Stem(specs[0]) : ChartFileName.Slug(deck.Id);
        var style = settings.Style == PptxChartStyle.Native ? "-native" : "";
        var theme = settings.Theme == ChartTheme.Light ? "" : "-" + ChartFileName.Slug(settings.Theme.Name);
        return string.Create(CultureInfo.InvariantCulture,
            $"geoai-deck-{what}-{date.UtcDateTime:yyyy-MM-dd}-{settings.SizeLabel}{style}{theme}{PptxWriter.FileExtension}");
    }

    /// <summary>"TOP500 supercomputers by country — up to Nov 2009: what happens next?" (a title of its own for the outline).</summary>
    public static string PredictTitle(ChartSpec spec, Period stop) => PredictTitle(spec, stop, Language.English);

    /// <summary>The predict slide's title in the deck's language.</summary>
    public static string PredictTitle(ChartSpec spec, Period stop, Language l) => spec.Title + " — " + l.F("up to {0}: what happens next?", l.Period(stop));

    /// <summary>Every source once, by citation, then the credit of map boundaries (Natural Earth) when a map is in the deck.</summary>
    public static IReadOnlyList<PptxReference> References(IReadOnlyList<ChartSpec> specs) => References(specs, Language.English);

    /// <summary>The references with the map credit's words in the deck's language (the citations stay as published).</summary>
    public static IReadOnlyList<PptxReference> References(IReadOnlyList<ChartSpec> specs, Language l) =>
        specs.SelectMany(s => s.Sources).DistinctBy(s => s.Id).OrderBy(s => s.Citation, StringComparer.Ordinal)
            .Select(s => new PptxReference(SourceReference.Full(s), s.Url))
            .Concat(specs.Select(s => s.Map?.Provenance).OfType<Dashboard.Data.Geo.RegionProvenance>().Distinct()
                .Select(p => new PptxReference(l.F("Map boundaries: {0}, {1}. {2} Licence: {3}.", p.Source, p.Edition, p.Credit, p.Licence), p.Url)))
            .ToList();

    private async Task<PptxSlide> SlideAsync(ChartSpec spec, ChartSelection chart, string title, IEnumerable<string> leading, string permalink,
        PptxSettings settings, PptxSlideArea area, PptxChartLayout? layout, string baseUrl, Language l, CancellationToken ct)
    {
        var notes = leading.ToList();
        var reason = "";
        var native = spec.Kind == ChartKind.Table ? PptxVisuals.Table(spec) as PptxVisual
            : settings.Style == PptxChartStyle.Native ? PptxVisuals.Chart(spec, settings.Theme.IsDark, out reason) : null;
        var caveats = spec.Notes.ToList();
        if (native is PptxChart && MarksText(spec, l) is { } marks)
        {
            caveats.Insert(0, marks);
        }

        var slide = new PptxSlide
        {
            Title = title,
            Visual = native ?? new PptxPicture(ReadOnlyMemory<byte>.Empty, 1, 1),
            Subtitle = spec.Subtitle,
            Caveats = caveats,
            SourceLine = spec.Footer.Text,
            AltText = ChartAltText.For(spec),
            PictureFallback = settings.Style == PptxChartStyle.Native && native is null && !PptxVisuals.CanDraw(spec.Kind),
            Layout = layout,
        };
        slide = slide with { Layout = layout ?? area.Layout(slide.Subtitle, slide.Caveats, slide.SourceLine, settings.Look) };
        if (native is null)
        {
            slide = slide with { Visual = await PictureAsync(spec, chart, slide.Layout!.Visual, area, settings, baseUrl, ct) };
        }

        if (reason.Length > 0)
        {
            notes.Add(reason);
        }

        notes.Add(spec.Subtitle);
        notes.AddRange(caveats);
        notes.AddRange(Notes(spec, permalink, l));
        return slide with { Notes = notes.Where(n => n.Length > 0).ToList() };
    }

    /// <summary>The picture at its box's shape and twice its pixels, without the texts the slide prints itself.</summary>
    private async Task<PptxPicture> PictureAsync(ChartSpec spec, ChartSelection chart, PptxBox box, PptxSlideArea area, PptxSettings settings, string baseUrl, CancellationToken ct)
    {
        var width = Math.Clamp((int)Math.Round((double)settings.SlideWidthPixels * box.Width / area.SlideWidth), ChartSize.MinWidth, ChartSize.MaxWidth);
        var height = Math.Clamp((int)Math.Round((double)settings.SlideWidthPixels * box.Height / area.SlideWidth), ChartSize.MinHeight, ChartSize.MaxHeight);
        var file = chart.Normalized() with { Size = new ChartSize(width, height, 2), Theme = settings.Theme, Format = ChartFormat.Png };
        var png = await images.RenderAsync(spec, file, baseUrl + file.Url(), ChartFraming.DataOnly, ct);
        return new PptxPicture(png.Bytes, file.Size.PixelWidth, file.Size.PixelHeight);
    }

    /// <summary>
    /// The paper's figures in words, for a native chart's slide (its ◆ labels say "paper: 228"; this says where and
    /// beside what): "◆ China, Nov 2019: paper 228, series 219 · …"; null without marks.
    /// </summary>
    private static string? MarksText(ChartSpec spec, Language l)
    {
        var marks = spec.Marks.GroupBy(m => (m.SeriesName, m.Group.Length > 0 ? m.Group : m.ClaimId, m.Stated)).Select(g => g.First()).ToList();
        return marks.Count == 0
            ? null
            : "◆ " + string.Join(" · ", marks.Select(m => l.F("{0}, {1}: paper {2}, series {3}", m.SeriesName, m.PeriodLabel, m.Stated, ValueFormat.Label(m.SeriesValue, spec.Unit, l))));
    }

    /// <summary>The speaker notes every chart slide ends with: full references, licences, map credit, permalink, data version.</summary>
    private IEnumerable<string> Notes(ChartSpec spec, string permalink, Language l)
    {
        foreach (var source in spec.Sources)
        {
            yield return l.F("Source: {0}", SourceReference.Plain(source));
        }

        var licence = images.Metadata(spec, permalink).First(m => m.Key == "Licence").Value;
        yield return l.F("Licence: {0}", licence);
        if (spec.Map?.Provenance is { } boundaries)
        {
            yield return l.F("Boundaries: {0} ({1}). {2} Licence: {3}.", boundaries.Source, boundaries.Url, boundaries.Credit, boundaries.Licence);
        }

        yield return l.F("Permalink: {0}", permalink);
        yield return l.F("Data version {0}", spec.DataVersion);
    }
}

using System.Globalization;
using System.IO.Compression;
using System.Text;
using Dashboard.Data.Model;
using Dashboard.Tests.Charts;
using Dashboard.Tests.Charts.Maps;
using Dashboard.Tests.Decks;
using Dashboard.Web.Charts.Drawing;
using Dashboard.Web.Charts.Files;
using Dashboard.Web.Charts.Model;
using Dashboard.Web.Charts.Rendering;
using Dashboard.Web.Charts.Selection;
using Dashboard.Web.Charts.Styling;
using Dashboard.Web.Decks;
using Dashboard.Web.Export;
using DocumentFormat.OpenXml.Packaging;

namespace Dashboard.Tests.Text;

/// <summary>
/// The writers (SVG, CSV, CITATIONS.md, PPTX, PNG text chunks) given text the importer would refuse: C0 controls, DEL and C1,
/// U+FFFE/U+FFFF, unpaired surrogates and bidirectional overrides and isolates. Such text can reach them without the
/// importer (a store written by an older version), so each writer drops it on its own.
/// </summary>
public sealed class HostileTextWritersTests
{
    /// <summary>Every character a writer must not pass on; tab, line feed and carriage return are not among them.</summary>
    private static readonly string Unsafe = string.Concat(
        Enumerable.Range(0, 0x20).Where(c => c is not (9 or 10 or 13)).Select(c => (char)c)
            .Concat(Enumerable.Range(0x7F, 0x21).Select(c => (char)c))
            .Concat(['\uFFFE', '\uFFFF', '\u202A', '\u202B', '\u202C', '\u202D', '\u202E', '\u2066', '\u2067', '\u2068', '\u2069']));

    private const string Hostile = "Ch\u0001ina \u202Egnp.exe\u202C \uFFFE\uFFFF\u0000 \u0085\u001B[2J \u2066x\u2069 \uD800 ok \uD83C\uDF0F";

    public HostileTextWritersTests() => ChartFonts.EnsureRegistered();

    [Fact]
    public void RenderSvg_RandomUnicodeNames_ParsesAsXmlAndCarriesNoUnsafeCharacter()
    {
        // Fixed seeds: a failure names the seed, and reruns reproduce it.
        var kinds = new[] { ChartKind.Line, ChartKind.Slope, ChartKind.GroupedBar, ChartKind.StackedShare, ChartKind.Timeline, ChartKind.Map };
        var size = new ChartSize(480, 300, 1);
        for (var seed = 1; seed <= 300; seed++)
        {
            var random = new Random(seed);
            var kind = kinds[seed % kinds.Length];
            var spec = Named(kind, () => RandomName(random));
            string svg;
            using (var plot = kind == ChartKind.Map
                ? MapSamples.Plot(spec, MapSamples.Layer(unit: RandomName(random)), ChartTheme.Light, size)
                : ChartBuilder.Build(spec, ChartTheme.Light, size))
            {
                svg = ChartRenderer.RenderSvg(plot, size, spec.Title);
            }

            try
            {
                ImageAssert.Svg(svg);
            }
            catch (System.Xml.XmlException ex)
            {
                Assert.Fail($"seed {seed} ({kind}): {ex.Message} — title {Escaped(spec.Title)}");
            }

            Assert.True(svg.IndexOfAny(Unsafe.ToCharArray()) < 0, $"seed {seed} ({kind}): an unsafe character in the SVG");
            Assert.False(HasLoneSurrogate(svg), $"seed {seed} ({kind}): an unpaired surrogate in the SVG");
        }
    }

    [Theory]
    [InlineData(ChartKind.Line)]
    [InlineData(ChartKind.Map)]
    public void RenderSvg_HostileNames_ValidXmlKeepingTheSafeText(ChartKind kind)
    {
        var size = new ChartSize(640, 400, 1);
        var spec = Named(kind, () => Hostile);
        using var plot = kind == ChartKind.Map
            ? MapSamples.Plot(spec, MapSamples.Layer(unit: Hostile), ChartTheme.Light, size)
            : ChartBuilder.Build(spec, ChartTheme.Light, size);

        var svg = ChartRenderer.RenderSvg(plot, size, spec.Title);

        var doc = ImageAssert.Svg(svg);
        Assert.True(svg.IndexOfAny(Unsafe.ToCharArray()) < 0, "an unsafe character in the SVG");
        Assert.Contains("China gnp.exe", doc.Root!.Elements().First(e => e.Name.LocalName == "title").Value, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ChartCsv_HostileCells_DroppedAndStillNeutralised()
    {
        var rows = new ChartRows(["name", "note"], [[Hostile, "\u202E=HYPERLINK(\"x\")"], ["tab\there", "line\nbreak"]]);
        using var output = new MemoryStream();

        await ChartCsv.WriteAsync(rows, output, CancellationToken.None);

        var csv = Encoding.UTF8.GetString(output.ToArray());
        Assert.True(csv.IndexOfAny(Unsafe.ToCharArray()) < 0, "an unsafe character in the CSV: " + Escaped(csv));
        Assert.False(HasLoneSurrogate(csv));
        Assert.Contains("China gnp.exe", csv, StringComparison.Ordinal);
        Assert.Contains("'=HYPERLINK", csv, StringComparison.Ordinal);
        Assert.True(csv.Contains("tab\there,\"line\nbreak\"", StringComparison.Ordinal), Escaped(csv));
    }

    [Fact]
    public void CitationsWriter_HostileTitleUnitFooterAndCitation_NoUnsafeCharacter()
    {
        var source = new Source { Id = "s", Citation = "Author " + Hostile + " (2020).", Url = "https://example.org/\u202Eevil\u0001" };
        var entry = new ExportedChart(
            new ChartSpec { IndicatorId = "x", Title = Hostile, Unit = Hostile, EntityNames = [Hostile], Sources = [source], Footer = new ChartFooter { Citations = Hostile } },
            [new ExportFile("x.png", [])],
            "/indicators/x");

        var md = CitationsWriter.Write([entry], "v1", new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero));

        Assert.True(md.IndexOfAny(Unsafe.ToCharArray()) < 0, "an unsafe character in CITATIONS.md: " + Escaped(md));
        Assert.False(HasLoneSurrogate(md));
        Assert.Contains("## 1. China gnp.exe", md, StringComparison.Ordinal);
        Assert.Contains("<https://example.org/%E2%80%AEevil%01>", md, StringComparison.Ordinal);
    }

    [Fact]
    public void PngText_HostileValue_WrittenWithoutUnsafeCharacters()
    {
        var png = PngText.Insert(SamplePng(), [new("Title", Hostile), new("Source", "A\u0000B")]);

        var text = PngText.Read(png).ToDictionary(kv => kv.Key, kv => kv.Value);

        Assert.True(text["Title"].IndexOfAny(Unsafe.ToCharArray()) < 0, Escaped(text["Title"]));
        Assert.StartsWith("China gnp.exe", text["Title"], StringComparison.Ordinal);
        Assert.Equal("AB", text["Source"]);
    }

    [Fact]
    public void PptxDeckWriter_HostileTitleNotesAndCategory_NoUnsafeCharacterAnywhere()
    {
        var doc = DeckSamples.EveryKind() with
        {
            Title = Hostile,
            Slides =
            [
                DeckSamples.Slide(Hostile, DeckSamples.Line() with { Categories = [.. DeckSamples.Line().Categories.SkipLast(1), Hostile] }, DeckSamples.Sipri) with { Notes = [Hostile] },
            ],
        };

        var bytes = PptxWriter.ToBytes(doc);

        using var zip = new ZipArchive(new MemoryStream(bytes), ZipArchiveMode.Read);
        foreach (var entry in zip.Entries.Where(e => e.FullName.EndsWith(".xml", StringComparison.Ordinal)))
        {
            using var reader = new StreamReader(entry.Open(), Encoding.UTF8);
            var xml = reader.ReadToEnd();
            Assert.True(xml.IndexOfAny(Unsafe.ToCharArray()) < 0, entry.FullName + " holds an unsafe character");
        }

        using var deck = PresentationDocument.Open(new MemoryStream(bytes), false);
        Assert.StartsWith("China gnp.exe", DeckReader.Title(DeckReader.Slides(deck)[1]), StringComparison.Ordinal);
    }

    /// <summary>The sample spec of <paramref name="kind"/> with every name, label and text from <paramref name="name"/>.</summary>
    private static ChartSpec Named(ChartKind kind, Func<string> name)
    {
        var spec = kind == ChartKind.Map ? MapSamples.Spec() : SampleSpecs.For(kind);

        // One new name per category, so bars still find their category.
        var categories = spec.Categories.Concat(spec.Series.SelectMany(s => s.Points).Select(p => p.Category)).Distinct(StringComparer.Ordinal)
            .ToDictionary(c => c, _ => name(), StringComparer.Ordinal);
        return spec with
        {
            Title = name(),
            Subtitle = name(),
            Unit = name(),
            YAxisLabel = name(),
            Footer = new ChartFooter { Citations = name() },
            Notes = [name(), name()],
            Categories = spec.Categories.Select(c => categories[c]).ToList(),
            CategoryLabels = spec.CategoryLabels.Select(_ => name()).ToList(),
            Series = spec.Series.Select(s => s with
            {
                Name = name(),
                Points = s.Points.Select(p => p with { Category = categories[p.Category], MarkLabel = p.MarkLabel is null ? null : name() }).ToList(),
            }).ToList(),
            Events = spec.Events.Select(e => e with { ActorName = name(), Event = e.Event with { Title = name() } }).ToList(),
        };
    }

    /// <summary>1–24 characters from everywhere: controls, noncharacters, bidi controls, lone and paired surrogates, letters of many scripts.</summary>
    private static string RandomName(Random random)
    {
        var sb = new StringBuilder();
        var length = random.Next(1, 25);
        for (var i = 0; i < length; i++)
        {
            switch (random.Next(6))
            {
                case 0:
                    sb.Append(Unsafe[random.Next(Unsafe.Length)]);
                    break;
                case 1:
                    sb.Append((char)random.Next(0xD800, 0xE000));
                    break;
                case 2:
                    sb.Append(char.ConvertFromUtf32(random.Next(0x10000, 0x10FFFF) is var cp && cp is >= 0xD800 and < 0xE000 ? 0x1F30F : cp));
                    break;
                case 3:
                    sb.Append((char)random.Next(0x20, 0x7F));
                    break;
                default:
                    sb.Append((char)random.Next(0xA0, 0xFFFE));
                    break;
            }
        }

        return sb.ToString();
    }

    private static bool HasLoneSurrogate(string s)
    {
        for (var i = 0; i < s.Length; i++)
        {
            if (char.IsHighSurrogate(s[i]) && i + 1 < s.Length && char.IsLowSurrogate(s[i + 1]))
            {
                i++;
            }
            else if (char.IsSurrogate(s[i]))
            {
                return true;
            }
        }

        return false;
    }

    private static string Escaped(string s) =>
        string.Concat(s.Select(c => c is < ' ' or > '~' ? string.Create(CultureInfo.InvariantCulture, $"\\u{(int)c:X4}") : c.ToString()));

    private static byte[] SamplePng()
    {
        using var bitmap = new SkiaSharp.SKBitmap(2, 2);
        using var image = SkiaSharp.SKImage.FromBitmap(bitmap);
        using var data = image.Encode(SkiaSharp.SKEncodedImageFormat.Png, 100);
        return data.ToArray();
    }
}

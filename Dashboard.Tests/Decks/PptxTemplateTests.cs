using System.IO.Compression;
using Dashboard.Web.Decks;
using DocumentFormat.OpenXml.Packaging;
using Xunit.Abstractions;
using A = DocumentFormat.OpenXml.Drawing;
using P = DocumentFormat.OpenXml.Presentation;

namespace Dashboard.Tests.Decks;

/// <summary>
/// The briefer's template: what <see cref="PptxTemplate.Open"/> accepts and refuses, and decks written on a template
/// built in the tests and on one saved by LibreOffice, read back: their slides use the template's layouts (by
/// relationship), masters, theme and slide size, the template's own slides are gone, and the validator finds nothing.
/// </summary>
public sealed class PptxTemplateTests(ITestOutputHelper output)
{
    public static TheoryData<string> Templates => new() { "built", "libreoffice" };

    private static byte[] Template(string which) => which == "built" ? TemplateSamples.Built() : TemplateSamples.LibreOffice();

    [Theory]
    [MemberData(nameof(Templates))]
    public void Open_RealTemplate_AcceptedWithItsContentLayout(string which)
    {
        var (template, problem) = PptxTemplate.Open(Template(which));

        Assert.True(template is not null, problem);
        Assert.Contains(which == "built" ? $"charts on '{TemplateSamples.ContentLayoutName}'" : "charts on 'Title, Content'", template.Summary, StringComparison.Ordinal);
        Assert.True(template.Area.Content.Width > template.Area.SlideWidth / 2, template.Area.ToString());
    }

    public static TheoryData<string, string> NotTemplates => new()
    {
        { "text", "is not a PowerPoint file" },
        { "zip", "not an Office package" },
        { "word", "it is not a PowerPoint package that can be read" },
        { "no content layout", "has a title and a content placeholder" },
        { "external image", "links to an outside file (https://tracker.example/pixel.png)" },
        { "macros", "macro-enabled" },
    };

    [Theory]
    [MemberData(nameof(NotTemplates))]
    public void Open_NotAUsableTemplate_RefusedSayingWhy(string what, string message)
    {
        var bytes = what switch
        {
            "text" => "Just some text, not a package."u8.ToArray(),
            "zip" => Zip(("hello.txt", "hi")),
            "word" => Word(),
            "no content layout" => Rewrite(TemplateSamples.Built(), d =>
            {
                // Every layout loses its content placeholder: a chart has nowhere to go.
                foreach (var layout in d.PresentationPart!.SlideMasterParts.SelectMany(m => m.SlideLayoutParts))
                {
                    foreach (var shape in layout.SlideLayout.Descendants<P.Shape>().Where(s => s.Descendants<P.PlaceholderShape>().Single().Type is null).ToList())
                    {
                        shape.Remove();
                    }
                }
            }),
            "external image" => Rewrite(TemplateSamples.Built(), d =>
                d.PresentationPart!.SlideMasterParts.Single().AddExternalRelationship("http://schemas.openxmlformats.org/officeDocument/2006/relationships/image", new Uri("https://tracker.example/pixel.png"))),
            _ => Rewrite(TemplateSamples.Built(), d => d.ChangeDocumentType(DocumentFormat.OpenXml.PresentationDocumentType.MacroEnabledTemplate)),
        };

        var (template, problem) = PptxTemplate.Open(bytes);

        Assert.Null(template);
        Assert.Contains(message, problem, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Templates))]
    public void Write_OnTemplate_SlidesUseItsLayoutsMasterThemeAndSizeAndValidate(string which)
    {
        var bytes = Template(which);
        var template = PptxTemplate.Open(bytes).Template!;
        var doc = DeckSamples.EveryKind() with { Template = template };

        using var deck = PresentationDocument.Open(new MemoryStream(PptxWriter.ToBytes(doc)), false);

        var errors = DeckReader.Errors(deck);
        errors.ForEach(output.WriteLine);
        Assert.Empty(errors);
        using var source = PresentationDocument.Open(new MemoryStream(bytes), false);
        var presentation = deck.PresentationPart!;
        Assert.Equal(PptxWriter.ContentType, presentation.ContentType.Replace(".main+xml", "", StringComparison.Ordinal));

        // The template's masters, layouts (by name), theme colours and fonts and slide size; every slide on one of its layouts.
        Assert.Equal(Layouts(source), Layouts(deck));
        Assert.Equal(source.PresentationPart!.SlideMasterParts.First().ThemePart!.Theme.ThemeElements!.ColorScheme!.OuterXml,
            presentation.SlideMasterParts.First().ThemePart!.Theme.ThemeElements!.ColorScheme!.OuterXml);
        Assert.Equal(source.PresentationPart.SlideMasterParts.First().ThemePart!.Theme.ThemeElements!.FontScheme!.OuterXml,
            presentation.SlideMasterParts.First().ThemePart!.Theme.ThemeElements!.FontScheme!.OuterXml);
        Assert.Equal((source.PresentationPart.Presentation.SlideSize!.Cx!.Value, source.PresentationPart.Presentation.SlideSize.Cy!.Value),
            (presentation.Presentation.SlideSize!.Cx!.Value, presentation.Presentation.SlideSize.Cy!.Value));
        var slides = DeckReader.Slides(deck);
        var layouts = presentation.SlideMasterParts.SelectMany(m => m.SlideLayoutParts).ToHashSet();
        Assert.All(slides, s => Assert.Contains(s.SlideLayoutPart!, layouts));
        var content = which == "built" ? TemplateSamples.ContentLayoutName : "Title, Content";
        Assert.All(slides.Skip(1), s => Assert.Equal(content, s.SlideLayoutPart!.SlideLayout.CommonSlideData!.Name!.Value));
        Assert.Equal(which == "built" ? TemplateSamples.TitleLayoutName : "Title Slide", slides[0].SlideLayoutPart!.SlideLayout.CommonSlideData!.Name!.Value);

        // The template's own slide is gone, and nothing it alone used; our slides are the deck's.
        // (The template's content area is smaller than the built-in one: the table may continue on a second slide.)
        Assert.Equal([doc.Title, .. doc.Slides.Select(s => s.Title), "Sources"], slides.Select(DeckReader.Title).Where(t => !t!.EndsWith("(continued)", StringComparison.Ordinal)));
        Assert.Equal(1 + DeckSamples.Table().Rows.Count, slides.Where(s => DeckReader.Title(s)!.StartsWith("Safe City projects", StringComparison.Ordinal))
            .Sum(s => s.Slide.Descendants<A.TableRow>().Count()) - (slides.Count(s => DeckReader.Title(s) == "Safe City projects (continued)")));
        Assert.DoesNotContain(slides, s => s.Slide.InnerText.Contains("Delete me", StringComparison.Ordinal));
        Assert.Equal(slides.Count, presentation.SlideParts.Count());
        Assert.NotNull(presentation.NotesMasterPart);

        // Every chart's visual sits in the layout's content placeholder (same kind and index).
        var body = slides[1].SlideLayoutPart!.SlideLayout.Descendants<P.PlaceholderShape>().First(p => p.Type is null || p.Type.Value == P.PlaceholderValues.Object);
        foreach (var slide in slides.Skip(1).Where(s => DeckReader.Title(s) != "Sources"))
        {
            var visual = slide.Slide.CommonSlideData!.ShapeTree!.Elements().Single(e => e is P.Picture or P.GraphicFrame);
            var ph = visual.Descendants<P.PlaceholderShape>().Single();
            Assert.Equal((body.Index?.Value, body.Type?.Value), (ph.Index?.Value, ph.Type?.Value));
        }
    }

    [Fact]
    public void Write_OnBuiltTemplateWithTemplatePalette_SeriesTakeTheThemeAccents()
    {
        var doc = DeckSamples.EveryKind() with { Template = PptxTemplate.Open(TemplateSamples.Built()).Template!, Look = PptxLook.Default with { ThemeColors = true } };

        using var deck = PresentationDocument.Open(new MemoryStream(PptxWriter.ToBytes(doc)), false);

        var line = DeckReader.Slides(deck)[3].ChartParts.Single().ChartSpace;
        var fills = line.Descendants<DocumentFormat.OpenXml.Drawing.Charts.LineChartSeries>().Select(s => s.Descendants<A.SchemeColor>().First().Val!.Value).ToList();
        Assert.Equal([A.SchemeColorValues.Accent1, A.SchemeColorValues.Accent2, A.SchemeColorValues.Accent3], fills);
        Assert.Empty(line.Descendants<DocumentFormat.OpenXml.Drawing.Charts.LineChartSeries>().SelectMany(s => s.Descendants<A.RgbColorModelHex>()));
    }

    public static TheoryData<string, PptxSlideSize> Decks => new()
    {
        { "built-in", PptxSlideSize.Widescreen16x9 },
        { "built-in", PptxSlideSize.Standard4x3 },
        { "built", PptxSlideSize.Widescreen16x9 },
        { "libreoffice", PptxSlideSize.Widescreen16x9 },
    };

    [Theory]
    [MemberData(nameof(Decks))]
    public void Write_EverySlide_NoShapesOverlapAndAllInsideTheSlide(string which, PptxSlideSize size)
    {
        var doc = DeckSamples.EveryKind(size) with { Template = which == "built-in" ? null : PptxTemplate.Open(Template(which)).Template };

        using var deck = PresentationDocument.Open(new MemoryStream(PptxWriter.ToBytes(doc)), false);

        var slideSize = deck.PresentationPart!.Presentation.SlideSize!;
        var problems = DeckReader.Slides(deck)
            .SelectMany((s, i) => DeckReader.Overlaps(s, slideSize.Cx!.Value, slideSize.Cy!.Value).Select(p => $"slide {i + 1} ('{DeckReader.Title(s)}'): {p}"))
            .ToList();
        problems.ForEach(output.WriteLine);
        Assert.Empty(problems);

        // And every chart slide has its parts: title, subtitle, visual, caveats, source, date, footer, number.
        var names = DeckReader.Bounds(DeckReader.Slides(deck)[1]).Select(b => b.Name).ToList();
        Assert.Equal(["Title 1", "Subtitle", "Chart", "Caveats", "Source", "Date Placeholder", "Footer Placeholder", "Slide Number Placeholder"], names);
    }

    [Fact]
    public void Write_ChartSlides_SlideNumberFieldDateAndFooterOnEverySlideButTheFirst()
    {
        var doc = DeckSamples.EveryKind() with { Footer = "GeoAI Dashboard · data version 7" };

        using var deck = PresentationDocument.Open(new MemoryStream(PptxWriter.ToBytes(doc)), false);

        var slides = DeckReader.Slides(deck);
        Assert.Empty(slides[0].Slide.Descendants<A.Field>());
        for (var i = 1; i < slides.Count; i++)
        {
            var number = slides[i].Slide.Descendants<A.Field>().Single();
            Assert.Equal(("slidenum", (i + 1).ToString(System.Globalization.CultureInfo.InvariantCulture)), (number.Type!.Value!, number.Text!.Text));
            var placeholders = slides[i].Slide.Descendants<P.PlaceholderShape>().Select(p => p.Type?.Value).ToList();
            Assert.Contains(P.PlaceholderValues.SlideNumber, placeholders);
            Assert.Contains(P.PlaceholderValues.DateAndTime, placeholders);
            Assert.Contains("GeoAI Dashboard · data version 7", slides[i].Slide.InnerText, StringComparison.Ordinal);
            Assert.Contains("14 March 2025", slides[i].Slide.InnerText, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Write_DarkLook_EverySlideHasTheBackgroundAndTitlesTheTextColour()
    {
        var doc = DeckSamples.EveryKind() with { Look = new PptxLook { BackgroundHex = "14171C", TextHex = "ECEEF1", MutedHex = "B4BAC2", GridHex = "2C323A", AxisHex = "8A929B" } };

        using var deck = PresentationDocument.Open(new MemoryStream(PptxWriter.ToBytes(doc)), false);

        Assert.Empty(DeckReader.Errors(deck));
        foreach (var slide in DeckReader.Slides(deck))
        {
            Assert.Equal("14171C", slide.Slide.CommonSlideData!.Background!.BackgroundProperties!.GetFirstChild<A.SolidFill>()!.RgbColorModelHex!.Val!.Value);
        }

        var chart = DeckReader.Slides(deck)[3].ChartParts.Single().ChartSpace;
        Assert.Equal("ECEEF1", chart.GetFirstChild<DocumentFormat.OpenXml.Drawing.Charts.TextProperties>()!.Descendants<A.RgbColorModelHex>().Single().Val!.Value);
    }

    private static List<string> Layouts(PresentationDocument deck) =>
        deck.PresentationPart!.SlideMasterParts.SelectMany(m => m.SlideLayoutParts).Select(l => l.SlideLayout.CommonSlideData!.Name!.Value!).Order(StringComparer.Ordinal).ToList();

    private static byte[] Rewrite(byte[] package, Action<PresentationDocument> change)
    {
        using var stream = new MemoryStream();
        stream.Write(package);
        using (var document = PresentationDocument.Open(stream, true))
        {
            change(document);
        }

        return stream.ToArray();
    }

    private static byte[] Zip(params (string Name, string Text)[] entries)
    {
        using var stream = new MemoryStream();
        using (var zip = new ZipArchive(stream, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var (name, text) in entries)
            {
                using var writer = new StreamWriter(zip.CreateEntry(name).Open());
                writer.Write(text);
            }
        }

        return stream.ToArray();
    }

    private static byte[] Word()
    {
        using var stream = new MemoryStream();
        using (var document = WordprocessingDocument.Create(stream, DocumentFormat.OpenXml.WordprocessingDocumentType.Document))
        {
            document.AddMainDocumentPart().Document = new DocumentFormat.OpenXml.Wordprocessing.Document(new DocumentFormat.OpenXml.Wordprocessing.Body());
        }

        return stream.ToArray();
    }
}

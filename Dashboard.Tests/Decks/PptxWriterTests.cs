using Dashboard.Web.Decks;
using DocumentFormat.OpenXml.Packaging;
using Xunit.Abstractions;
using A = DocumentFormat.OpenXml.Drawing;
using P = DocumentFormat.OpenXml.Presentation;

namespace Dashboard.Tests.Decks;

/// <summary>The deck's structure read back with the Open XML SDK: validity, slides, titles, notes, alt text, sizes.</summary>
public sealed class PptxWriterTests(ITestOutputHelper output)
{
    [Theory]
    [InlineData(PptxSlideSize.Widescreen16x9)]
    [InlineData(PptxSlideSize.Standard4x3)]
    public void Write_EveryKind_ValidatorFindsNoErrors(PptxSlideSize size)
    {
        using var deck = Open(PptxWriter.ToBytes(DeckSamples.EveryKind(size)));

        var errors = DeckReader.Errors(deck);
        errors.ForEach(output.WriteLine);
        Assert.Empty(errors);
    }

    [Fact]
    public void Write_EveryKind_TitleSlideChartSlidesAndOneSourcesSlide()
    {
        var doc = DeckSamples.EveryKind();
        using var deck = Open(PptxWriter.ToBytes(doc));

        var titles = DeckReader.Slides(deck).Select(DeckReader.Title).ToList();
        Assert.Equal([doc.Title, .. doc.Slides.Select(s => s.Title), "Sources"], titles);
    }

    [Fact]
    public void Write_TitleSlide_SubtitleDateAndDataVersionInSubtitlePlaceholder()
    {
        using var deck = Open(PptxWriter.ToBytes(DeckSamples.EveryKind()));

        var cover = DeckReader.Slides(deck)[0];
        var subtitle = cover.Slide.Descendants<P.Shape>()
            .Single(s => s.NonVisualShapeProperties!.ApplicationNonVisualDrawingProperties!.PlaceholderShape?.Type?.Value == P.PlaceholderValues.SubTitle);
        Assert.Equal(["Arms, trade and compute", "14 March 2025", "Data version 7"],
            subtitle.TextBody!.Elements<A.Paragraph>().Select(p => p.InnerText));
        Assert.Equal("Title Slide", cover.SlideLayoutPart!.SlideLayout.CommonSlideData!.Name!.Value);
    }

    [Fact]
    public void Write_ChartSlides_NotesHoldEveryParagraphAndFallbackSaysSo()
    {
        var doc = DeckSamples.EveryKind();
        using var deck = Open(PptxWriter.ToBytes(doc));

        var slides = DeckReader.Slides(deck);
        for (var i = 0; i < doc.Slides.Count; i++)
        {
            var expected = doc.Slides[i].PictureFallback ? [PptxChartSlides.FallbackNote, .. doc.Slides[i].Notes] : doc.Slides[i].Notes.ToList();
            Assert.Equal(expected, DeckReader.Notes(slides[i + 1]));
            Assert.NotNull(slides[i + 1].NotesSlidePart!.NotesMasterPart);
            Assert.Same(slides[i + 1], slides[i + 1].NotesSlidePart!.SlidePart);
        }

        Assert.Contains(PptxChartSlides.FallbackNote, DeckReader.Notes(slides[2]));
        Assert.DoesNotContain(PptxChartSlides.FallbackNote, DeckReader.Notes(slides[1]));
    }

    [Fact]
    public void Write_PictureSlide_AltTextOnPictureAndPngEmbedded()
    {
        var doc = DeckSamples.EveryKind();
        using var deck = Open(PptxWriter.ToBytes(doc));

        var slide = DeckReader.Slides(deck)[1];
        var picture = slide.Slide.Descendants<P.Picture>().Single();
        Assert.Equal(doc.Slides[0].AltText, picture.NonVisualPictureProperties!.NonVisualDrawingProperties!.Description!.Value);
        var image = (ImagePart)slide.GetPartById(picture.BlipFill!.Blip!.Embed!.Value!);
        Assert.Equal("image/png", image.ContentType);
        using var stream = image.GetStream();
        using var bytes = new MemoryStream();
        stream.CopyTo(bytes);
        Assert.Equal(((PptxPicture)doc.Slides[0].Visual).Png.ToArray(), bytes.ToArray());
    }

    [Fact]
    public void Write_Picture_KeepsAspectRatioInsideChartArea()
    {
        var doc = DeckSamples.EveryKind();
        using var deck = Open(PptxWriter.ToBytes(doc));

        var square = DeckReader.Slides(deck)[2].Slide.Descendants<P.Picture>().Single().ShapeProperties!.Transform2D!;
        var wide = DeckReader.Slides(deck)[1].Slide.Descendants<P.Picture>().Single().ShapeProperties!.Transform2D!;
        Assert.Equal(square.Extents!.Cx!.Value, square.Extents.Cy!.Value, 1.0);
        Assert.Equal(640.0 / 360, (double)wide.Extents!.Cx!.Value / wide.Extents.Cy!.Value, 3);
        var caveatsTop = DeckReader.Slides(deck)[1].Slide.Descendants<P.Shape>().Single(s => s.NonVisualShapeProperties!.NonVisualDrawingProperties!.Name == "Caveats")
            .ShapeProperties!.Transform2D!.Offset!.Y!.Value;
        Assert.True(wide.Offset!.Y!.Value + wide.Extents.Cy.Value <= caveatsTop, "The picture ends above the caveats and the source line.");
    }

    [Theory]
    [InlineData(PptxSlideSize.Widescreen16x9, 1920)]
    [InlineData(PptxSlideSize.Standard4x3, 1600)]
    public void Layout_PictureRenderedAtTheVisualBoxShape_FillsItEdgeToEdge(PptxSlideSize size, int slideWidth)
    {
        var area = PptxSlideArea.BuiltIn(size);
        var sample = DeckSamples.Slide("Fitted", DeckSamples.Png(), DeckSamples.Sipri);
        var visual = area.Layout(sample.Subtitle, sample.Caveats, sample.SourceLine, PptxLook.Default).Visual;
        var (width, height) = ((int)(slideWidth * visual.Width / area.SlideWidth), (int)(slideWidth * visual.Height / area.SlideWidth));
        var doc = DeckSamples.EveryKind(size) with { Slides = [sample with { Visual = DeckSamples.Png(width, height) }] };
        using var deck = Open(PptxWriter.ToBytes(doc));

        var box = DeckReader.Slides(deck)[1].Slide.Descendants<P.Picture>().Single().ShapeProperties!.Transform2D!;
        Assert.Equal(visual.X, box.Offset!.X!.Value, 20000.0);
        Assert.Equal(visual.Width, box.Extents!.Cx!.Value, 20000.0);
        Assert.Equal(visual.Height, box.Extents.Cy!.Value, 20000.0);
        Assert.Equal(visual.Y, box.Offset.Y!.Value, 20000.0);
    }

    [Fact]
    public void Write_ChartSlides_SourceLineIsTextOnTheSlideAndAltTextOnNativeCharts()
    {
        var doc = DeckSamples.EveryKind();
        using var deck = Open(PptxWriter.ToBytes(doc));

        var slides = DeckReader.Slides(deck);
        for (var i = 0; i < doc.Slides.Count; i++)
        {
            var boxes = slides[i + 1].Slide.Descendants<P.Shape>().Where(s => s.NonVisualShapeProperties!.NonVisualShapeDrawingProperties!.TextBox?.Value == true)
                .ToDictionary(s => s.NonVisualShapeProperties!.NonVisualDrawingProperties!.Name!.Value!, s => s.TextBody!.Elements<A.Paragraph>().Select(p => p.InnerText).ToList());
            Assert.Equal(["Subtitle", "Caveats", "Source"], boxes.Keys);
            Assert.Equal([doc.Slides[i].Subtitle], boxes["Subtitle"]);
            Assert.Equal(doc.Slides[i].Caveats, boxes["Caveats"]);
            Assert.Equal([doc.Slides[i].SourceLine], boxes["Source"]);
            if (doc.Slides[i].Visual is PptxChart or PptxTable)
            {
                var frame = slides[i + 1].Slide.Descendants<P.GraphicFrame>().Single();
                Assert.Equal(doc.Slides[i].AltText, frame.NonVisualGraphicFrameProperties!.NonVisualDrawingProperties!.Description!.Value);
            }
        }
    }

    [Fact]
    public void Write_References_EachListedOnceInOrderWithLinks()
    {
        using var deck = Open(PptxWriter.ToBytes(DeckSamples.EveryKind()));

        var sources = DeckReader.Slides(deck)[^1];
        var body = sources.Slide.Descendants<P.Shape>().Single(s => s.NonVisualShapeProperties!.ApplicationNonVisualDrawingProperties!.PlaceholderShape?.Index?.Value == 1U);
        Assert.Equal<string>(
            [
                DeckSamples.Sipri.Citation + " " + DeckSamples.Sipri.Url,
                DeckSamples.WorldBank.Citation + " " + DeckSamples.WorldBank.Url,
                DeckSamples.Top500.Citation,
            ],
            body.TextBody!.Elements<A.Paragraph>().Select(p => p.InnerText).ToList());
        Assert.Equal<string?>(
            [DeckSamples.Sipri.Url, DeckSamples.WorldBank.Url],
            sources.HyperlinkRelationships.Select(h => h.Uri.ToString()));
    }

    [Fact]
    public void Write_ManyLongReferences_ContinueOnFurtherSourcesSlides()
    {
        var references = Enumerable.Range(1, 40)
            .Select(i => new PptxReference($"Reference {i}: " + string.Concat(Enumerable.Repeat("a long citation with edition and table ", 4))))
            .ToList();
        var doc = DeckSamples.EveryKind(PptxSlideSize.Standard4x3) with { References = references };
        using var deck = Open(PptxWriter.ToBytes(doc));

        var sourceSlides = DeckReader.Slides(deck).Skip(1 + doc.Slides.Count).ToList();
        Assert.True(sourceSlides.Count > 1, $"40 long references need more than one slide, got {sourceSlides.Count}.");
        Assert.Equal(["Sources", .. Enumerable.Repeat("Sources (continued)", sourceSlides.Count - 1)], sourceSlides.Select(DeckReader.Title));
        var listed = sourceSlides.SelectMany(s => s.Slide.Descendants<A.Paragraph>()).Select(p => p.InnerText).Where(t => t.StartsWith("Reference ", StringComparison.Ordinal));
        Assert.Equal(references.Select(r => r.Citation.TrimEnd()), listed);
        Assert.Empty(DeckReader.Errors(deck));
    }

    [Theory]
    [InlineData(PptxSlideSize.Widescreen16x9, 12192000, 6858000)]
    [InlineData(PptxSlideSize.Standard4x3, 9144000, 6858000)]
    public void Write_SlideSize_PresentationSizeInEmu(PptxSlideSize size, int width, int height)
    {
        using var deck = Open(PptxWriter.ToBytes(DeckSamples.EveryKind(size)));

        var slideSize = deck.PresentationPart!.Presentation.SlideSize!;
        Assert.Equal((width, height), (slideSize.Cx!.Value, slideSize.Cy!.Value));
    }

    [Fact]
    public void Write_ManySlides_OneMasterThreeLayoutsOneNotesMasterSharedByAll()
    {
        using var deck = Open(PptxWriter.ToBytes(DeckSamples.EveryKind()));

        var presentation = deck.PresentationPart!;
        var master = Assert.Single(presentation.SlideMasterParts);
        Assert.Equal(3, master.SlideLayoutParts.Count());
        Assert.NotNull(presentation.NotesMasterPart);
        var layouts = DeckReader.Slides(deck).Select(s => s.SlideLayoutPart!.SlideLayout.CommonSlideData!.Name!.Value).ToList();
        Assert.Equal(["Title Slide", .. Enumerable.Repeat("Title and Content", layouts.Count - 1)], layouts);
        Assert.Equal(2, DeckReader.Slides(deck).Select(s => s.SlideLayoutPart).Distinct().Count());
    }

    [Fact]
    public void Write_PropertiesAndContentType_TitleCreatorAndPresentationType()
    {
        var bytes = PptxWriter.ToBytes(DeckSamples.EveryKind());
        using var deck = Open(bytes);

        var core = System.Xml.Linq.XDocument.Load(deck.CoreFilePropertiesPart!.GetStream());
        Assert.Equal("/docProps/core.xml", deck.CoreFilePropertiesPart.Uri.ToString());
        Assert.Equal(["China and Russia in Central Asia", "GeoAI Dashboard", "2025-03-14T00:00:00Z"], core.Root!.Elements().Select(e => e.Value));
        Assert.Equal(PptxWriter.ContentType, deck.PresentationPart!.ContentType.Replace(".main+xml", "", StringComparison.Ordinal));
    }

    private static PresentationDocument Open(byte[] bytes) => PresentationDocument.Open(new MemoryStream(bytes), false);
}

using Dashboard.Web.Decks;
using DocumentFormat.OpenXml.Packaging;

namespace Dashboard.Tests.Decks;

/// <summary>What the writer refuses (with the slide and field named, before writing a byte) and what it cleans.</summary>
public sealed class PptxWriterInputTests
{
    public static TheoryData<string, string> BadVisuals => new()
    {
        { "too few values", "series 'S' has 2 values for 3 categories" },
        { "slope of three", "exactly two categories" },
        { "bad colour", "colour 'red', not #RRGGBB" },
        { "not finite", "has the value NaN" },
        { "negative share", "has the value -1" },
        { "no series", "at least one category and one series" },
        { "min above max", "minimum 5 is not below maximum 5" },
        { "not a png", "is not a PNG" },
        { "zero size", "is not positive" },
    };

    [Theory]
    [MemberData(nameof(BadVisuals))]
    public void Write_BadVisual_ThrowsNamingSlideAndWritesNothing(string because, string message)
    {
        PptxVisual visual = because switch
        {
            "too few values" => Chart(PptxChartKind.Line, ["a", "b", "c"], [1, 2]),
            "slope of three" => Chart(PptxChartKind.Slope, ["a", "b", "c"], [1, 2, 3]),
            "bad colour" => Chart(PptxChartKind.Line, ["a"], [1]) with { Series = [new PptxSeries("S", "red", [1])] },
            "not finite" => Chart(PptxChartKind.ClusteredColumn, ["a"], [double.NaN]),
            "negative share" => Chart(PptxChartKind.PercentStackedColumn, ["a"], [-1]),
            "no series" => Chart(PptxChartKind.Line, ["a"], [1]) with { Series = [] },
            "min above max" => Chart(PptxChartKind.Line, ["a"], [1]) with { ValueMin = 5, ValueMax = 5 },
            "not a png" => new PptxPicture("GIF89a"u8.ToArray(), 10, 10),
            _ => DeckSamples.Png() with { PixelWidth = 0 },
        };
        var doc = DeckSamples.EveryKind() with
        {
            Slides = [DeckSamples.Slide("Fine", DeckSamples.Line(), DeckSamples.Sipri), DeckSamples.Slide("Broken", visual, DeckSamples.Sipri)],
        };
        using var output = new MemoryStream();

        var error = Assert.Throws<ArgumentException>(() => PptxWriter.Write(doc, output));
        Assert.Contains("Slide 3 (chart 2, 'Broken')", error.Message, StringComparison.Ordinal);
        Assert.True(error.Message.Contains(message, StringComparison.Ordinal), $"{because}: {error.Message}");
        Assert.Equal(0, output.Length);
    }

    [Fact]
    public void Write_NoTitle_Throws()
    {
        var doc = DeckSamples.EveryKind() with { Title = " \n " };

        var error = Assert.Throws<ArgumentException>(() => PptxWriter.ToBytes(doc));
        Assert.Contains("no title", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Write_ControlCharactersAndLineBreaks_DroppedOrSpacedAndDeckStaysValid()
    {
        var hostile = "Line one\r\nline\ttwo \u0001\u0008\uFFFE<b>&amp;</b> \"quoted\" \uD83C\uDF0F \uD800 end";
        var doc = DeckSamples.EveryKind() with
        {
            Title = hostile,
            Slides = [DeckSamples.Slide(hostile, DeckSamples.Line() with { Categories = [.. DeckSamples.Line().Categories.SkipLast(1), hostile] }, DeckSamples.Sipri) with { Notes = [hostile] }],
            References = [new PptxReference(hostile, "javascript:alert(1)")],
        };

        using var deck = PresentationDocument.Open(new MemoryStream(PptxWriter.ToBytes(doc)), false);

        Assert.Empty(DeckReader.Errors(deck));
        const string expected = "Line one line two <b>&amp;</b> \"quoted\" \uD83C\uDF0F end";
        var slides = DeckReader.Slides(deck);
        Assert.Equal([expected, expected, "Sources"], slides.Select(DeckReader.Title));
        Assert.Equal([expected], DeckReader.Notes(slides[1]));
        Assert.Equal(expected, DeckReader.WorkbookCells(slides[1].ChartParts.Single())["A9"]);
        Assert.Empty(slides[2].HyperlinkRelationships);
    }

    [Fact]
    public void Write_NonSeekableOutput_SameBytesAsToBytes()
    {
        var doc = DeckSamples.EveryKind();
        using var target = new MemoryStream();
        using var forwardOnly = new ForwardOnlyStream(target);

        PptxWriter.Write(doc, forwardOnly);

        using var deck = PresentationDocument.Open(new MemoryStream(target.ToArray()), false);
        Assert.Equal(1 + doc.Slides.Count + 1, DeckReader.Slides(deck).Count);
        Assert.Empty(DeckReader.Errors(deck));
    }

    [Fact]
    public async Task WriteAsync_Output_OpensWithEverySlide()
    {
        var doc = DeckSamples.EveryKind();
        using var target = new MemoryStream();

        await PptxWriter.WriteAsync(doc, new ForwardOnlyStream(target));

        using var deck = PresentationDocument.Open(new MemoryStream(target.ToArray()), false);
        Assert.Equal(1 + doc.Slides.Count + 1, DeckReader.Slides(deck).Count);
    }

    private static PptxChart Chart(PptxChartKind kind, string[] categories, double?[] values) => new()
    {
        Kind = kind,
        Categories = categories,
        Series = [new PptxSeries("S", "#123456", values)],
    };

    /// <summary>Like an HTTP response body: write-only, no seeking, no length.</summary>
    private sealed class ForwardOnlyStream(Stream inner) : Stream
    {
        public override bool CanRead => false;
        public override bool CanSeek => false;
        public override bool CanWrite => true;
        public override long Length => throw new NotSupportedException();
        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }
        public override void Flush() => inner.Flush();
        public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();
        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
        public override void SetLength(long value) => throw new NotSupportedException();
        public override void Write(byte[] buffer, int offset, int count) => inner.Write(buffer, offset, count);
    }
}

using System.Text;
using Dashboard.Web.Charts;
using Dashboard.Web.Charts.Drawing;
using Dashboard.Web.Charts.Files;
using Dashboard.Web.Charts.Rendering;
using Dashboard.Web.Charts.Selection;
using Dashboard.Web.Charts.Styling;

namespace Dashboard.Tests.Charts;

public sealed class PngTextTests
{
    public PngTextTests() => ChartFonts.EnsureRegistered();

    [Fact]
    public void Crc32_StandardCheckValue()
    {
        Assert.Equal(0xCBF43926u, Crc32.Compute(Encoding.ASCII.GetBytes("123456789")));
    }

    [Fact]
    public void Insert_LatinAndUnicodeValues_ReadBackAndChunksValid()
    {
        using var plot = ChartBuilder.Build(SampleSpecs.GroupedBar(), ChartTheme.Light, new ChartSize(300, 200));
        var png = ChartRenderer.RenderPng(plot, new ChartSize(300, 200));

        var tagged = PngText.Insert(png, [new("Title", "TOP500 supercomputers"), new("Source", "Kalkan Küçüksolak & Fırat (2023)")]);

        var chunks = PngText.Read(tagged);
        Assert.Equal("TOP500 supercomputers", chunks.Single(c => c.Key == "Title").Value);
        Assert.Equal("Kalkan Küçüksolak & Fırat (2023)", chunks.Single(c => c.Key == "Source").Value);
        Assert.Contains("tEXt", Encoding.Latin1.GetString(tagged), StringComparison.Ordinal);
        Assert.Contains("iTXt", Encoding.Latin1.GetString(tagged), StringComparison.Ordinal);
        AssertChunkCrcs(tagged);
        using var decoded = SkiaSharp.SKBitmap.Decode(tagged);
        Assert.Equal(300, decoded.Width);
    }

    [Fact]
    public void Insert_NonLatin1Value_AlsoWritesLatin1TransliterationForTextOnlyReaders()
    {
        using var plot = ChartBuilder.Build(SampleSpecs.GroupedBar(), ChartTheme.Light, new ChartSize(300, 200));
        var png = ChartRenderer.RenderPng(plot, new ChartSize(300, 200));

        var tagged = PngText.Insert(png, [new("Source", "Kalkan Küçüksolak & Fırat (2023) – Россия")]);

        var latin1 = Encoding.Latin1.GetString(tagged);
        Assert.Contains("tEXtSource\0Kalkan Küçüksolak & Firat (2023) - ??????", latin1, StringComparison.Ordinal);
        Assert.Equal("Kalkan Küçüksolak & Fırat (2023) – Россия", PngText.Read(tagged).Single(c => c.Key == "Source").Value);
    }

    [Fact]
    public void Insert_NotAPng_Throws()
    {
        Assert.Throws<ArgumentException>(() => PngText.Insert([1, 2, 3], []));
    }

    private static void AssertChunkCrcs(byte[] png)
    {
        var pos = 8;
        while (pos < png.Length)
        {
            var length = (int)System.Buffers.Binary.BinaryPrimitives.ReadUInt32BigEndian(png.AsSpan(pos));
            var crc = System.Buffers.Binary.BinaryPrimitives.ReadUInt32BigEndian(png.AsSpan(pos + 8 + length));
            Assert.Equal(crc, Crc32.Compute(png.AsSpan(pos + 4, 4 + length)));
            pos += 12 + length;
        }
    }
}

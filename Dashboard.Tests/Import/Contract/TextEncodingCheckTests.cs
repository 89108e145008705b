using System.Text;
using Dashboard.Data.Import;
using Dashboard.Data.Import.Contract;

namespace Dashboard.Tests.Import.Contract;

public sealed class TextEncodingCheckTests
{
    private const int Buffer = 1 << 16;

    [Theory]
    [InlineData("Ж")]
    [InlineData("€")]
    [InlineData("𝄞")]
    public void Check_MultiByteCharacterAcrossTheReadBuffer_Accepted(string character)
    {
        var bytes = Encoding.UTF8.GetBytes(character);
        for (var start = Buffer - bytes.Length; start <= Buffer; start++)
        {
            var file = Enumerable.Repeat((byte)'a', start).Concat(bytes).Concat("b\n"u8.ToArray()).ToArray();

            Assert.Null(TextEncodingCheck.Check(new MemoryStream(file), "f.csv"));
        }
    }

    [Fact]
    public void Check_InvalidByteAfterTheFirstBuffer_NamesLineAndCharacter()
    {
        var lines = string.Concat(Enumerable.Repeat("abcdefghi\n", 10_000)); // 100,000 bytes, 10,000 lines
        var file = Encoding.UTF8.GetBytes(lines + "xyz").Concat(new byte[] { 0xE9, (byte)'\n' }).ToArray();

        var error = TextEncodingCheck.Check(new MemoryStream(file), "f.csv");

        Assert.Equal("f.csv line 10001: is not valid UTF-8 at character 4 (byte 0xE9; the file may be Windows-1251 or Latin-1): save it as UTF-8",
            error?.ToString());
    }

    [Fact]
    public void Check_SequenceCutOffAtTheEndOfTheFile_Rejected()
    {
        var file = "a,b\n"u8.ToArray().Concat(new byte[] { 0xE2, 0x82 }).ToArray();

        var error = TextEncodingCheck.Check(new MemoryStream(file), "f.csv");

        Assert.StartsWith("f.csv line 2: is not valid UTF-8 at character 1 (byte 0xE2", error?.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Check_NulAfterTheFirstBuffer_NamesLineAndCharacter()
    {
        var lines = string.Concat(Enumerable.Repeat("abcdefghi\n", 10_000));
        var file = Encoding.UTF8.GetBytes(lines + "ab\0c\n");

        var error = TextEncodingCheck.Check(new MemoryStream(file), "f.csv");

        Assert.StartsWith("f.csv line 10001: has a NUL character at character 3", error?.ToString(), StringComparison.Ordinal);
    }
}

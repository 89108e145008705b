using Dashboard.Web.Text;

namespace Dashboard.Tests.Text;

public sealed class LogTextTests
{
    [Theory]
    [InlineData("/indicators/top500-systems", "/indicators/top500-systems")]
    [InlineData("/a\tb", @"/a\u0009b")]
    [InlineData("a\0b\r\nc\u001B[2Jd", @"a\u0000b\u000D\u000Ac\u001B[2Jd")]
    [InlineData("/a\u007Fb\u0085c\u2028d\u2029", @"/a\u007Fb\u0085c\u2028d\u2029")]
    [InlineData("gnp\u202E.exe\u2066x\u2069", @"gnp\u202E.exe\u2066x\u2069")]
    [InlineData(@"/a\b", @"/a\\b")]
    [InlineData("/ünïcødé/中文", "/ünïcødé/中文")]
    [InlineData("", "")]
    public void Escape_Text_EscapesControlsSeparatorsAndBidiOnly(string raw, string expected) =>
        Assert.Equal(expected, LogText.Escape(raw));

    [Fact]
    public void Escape_UnpairedSurrogate_EscapedWhilePairsStay()
    {
        // Not in InlineData: attribute strings are stored as UTF-8, which cannot hold an unpaired surrogate.
        var raw = "lone " + (char)0xD800 + " pair \uD83C\uDF0F";

        Assert.Equal("lone \\uD800 pair \uD83C\uDF0F", LogText.Escape(raw));
    }
}

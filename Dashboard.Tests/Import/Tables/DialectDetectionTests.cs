using System.Text;
using Dashboard.Data.Import.Tables;

namespace Dashboard.Tests.Import.Tables;

/// <summary>The detectors one by one: numbers of a dialect, the decimal separator, the delimiter, Windows-1251 against -1252.</summary>
public sealed class DialectDetectionTests
{
    [Theory]
    [InlineData(',', "1 234,5", 1234.5)]
    [InlineData(',', "1.234.567,25", 1234567.25)]
    [InlineData(',', "1\u00A0234", 1234)]
    [InlineData(',', "1\u202F234,5", 1234.5)]
    [InlineData(',', "-0,5", -0.5)]
    [InlineData('.', "1,234.5", 1234.5)]
    [InlineData('.', "1 234 567", 1234567)]
    [InlineData('.', "2.5E-3", 0.0025)]
    public void TryDouble_GroupedNumbers_ParsedToTheirValue(char decimalSeparator, string text, double expected)
    {
        Assert.True(NumberText.Grouped(decimalSeparator).TryDouble(text, out var value));
        Assert.Equal(expected, value);
    }

    [Theory]
    [InlineData(',', "1.23,5")]
    [InlineData(',', "12 34")]
    [InlineData(',', "1,2,3")]
    [InlineData(',', "0.234")]
    [InlineData('.', "1.234,5")]
    [InlineData(',', "1,")]
    [InlineData(',', "abc")]
    public void TryDouble_BadGroupingOrSeparator_NotANumber(char decimalSeparator, string text) =>
        Assert.False(NumberText.Grouped(decimalSeparator).TryDouble(text, out _));

    [Fact]
    public void TryDouble_InvariantNumbers_NoGroupingAllowed()
    {
        Assert.True(NumberText.Invariant.TryDouble("1234.5", out var value));
        Assert.Equal(1234.5, value);
        Assert.False(NumberText.Invariant.TryDouble("1 234", out _));
        Assert.False(NumberText.Invariant.TryDouble("NaN", out _));
    }

    [Theory]
    [InlineData("12,5", ',')]
    [InlineData("0,125", ',')]
    [InlineData("1.234,5", ',')]
    [InlineData("1,234,567", '.')]
    [InlineData("1.5", '.')]
    [InlineData("1,234.5", '.')]
    [InlineData("1,234", '?')]
    [InlineData("1.234", '?')]
    [InlineData("2019", '\0')]
    [InlineData("01.02.2019", '\0')]
    [InlineData("§2,4 table", '\0')]
    public void Shows_Cell_TheDecimalSeparatorItProves(string cell, char expected) => Assert.Equal(expected, DecimalDetector.Shows(cell));

    [Theory]
    [InlineData("a,b,c\n1,2,3\n4,5,6\n", ',')]
    [InlineData("a;b;c\n1;2,5;3\n4;5,5;6\n", ';')]
    [InlineData("a\tb\tc\n1\t2\t3\n", '\t')]
    [InlineData("a|b|c\n1|2|3\n", '|')]
    [InlineData("indicator,locator\nx,\"§2.1; Zanini 2022\"\ny,\"§2.2; p. 3\"\n", ',')]
    [InlineData("country;value\n\"Korea, Rep.\";1,5\n\"Congo, Dem. Rep.\";2,5\n", ';')]
    [InlineData("just one column\nx\ny\n", ',')]
    public void Detect_Sample_TheDelimiterThatSplitsRecordsEvenly(string sample, char expected) => Assert.Equal(expected, DelimiterSniffer.Detect(sample));

    [Fact]
    public void Decide_CyrillicWestern_AndAmbiguousText()
    {
        var cyrillic = LegacyEncodingGuess.Decide(LegacyEncodingGuess.Cyrillic.GetBytes("страна;год\nКазахстан;2019\n"), out _);
        var western = LegacyEncodingGuess.Decide(LegacyEncodingGuess.Western.GetBytes("pays;année\nCôte d'Ivoire;2019\n"), out _);
        var shared = LegacyEncodingGuess.Decide(LegacyEncodingGuess.Western.GetBytes("a;b\n«x» – y;1\n"), out _);
        var koi8 = LegacyEncodingGuess.Decide(TextEncodingDetector.Resolve("koi8-r")!.GetBytes("Казахстан Кыргызстан Таджикистан"), out var problem);

        Assert.Equal("Windows-1251", cyrillic?.Name);
        Assert.Equal("Windows-1252", western?.Name);
        Assert.Equal("Windows-1252", shared?.Name);
        Assert.Null(koi8);
        Assert.Contains("cannot be told for sure", problem, StringComparison.Ordinal);
    }

    [Fact]
    public void Detect_Utf16WithoutBom_ReadAsUtf16AndSaidSo()
    {
        var errors = new Dashboard.Data.Import.ErrorList();
        var bytes = Encoding.Unicode.GetBytes("Entity,Code,Year,X\nKazakhstan,KAZ,2020,1\n");

        var detected = TextEncodingDetector.Detect(new MemoryStream(bytes), "u.csv", null, errors);

        Assert.Equal("UTF-16 LE", detected?.Name);
        Assert.Equal("no byte-order mark; every other byte is NUL", detected?.Reason);
    }

    [Fact]
    public void Detect_Utf8WithABadByte_ErrorAtTheByteNotAGuess()
    {
        var errors = new Dashboard.Data.Import.ErrorList();
        byte[] bytes = [.. Encoding.UTF8.GetBytes("a,b\nКазахстан,1\nКыргызстан,"), 0xC0, (byte)'\n'];

        var detected = TextEncodingDetector.Detect(new MemoryStream(bytes), "u.csv", null, errors);

        Assert.Null(detected);
        Assert.StartsWith("u.csv line 3: is not valid UTF-8", Assert.Single(errors.Items).ToString(), StringComparison.Ordinal);
    }
}

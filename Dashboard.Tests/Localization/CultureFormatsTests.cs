using Dashboard.Web.Localization;

namespace Dashboard.Tests.Localization;

public sealed class CultureFormatsTests
{
    private static readonly CultureFormats Formats = CultureFormats.Shipped;

    [Theory]
    [InlineData("en", 47.9154, 1, "47.9%")]
    [InlineData("ru", 47.9154, 1, "47,9\u00a0%")]
    [InlineData("tr", 47.9154, 1, "%47,9")]
    [InlineData("ru", 1234.5, 0, "1\u00a0235\u00a0%")]
    public void Percent_Culture_WrittenAsTheCultureWritesIt(string culture, double value, int decimals, string expected) =>
        Assert.Equal(expected, Formats.Percent(culture, value, decimals));

    [Theory]
    [InlineData("en", 1694298488.0, 0, "1,694,298,488")]
    [InlineData("ru", 1694298488.0, 0, "1\u00a0694\u00a0298\u00a0488")]
    [InlineData("tr", 1694298488.0, 0, "1.694.298.488")]
    [InlineData("tr", -3.25, 2, "-3,25")]
    [InlineData("xx", 3.5, 1, "3.5")]
    public void Number_Culture_SymbolsFromCldr(string culture, double value, int decimals, string expected) =>
        Assert.Equal(expected, Formats.Number(culture, value, decimals));

    [Theory]
    [InlineData("en", 11, "Nov")]
    [InlineData("ru", 11, "нояб.")]
    [InlineData("tr", 11, "Kas")]
    [InlineData("tr", 8, "Ağu")]
    public void Month_Culture_AbbreviatedStandAlone(string culture, int month, string expected) =>
        Assert.Equal(expected, Formats.Month(culture, month));

    [Theory]
    [InlineData("ru", "KGZ", "Киргизия")]
    [InlineData("tr", "KGZ", "Kırgızistan")]
    [InlineData("en", "TJK", "Tajikistan")]
    public void Name_CountryCode_FromCldr(string culture, string code, string expected) =>
        Assert.Equal(expected, CountryNames.Shipped.Name(culture, code));

    [Fact]
    public void Name_GroupCode_NullSoTheDataNamesIt() => Assert.Null(CountryNames.Shipped.Name("ru", "CA5"));
}

using Dashboard.Web.Accessibility;

namespace Dashboard.Tests.Accessibility;

public sealed class ValueTextTests
{
    [Theory]
    [InlineData(18, "%", "18 %")]
    [InlineData(1.5, "%", "1.5 %")]
    [InlineData(228, "systems", "228 systems")]
    [InlineData(1, "systems", "1 system")]
    [InlineData(1, "TIV m", "1 TIV m")]
    [InlineData(43.4, "US$ bn", "US$ 43.4 bn")]
    [InlineData(1000, "CNY bn", "CNY 1,000 bn")]
    [InlineData(20.91, "US$ m", "US$ 20.91 m")]
    [InlineData(1234567.125, "US$", "US$ 1,234,567.125")]
    [InlineData(1, "flag", "yes")]
    [InlineData(0, "flag", "no")]
    [InlineData(12.3456789, "", "12.3456789")]
    public void Exact_ValueAndUnit_KeepsEveryDigitAndPlacesTheUnit(double value, string unit, string expected) =>
        Assert.Equal(expected, ValueText.Exact(value, unit));

    [Theory]
    [InlineData(14.4321, "%", "14.43 %")]
    [InlineData(2_345_000_000, "US$", "US$ 2.35 billion")]
    [InlineData(7_250_000, "publications", "7.25 million publications")]
    [InlineData(1234.6, "TIV m", "1,235 TIV m")]
    [InlineData(-3.5, "%", "-3.5 %")]
    public void Brief_ValueAndUnit_RoundsForASentence(double value, string unit, string expected) =>
        Assert.Equal(expected, ValueText.Brief(value, unit));
}

using Dashboard.Data.Model;

namespace Dashboard.Tests.Data;

public sealed class PeriodTests
{
    [Theory]
    [InlineData("2019", PeriodKind.Year, 2019 * 12, 2019 * 12 + 11, "2019")]
    [InlineData("2010-2014", PeriodKind.Range, 2010 * 12, 2014 * 12 + 11, "2010–2014")]
    [InlineData("2019-11", PeriodKind.Month, 2019 * 12 + 10, 2019 * 12 + 10, "Nov 2019")]
    [InlineData("1993-06", PeriodKind.Month, 1993 * 12 + 5, 1993 * 12 + 5, "Jun 1993")]
    public void TryParse_ValidText_GivesKindRangeAndLabel(string text, PeriodKind kind, int start, int end, string label)
    {
        Assert.True(Period.TryParse(text, out var p, out _));
        Assert.Equal(kind, p.Kind);
        Assert.Equal(start, p.Start);
        Assert.Equal(end, p.End);
        Assert.Equal(label, p.Label);
    }

    [Theory]
    [InlineData("", "is not a period")]
    [InlineData("19", "is not a period")]
    [InlineData("2019-13", "not a valid month")]
    [InlineData("2019-00", "not a valid month")]
    [InlineData("2014-2010", "first year must be before the last")]
    [InlineData("2010–2014", "is not a period")]
    [InlineData("Nov 2019", "is not a period")]
    [InlineData("2019/11", "is not a period")]
    [InlineData("0999", "is not a period")]
    public void TryParse_InvalidText_ExplainsWhy(string text, string expected)
    {
        Assert.False(Period.TryParse(text, out _, out var error));
        Assert.Contains(expected, error, StringComparison.Ordinal);
    }

    [Fact]
    public void MidYear_Range_IsMiddleOfYears()
    {
        Assert.Equal(2012.0, Period.Parse("2010-2014").MidYear);
        Assert.Equal(2019 + 10.5 / 12, Period.Parse("2019-11").MidYear, 6);
    }
}

using Dashboard.Web.Text;

namespace Dashboard.Tests.Text;

public sealed class EventDateTests
{
    [Theory]
    [InlineData("2019-10-10", "day", "10 Oct 2019")]
    [InlineData("2009-06", "month", "Jun 2009")]
    [InlineData("2019", "year", "2019")]
    [InlineData("2019-02-30", "day", "2019-02-30")]
    public void Label_DateAndPrecision_IsAsPreciseAsTheSource(string date, string precision, string expected) =>
        Assert.Equal(expected, EventDate.Label(date, precision));
}

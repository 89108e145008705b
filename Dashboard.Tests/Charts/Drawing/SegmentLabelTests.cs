using Dashboard.Web.Charts.Drawing;

namespace Dashboard.Tests.Charts.Drawing;

public sealed class SegmentLabelTests
{
    [Theory]
    [InlineData(83.53, "84")]
    [InlineData(17.05, "17")]
    [InlineData(9.5, "10")]
    [InlineData(6.585, "6.6")]
    [InlineData(1.6, "1.6")]
    public void Text_Share_RoundedWithoutUnit(double value, string expected) => Assert.Equal(expected, SegmentLabel.Text(value, ""));

    [Fact]
    public void Text_PercentUnit_AppendsSign() => Assert.Equal("17%", SegmentLabel.Text(17.05, "%"));

    [Theory]
    [InlineData(4.99, 60, 60, false)] // too small a share, however much room
    [InlineData(5, 60, 60, true)]
    [InlineData(50, 20, 60, false)] // bar narrower than the text
    [InlineData(50, 60, 15, false)] // segment lower than the text
    [InlineData(50, 29.7f, 19.7f, true)] // just text plus padding (14 px text, 24 px wide, 2.8 px padding)
    [InlineData(50, 29.5f, 19.7f, false)]
    public void Fits_ShareAndRoom_OnlyMeaningfulSharesThatFit(double share, float width, float height, bool expected) =>
        Assert.Equal(expected, SegmentLabel.Fits(share, width, height, textWidth: 24, textHeight: 14));

    [Fact]
    public void Choose_TooNarrow_Null() =>
        Assert.Null(SegmentLabel.Choose(61.3, 61.3, segmentWidth: 10, segmentHeight: 200, textHeight: 14, measure: t => t.Length * 9f));

    [Fact]
    public void Choose_Fits_RoundedValue() =>
        Assert.Equal("61", SegmentLabel.Choose(61.3, 61.3, segmentWidth: 40, segmentHeight: 200, textHeight: 14, measure: t => t.Length * 9f));
}

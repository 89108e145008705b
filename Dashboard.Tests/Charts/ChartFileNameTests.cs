using Dashboard.Web.Charts;
using Dashboard.Web.Charts.Files;

namespace Dashboard.Tests.Charts;

public sealed class ChartFileNameTests
{
    [Fact]
    public void Stem_TwoCountriesAndSpan_SaysWhatTheFileIs()
    {
        var stem = ChartFileName.Stem(["China", "Russia"], "top500-systems", 1993, 2026);

        Assert.Equal("china-russia-top500-systems-1993-2026", stem);
        Assert.Equal("china-russia-top500-systems-1993-2026-1920x1080.png", ChartFileName.Image(stem, 1920, 1080, "png"));
    }

    [Fact]
    public void Stem_OneYear_WritesTheYearOnce()
    {
        Assert.Equal("kyrgyzstan-public-debt-share-china-2020", ChartFileName.Stem(["Kyrgyzstan"], "public-debt-share-china", 2020, 2020));
    }

    [Fact]
    public void Stem_ManyEntities_CountsThem()
    {
        var stem = ChartFileName.Stem(["Kazakhstan", "Kyrgyzstan", "Tajikistan", "Turkmenistan", "Uzbekistan"], "ai-publications", 2000, 2023);

        Assert.Equal("5-entities-ai-publications-2000-2023", stem);
    }

    [Fact]
    public void Stem_NoDates_LeavesThePeriodOut()
    {
        Assert.Equal("safe-city-projects", ChartFileName.Stem([], "safe-city-projects", null, null));
    }

    [Theory]
    [InlineData("Central Asia (5 states)", "central-asia-5-states")]
    [InlineData("Türkiye", "turkiye")]
    [InlineData("Fırat & Küçüksolak", "firat-kucuksolak")]
    [InlineData("../../etc/passwd", "etc-passwd")]
    [InlineData("Korea, South", "korea-south")]
    [InlineData("  --  ", "")]
    public void Slug_AnyText_LowerCaseAsciiWithSingleHyphens(string text, string expected)
    {
        Assert.Equal(expected, ChartFileName.Slug(text));
    }
}

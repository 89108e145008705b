using Dashboard.Web.Export;

namespace Dashboard.Tests.Export;

public sealed class ExportFileNameTests
{
    [Fact]
    public void Stem_TwoCountriesAndSpan_SaysWhatTheFileIs()
    {
        var stem = ExportFileName.Stem(["China", "Russia"], "top500-systems", 1993, 2026);

        Assert.Equal("china-russia-top500-systems-1993-2026", stem);
        Assert.Equal("china-russia-top500-systems-1993-2026-1920x1080.png", ExportFileName.Image(stem, 1920, 1080, "png"));
    }

    [Fact]
    public void Stem_OneYear_WritesTheYearOnce()
    {
        Assert.Equal("kyrgyzstan-public-debt-share-china-2020", ExportFileName.Stem(["Kyrgyzstan"], "public-debt-share-china", 2020, 2020));
    }

    [Fact]
    public void Stem_ManyEntities_CountsThem()
    {
        var stem = ExportFileName.Stem(["Kazakhstan", "Kyrgyzstan", "Tajikistan", "Turkmenistan", "Uzbekistan"], "ai-publications", 2000, 2023);

        Assert.Equal("5-entities-ai-publications-2000-2023", stem);
    }

    [Fact]
    public void Stem_NoDates_LeavesThePeriodOut()
    {
        Assert.Equal("safe-city-projects", ExportFileName.Stem([], "safe-city-projects", null, null));
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
        Assert.Equal(expected, ExportFileName.Slug(text));
    }
}

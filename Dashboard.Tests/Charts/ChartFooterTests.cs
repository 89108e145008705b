using Dashboard.Web.Charts.Model;

namespace Dashboard.Tests.Charts;

public sealed class ChartFooterTests
{
    [Theory]
    [InlineData("A", null, "GeoAI Dashboard", "Source: A · GeoAI Dashboard")]
    [InlineData("A", "Boundaries: Natural Earth", "GeoAI Dashboard", "Source: A · Boundaries: Natural Earth · GeoAI Dashboard")]
    [InlineData("", "Boundaries: Natural Earth", "", "Boundaries: Natural Earth")]
    [InlineData("A", "Boundaries: Natural Earth", "", "Source: A · Boundaries: Natural Earth")]
    [InlineData("", null, "", "")]
    public void Text_Parts_CreditBeforeTheSiteAndEmptyPartsLeftOut(string citations, string? credit, string site, string expected)
    {
        var footer = new ChartFooter { Citations = citations, Credit = credit, Site = site };

        Assert.Equal(expected, footer.Text);
        Assert.Equal(expected.Length == 0, footer.IsEmpty);
    }
}

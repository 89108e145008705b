using Dashboard.Data.Model;
using Dashboard.Web.Accessibility;

namespace Dashboard.Tests.Accessibility;

public sealed class SourceLabelTests
{
    [Theory]
    [InlineData("Kalkan Küçüksolak, Ö. & Fırat, T. (2023). The Geopolitics of AI.", "Kalkan Küçüksolak & Fırat 2023")]
    [InlineData("Zanini, A. (2022). China's New Military Posture in Central Asia.", "Zanini 2022")]
    [InlineData("Hoagland, R., Wolkov, N., & Karibayeva, A. (2020). China's Growing Influence.", "Hoagland et al. 2020")]
    [InlineData("Al Jazeera. (2023). As Alibaba Unveils ChatGPT Rival.", "Al Jazeera 2023")]
    [InlineData("Stanford University Human Centered Artificial Intelligence. (2021). AI Index.", "Stanford University Human Centered Artificial Intelligence 2021")]
    public void AuthorYear_Citation_GivesAuthorsAndYear(string citation, string expected) =>
        Assert.Equal(expected, SourceLabel.AuthorYear(new Source { Id = "s", Citation = citation }));

    [Fact]
    public void AuthorYear_NoAuthorYear_FallsBackToPublisherThenFirstSentence()
    {
        Assert.Equal("TOP500.org", SourceLabel.AuthorYear(new Source { Id = "t", Citation = "TOP500.org (Strohmaier, E.). TOP500 lists.", Publisher = "TOP500.org" }));
        Assert.Equal("World Bank", SourceLabel.AuthorYear(new Source { Id = "w", Citation = "World Bank. World Development Indicators." }));
        Assert.Equal("SIPRI", SourceLabel.AuthorYear(new Source { Id = "s", Citation = "Stockholm International Peace Research Institute (SIPRI). SIPRI Arms Transfers Database.", Publisher = "Stockholm International Peace Research Institute" }));
    }

    [Theory]
    [InlineData("§2.1 Military Dynamics; Zanini 2022, p. 2", "Zanini 2022")]
    [InlineData("§2.3 Political Dynamics, footnote 3; Al Jazeera 2023; Bastian 2023", "Al Jazeera 2023; Bastian 2023")]
    [InlineData("§3.1 Military Dynamics", null)]
    [InlineData("table 3", null)]
    [InlineData("trade-register.csv: Recipient in Kazakhstan; all suppliers; five-year windows", null)]
    public void CitedIn_Locator_GivesTheSourceItCites(string locator, string? expected) =>
        Assert.Equal(expected, SourceLabel.CitedIn(locator));

    [Fact]
    public void IsCitedIn_LocatorNamingTheSource_IsTrueOnlyForThatSource()
    {
        var zanini = new Source { Id = "z", Citation = "Zanini, A. (2022). China's New Military Posture." };
        var decree = new Source { Id = "d", Citation = "Указ Президента Российской Федерации от 10.10.2019 г. № 490, (2019) (testimony)." };

        Assert.True(SourceLabel.IsCitedIn(zanini, "§2.1 Military Dynamics; Zanini 2022, p. 2"));
        Assert.False(SourceLabel.IsCitedIn(zanini, "§3.1 Military Dynamics; Zardykhan 2022"));
        Assert.False(SourceLabel.IsCitedIn(zanini, "Zanini 2022"));
        Assert.True(SourceLabel.IsCitedIn(decree, "§3.3 Political Dynamics; Указ Президента Российской Федерации от 10.10.2019 г. № 490"));
    }
}

using Dashboard.Web.Text;

namespace Dashboard.Tests.Text;

public sealed class SourceCitationTests
{
    [Theory]
    [InlineData("Kalkan Küçüksolak, Ö. & Fırat, T. (2023). The Geopolitics of AI.", "Kalkan Küçüksolak & Fırat (2023)")]
    [InlineData("Zanini, A. (2022). China's New Military Posture in Central Asia.", "Zanini (2022)")]
    [InlineData("Hoagland, R., Wolkov, N., & Karibayeva, A. (2020). China's Growing Influence.", "Hoagland et al. (2020)")]
    [InlineData("Roberts, H., Cows, J., Morley, J., Taddeo, M., Wang, V., & Luciano Floridi. (2021). The Chinese approach to AI.", "Roberts et al. (2021)")]
    [InlineData("Al Jazeera. (2023). As Alibaba Unveils ChatGPT Rival.", "Al Jazeera (2023)")]
    [InlineData("Stockholm International Peace Research Institute (SIPRI). SIPRI Arms Transfers Database.", "SIPRI")]
    [InlineData("TOP500.org (Strohmaier, E., Dongarra, J., Simon, H. & Meuer, M.). TOP500 Supercomputer Sites.", "TOP500.org")]
    [InlineData("ONE Campaign. Share of long-term public external debt stock owed to China.", "ONE Campaign")]
    [InlineData("World Bank. World Development Indicators.", "World Bank")]
    [InlineData("Указ Президента Российской Федерации от 10.10.2019 г. № 490, (2019)", "Указ Президента Российской Федерации от 10.10.2019 г. № 490 (2019)")]
    public void Footer_Citation_ShortFormWithYearInBrackets(string citation, string expected) =>
        Assert.Equal(expected, SourceCitation.Footer(citation));

    [Theory]
    [InlineData("Kalkan Küçüksolak, Ö. & Fırat, T. (2023). The Geopolitics of AI.", "Kalkan Küçüksolak & Fırat 2023")]
    [InlineData("Hoagland, R., Wolkov, N., & Karibayeva, A. (2020). China's Growing Influence.", "Hoagland et al. 2020")]
    [InlineData("Stanford University Human Centered Artificial Intelligence. (2021). AI Index.", "Stanford University Human Centered Artificial Intelligence 2021")]
    [InlineData("Stockholm International Peace Research Institute (SIPRI). SIPRI Arms Transfers Database.", "SIPRI")]
    [InlineData("TOP500.org (Strohmaier, E.). TOP500 lists.", "TOP500.org")]
    public void AuthorYear_Citation_SameReadingWithoutBrackets(string citation, string expected) =>
        Assert.Equal(expected, SourceCitation.AuthorYear(citation));

    [Theory]
    [InlineData("§2.1 Military Dynamics; Zanini 2022, p. 2", false, "Zanini 2022")]
    [InlineData("§2.1 Military Dynamics; Zanini 2022, p. 2", true, "Zanini 2022, p. 2")]
    [InlineData("§2.3 Political Dynamics, footnote 3; Al Jazeera 2023; Bastian 2023", false, "Al Jazeera 2023; Bastian 2023")]
    [InlineData("§3.1 Military Dynamics", false, null)]
    [InlineData("table 3", false, null)]
    [InlineData("trade-register.csv: Recipient in Kazakhstan; all suppliers; five-year windows", true, null)]
    public void CitedIn_Locator_GivesTheSourceItCites(string locator, bool keepPages, string? expected) =>
        Assert.Equal(expected, SourceCitation.CitedIn(locator, keepPages));

    [Fact]
    public void IsCitedIn_LocatorNamingTheSource_IsTrueOnlyForThatSource()
    {
        const string zanini = "Zanini, A. (2022). China's New Military Posture.";
        const string decree = "Указ Президента Российской Федерации от 10.10.2019 г. № 490, (2019) (testimony).";

        Assert.True(SourceCitation.IsCitedIn(zanini, "§2.1 Military Dynamics; Zanini 2022, p. 2"));
        Assert.False(SourceCitation.IsCitedIn(zanini, "§3.1 Military Dynamics; Zardykhan 2022"));
        Assert.False(SourceCitation.IsCitedIn(zanini, "Zanini 2022"));
        Assert.True(SourceCitation.IsCitedIn(decree, "§3.3 Political Dynamics; Указ Президента Российской Федерации от 10.10.2019 г. № 490"));
    }
}

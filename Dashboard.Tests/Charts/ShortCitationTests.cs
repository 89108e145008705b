using Dashboard.Web.Charts;

namespace Dashboard.Tests.Charts;

public sealed class ShortCitationTests
{
    [Theory]
    [InlineData("Kalkan Küçüksolak, Ö. & Fırat, T. (2023). The Geopolitics of AI.", "Kalkan Küçüksolak & Fırat (2023)")]
    [InlineData("Zanini, A. (2022). China's New Military Posture in Central Asia.", "Zanini (2022)")]
    [InlineData("Hoagland, R., Wolkov, N., & Karibayeva, A. (2020). China's Growing Influence.", "Hoagland et al. (2020)")]
    [InlineData("Al Jazeera. (2023). As Alibaba Unveils ChatGPT Rival.", "Al Jazeera (2023)")]
    [InlineData("Stockholm International Peace Research Institute (SIPRI). SIPRI Arms Transfers Database.", "SIPRI")]
    [InlineData("TOP500.org (Strohmaier, E., Dongarra, J., Simon, H. & Meuer, M.). TOP500 Supercomputer Sites.", "TOP500.org")]
    [InlineData("ONE Campaign. Share of long-term public external debt stock owed to China.", "ONE Campaign")]
    [InlineData("Указ Президента Российской Федерации от 10.10.2019 г. № 490, (2019)", "Указ Президента Российской Федерации от 10.10.2019 г")]
    public void From_Citation_Short(string citation, string expected)
    {
        Assert.Equal(expected, ShortCitation.From(citation));
    }
}

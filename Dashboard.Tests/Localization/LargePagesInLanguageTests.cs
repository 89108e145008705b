using System.Net;
using Dashboard.Tests.Support;

namespace Dashboard.Tests.Localization;

/// <summary>The paged and capped table of a large indicator in Russian and Turkish: its notice, caption, pager and page links.</summary>
public sealed class LargePagesInLanguageTests(LargeDataApp app) : IClassFixture<LargeDataApp>
{
    private const string Id = LargeIndicatorData.IndicatorId;

    [Theory]
    [InlineData("ru", "2 880 из 7 200 наблюдений", "строки 1–500 (всего наблюдений: 2 880)", "Страница 1 из 6")]
    [InlineData("tr", "7.200 gözlemden 2.880 tanesini", "2.880 gözlemden 1–500. satırlar", "Sayfa 1 / 6")]
    public async Task IndicatorPage_LargeIndicator_NoticeCaptionAndPagerInTheLanguage(string culture, string notice, string caption, string pager)
    {
        var (response, page) = await app.Factory.GetPageAsync($"/{culture}/indicators/{Id}", app.CreateClient());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains(notice, Normalized(page.QuerySelector("#capped")!.TextContent), StringComparison.Ordinal);
        Assert.Contains(caption, Normalized(page.QuerySelector("#data caption")!.TextContent), StringComparison.Ordinal);
        Assert.Contains(pager, page.QuerySelector("nav.pager")!.TextContent, StringComparison.Ordinal);
        Assert.Equal($"/{culture}/indicators/{Id}?page=2#data", page.QuerySelector("nav.pager a[rel=next]")!.GetAttribute("href"));
    }

    [Fact]
    public async Task IndicatorPage_NoSuchTablePage_SaysSoInRussian()
    {
        var (response, page) = await app.Factory.GetPageAsync($"/ru/indicators/{Id}?page=9", app.CreateClient());

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("page: строки занимают только 6 стр.; страницы 9 нет.", page.QuerySelector(".error-box")!.TextContent, StringComparison.Ordinal);
    }

    // Russian groups thousands with a no-break space (CLDR); compare with plain spaces.
    private static string Normalized(string text) => text.Replace('\u00A0', ' ').Replace('\u202F', ' ');
}

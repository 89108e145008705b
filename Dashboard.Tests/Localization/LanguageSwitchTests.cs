using System.Net;
using Dashboard.Tests.Support;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Dashboard.Tests.Localization;

/// <summary>The language switch, the redirect of English pages for readers of another language, and admin pages staying wholly English.</summary>
public sealed class LanguageSwitchTests(ShippedDataFactory factory) : IClassFixture<ShippedDataFactory>
{
    private HttpClient Client() => factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = false });

    [Fact]
    public async Task Switch_ToTurkishFromCompare_SetsTheCookieAndGoesToTheTurkishPage()
    {
        var response = await Client().GetAsync(new Uri("/culture/tr?return=/compare", UriKind.Relative));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/tr/compare", response.Headers.Location!.OriginalString);
        var cookie = Assert.Single(response.Headers.GetValues("Set-Cookie"));
        Assert.StartsWith(".AspNetCore.Culture=c%3Dtr%7Cuic%3Dtr", cookie, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Switch_FromARussianPageToEnglish_GoesToTheUnprefixedPage()
    {
        var response = await Client().GetAsync(new Uri("/culture/en?return=" + Uri.EscapeDataString("/ru/compare?indicator=top500-systems"), UriKind.Relative));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/compare?indicator=top500-systems", response.Headers.Location!.OriginalString);
    }

    [Theory]
    [InlineData("//evil.example")]
    [InlineData("//evil.example/compare")]
    [InlineData("/\\evil.example")]
    [InlineData("https://evil.example/")]
    [InlineData("evil.example")]
    [InlineData("")]
    public async Task Switch_ReturnLeavingTheSite_GoesHome(string hostile)
    {
        var response = await Client().GetAsync(new Uri("/culture/ru?return=" + Uri.EscapeDataString(hostile), UriKind.Relative));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/ru/", response.Headers.Location!.OriginalString);
    }

    [Fact]
    public async Task Switch_UnknownCulture_Is404()
    {
        var response = await Client().GetAsync(new Uri("/culture/xx?return=/compare", UriKind.Relative));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.False(response.Headers.Contains("Set-Cookie"));
    }

    [Theory]
    [InlineData("ru", "/compare?indicator=top500-systems", "/ru/compare?indicator=top500-systems")]
    [InlineData("tr-TR,tr;q=0.9,en;q=0.5", "/timeline", "/tr/timeline")]
    public async Task EnglishPage_ReaderOfAnotherLanguage_IsRedirectedAndTheAnswerVaries(string acceptLanguage, string path, string expected)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.Add("Accept-Language", acceptLanguage);

        var response = await Client().SendAsync(request);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(expected, response.Headers.Location!.OriginalString);
        var vary = string.Join(",", response.Headers.Vary);
        Assert.Contains("Cookie", vary, StringComparison.Ordinal);
        Assert.Contains("Accept-Language", vary, StringComparison.Ordinal);
    }

    [Fact]
    public async Task EnglishPage_EnglishReader_IsServedAndVaries()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/compare");
        request.Headers.Add("Accept-Language", "en-GB,en;q=0.9");

        var response = await Client().SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Accept-Language", string.Join(",", response.Headers.Vary), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/admin/signin", false)]
    [InlineData("/admin", true)]
    public async Task AdminPage_ReaderWithRussianCookie_IsWhollyEnglish(string path, bool signedIn)
    {
        using var admin = new AdminAppFactory();
        using var session = new AdminSession(admin);
        if (signedIn)
        {
            await session.SignInAsync();
        }

        session.Client.DefaultRequestHeaders.Add("Cookie", ".AspNetCore.Culture=c%3Dru%7Cuic%3Dru");
        session.Client.DefaultRequestHeaders.Add("Accept-Language", "ru");
        var response = await session.Client.GetAsync(new Uri(path, UriKind.Relative));
        var doc = await HtmlPages.ParseAsync(await response.Content.ReadAsStringAsync());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("en", doc.DocumentElement.GetAttribute("lang"));
        Assert.Equal("Overview", doc.QuerySelector("header nav a")!.TextContent);
        Assert.Null(doc.QuerySelector("nav.languages"));
        Assert.DoesNotMatch(@"\p{IsCyrillic}", doc.DocumentElement.OuterHtml);
    }

    [Fact]
    public async Task Admin_UnderALanguagePrefix_IsNotAPage()
    {
        var response = await Client().GetAsync(new Uri("/ru/admin/signin", UriKind.Relative));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }
}

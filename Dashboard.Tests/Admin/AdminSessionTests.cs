using System.Net;
using Dashboard.Tests.Support;
using Dashboard.Web.Admin;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Dashboard.Tests.Admin;

public sealed class AdminSessionTests
{
    [Fact]
    public async Task SignOut_CopiedCookie_NoLongerGrantsAccess()
    {
        using var factory = new AdminAppFactory();
        using var session = new AdminSession(factory);
        var cookie = (await session.SignInCookieAsync()).Split(';')[0];
        Assert.Equal(HttpStatusCode.OK, (await WithCookieAsync(factory, cookie)).StatusCode);

        var form = await session.FormTokenAsync("/admin");
        var signOut = await session.Client.PostAsync("/admin?handler=SignOut", new FormUrlEncodedContent(new Dictionary<string, string> { ["__RequestVerificationToken"] = form }));

        Assert.Equal(HttpStatusCode.Redirect, signOut.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await session.Client.GetAsync("/admin")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await WithCookieAsync(factory, cookie)).StatusCode);
    }

    [Fact]
    public async Task SignOut_OneBrowser_OtherSessionStaysSignedIn()
    {
        using var factory = new AdminAppFactory();
        using var first = new AdminSession(factory);
        using var second = new AdminSession(factory);
        await first.SignInAsync();
        var other = (await second.SignInCookieAsync()).Split(';')[0];

        var form = await first.FormTokenAsync("/admin");
        await first.Client.PostAsync("/admin?handler=SignOut", new FormUrlEncodedContent(new Dictionary<string, string> { ["__RequestVerificationToken"] = form }));

        Assert.Equal(HttpStatusCode.Unauthorized, (await first.Client.GetAsync("/admin")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await WithCookieAsync(factory, other)).StatusCode);
    }

    [Fact]
    public async Task Cookie_AfterRestart_NoLongerGrantsAccess()
    {
        string cookie;
        using (var before = new AdminAppFactory())
        using (var session = new AdminSession(before))
        {
            cookie = (await session.SignInCookieAsync()).Split(';')[0];
            Assert.Equal(HttpStatusCode.OK, (await WithCookieAsync(before, cookie)).StatusCode);
        }

        // Sessions live in the server's memory: a restart (same token, same data-protection keys) signs everyone out.
        using var after = new AdminAppFactory();

        Assert.Equal(HttpStatusCode.Unauthorized, (await WithCookieAsync(after, cookie)).StatusCode);
    }

    /// <summary>GET /admin from a fresh client that sends only the given cookie (as someone who copied it would).</summary>
    public static async Task<HttpResponseMessage> WithCookieAsync(AdminAppFactory factory, string cookie)
    {
        using var client = factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = false });
        var request = new HttpRequestMessage(HttpMethod.Get, "/admin");
        request.Headers.Add("Cookie", cookie);
        return await client.SendAsync(request);
    }
}

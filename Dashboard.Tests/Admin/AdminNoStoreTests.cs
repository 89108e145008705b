using System.Net;
using System.Net.Http.Headers;
using System.Text;
using Dashboard.Tests.Support;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Dashboard.Tests.Admin;

/// <summary>Admin answers hold dataset reports and session state: no browser or proxy may keep a copy.</summary>
public sealed class AdminNoStoreTests
{
    [Theory]
    [InlineData("GET", "/admin", null, HttpStatusCode.Unauthorized)]
    [InlineData("GET", "/admin", AdminAppFactory.Token, HttpStatusCode.OK)]
    [InlineData("GET", "/Admin/", AdminAppFactory.Token, HttpStatusCode.OK)]
    [InlineData("GET", "/admin/signin", null, HttpStatusCode.OK)]
    [InlineData("GET", "/admin/upload", AdminAppFactory.Token, HttpStatusCode.OK)]
    [InlineData("GET", "/admin/upload", "wrong-token-0123456789-abc", HttpStatusCode.Unauthorized)]
    [InlineData("POST", "/admin/upload", AdminAppFactory.Token, HttpStatusCode.BadRequest)]
    [InlineData("GET", "/admin/uploads/nope", AdminAppFactory.Token, HttpStatusCode.NotFound)]
    [InlineData("GET", "/admin/uploads/nope/status", AdminAppFactory.Token, HttpStatusCode.NotFound)]
    [InlineData("GET", "/admin/no-such-page", AdminAppFactory.Token, HttpStatusCode.NotFound)]
    public async Task AdminResponse_AnyStatus_IsNoStore(string method, string url, string? token, HttpStatusCode expected)
    {
        using var factory = new AdminAppFactory();
        using var client = factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        var request = new HttpRequestMessage(new HttpMethod(method), url) { Content = method == "POST" ? new StringContent("x") : null };
        if (token is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }

        var response = await client.SendAsync(request);

        Assert.Equal(expected, response.StatusCode);
        AssertNoStore(response);
    }

    [Theory]
    [InlineData("GET", "/admin", HttpStatusCode.OK)]
    [InlineData("GET", "/admin/upload", HttpStatusCode.NotFound)]
    [InlineData("POST", "/admin/signin", HttpStatusCode.NotFound)]
    public async Task AdminResponse_AdminOff_IsNoStore(string method, string url, HttpStatusCode expected)
    {
        using var factory = new AdminAppFactory(token: null);
        using var client = factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

        var response = await client.SendAsync(new HttpRequestMessage(new HttpMethod(method), url) { Content = method == "POST" ? new StringContent("x") : null });

        Assert.Equal(expected, response.StatusCode);
        AssertNoStore(response);
    }

    [Fact]
    public async Task UploadFlow_SignInRedirectReportAndStatus_AreNoStore()
    {
        using var factory = new AdminAppFactory();
        using var session = new AdminSession(factory);
        var signIn = await session.PostSignInAsync(AdminAppFactory.Token);
        Assert.Equal(HttpStatusCode.Redirect, signIn.StatusCode);
        AssertNoStore(signIn);

        var upload = await session.UploadAsync("ai-papers.csv", Encoding.UTF8.GetBytes("Entity,Code,Year,AI papers per million people\nKazakhstan,KAZ,2020,12\n"));
        Assert.Equal(HttpStatusCode.Redirect, upload.StatusCode);
        AssertNoStore(upload);
        var report = upload.Headers.Location!.OriginalString;
        var status = await session.Client.GetAsync(report + "/status");
        Assert.Equal(HttpStatusCode.OK, status.StatusCode);
        AssertNoStore(status);
        var page = await session.Client.GetAsync(report);
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        AssertNoStore(page);
    }

    [Fact]
    public async Task Upload_TooLarge413_IsNoStore()
    {
        using var factory = new AdminAppFactory(maxUploadBytes: 1024);
        using var session = new AdminSession(factory);
        await session.SignInAsync();

        var response = await session.UploadAsync("big.csv", new byte[4096]);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        AssertNoStore(response);
    }

    [Fact]
    public async Task SignIn_Throttled429_IsNoStore()
    {
        using var factory = new AdminAppFactory(settings: new Dictionary<string, string?> { ["Admin:Throttle:FreeFailures"] = "1", ["Admin:Throttle:FirstLockoutSeconds"] = "120" });
        using var client = factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", "wrong-token-0123456789-abc");

        var first = await client.GetAsync("/admin");
        var second = await client.GetAsync("/admin");

        Assert.Equal(HttpStatusCode.Unauthorized, first.StatusCode);
        Assert.Equal(HttpStatusCode.TooManyRequests, second.StatusCode);
        AssertNoStore(first);
        AssertNoStore(second);
    }

    private static void AssertNoStore(HttpResponseMessage response)
    {
        var cacheControl = response.Headers.CacheControl;
        Assert.True(cacheControl is { NoStore: true }, $"{response.RequestMessage?.RequestUri} ({(int)response.StatusCode}): Cache-Control is '{cacheControl}'");
    }
}

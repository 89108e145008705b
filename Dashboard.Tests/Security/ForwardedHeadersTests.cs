using System.Net;
using System.Net.Http.Headers;
using Dashboard.Tests.Support;
using Dashboard.Web.Admin;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Dashboard.Tests.Security;

/// <summary>X-Forwarded-For / -Proto count only when the connection comes from a configured proxy.</summary>
public sealed class ForwardedHeadersTests
{
    private const string Proxy = "10.0.0.5";

    private static Dictionary<string, string?> Settings(params (string Key, string Value)[] extra)
    {
        var settings = new Dictionary<string, string?> { ["Admin:Throttle:FirstLockoutSeconds"] = "120" };
        foreach (var (key, value) in extra)
        {
            settings[key] = value;
        }

        return settings;
    }

    [Fact]
    public async Task SignIn_BehindConfiguredTlsProxy_CookieIsSecure()
    {
        using var factory = new AdminAppFactory(settings: Settings(("Proxy:KnownProxies:0", Proxy)));

        var cookie = await SignInCookieAsync(factory, from: Proxy, forwardedProto: "https");

        Assert.Contains("secure", cookie, StringComparison.OrdinalIgnoreCase);
    }

    [Theory]
    [InlineData("203.0.113.9")]
    [InlineData("127.0.0.1")] // unlike ASP.NET's default, loopback is not trusted unless configured
    public async Task SignIn_ForwardedProtoFromUnconfiguredAddress_CookieNotSecure(string from)
    {
        using var factory = new AdminAppFactory(settings: Settings(("Proxy:KnownProxies:0", Proxy)));

        var cookie = await SignInCookieAsync(factory, from, forwardedProto: "https");

        Assert.DoesNotContain("secure", cookie, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task RateLimit_BehindConfiguredProxy_EachRealClientHasItsOwnBudget()
    {
        using var factory = new AdminAppFactory(apiPermits: 2, settings: Settings(("Proxy:KnownProxies:0", Proxy)));
        using var client = factory.CreateClient();

        var first = await ApiStatusesAsync(client, from: Proxy, forwardedFor: "198.51.100.7", count: 3);
        var second = await ApiStatusesAsync(client, from: Proxy, forwardedFor: "198.51.100.8", count: 1);

        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.TooManyRequests], first);
        Assert.Equal([HttpStatusCode.OK], second);
    }

    [Fact]
    public async Task RateLimit_KnownNetwork_AddressInsideIsTrusted()
    {
        using var factory = new AdminAppFactory(apiPermits: 1, settings: Settings(("Proxy:KnownNetworks:0", "10.0.0.0/8")));
        using var client = factory.CreateClient();

        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.TooManyRequests], await ApiStatusesAsync(client, from: "10.20.30.40", forwardedFor: "198.51.100.7", count: 2));
        Assert.Equal([HttpStatusCode.OK], await ApiStatusesAsync(client, from: "10.20.30.40", forwardedFor: "198.51.100.8", count: 1));
    }

    [Theory]
    [InlineData("203.0.113.9")]
    [InlineData("127.0.0.1")]
    public async Task RateLimit_SpoofedForwardedForFromUnconfiguredAddress_SharesTheSendersBudget(string from)
    {
        using var factory = new AdminAppFactory(apiPermits: 2);
        using var client = factory.CreateClient();

        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 3; i++)
        {
            statuses.AddRange(await ApiStatusesAsync(client, from, forwardedFor: "198.51.100." + i, count: 1));
        }

        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.TooManyRequests], statuses);
    }

    [Fact]
    public async Task Throttle_BehindConfiguredProxy_CountsTheRealClient()
    {
        using var factory = new AdminAppFactory(settings: Settings(("Proxy:KnownProxies:0", Proxy)));
        using var client = factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        for (var i = 0; i < 5; i++)
        {
            Assert.Equal(HttpStatusCode.Unauthorized, (await AdminAsync(client, "wrong-token-0123456789-abc", forwardedFor: "198.51.100.7")).StatusCode);
        }

        Assert.Equal(HttpStatusCode.TooManyRequests, (await AdminAsync(client, AdminAppFactory.Token, forwardedFor: "198.51.100.7")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await AdminAsync(client, AdminAppFactory.Token, forwardedFor: "198.51.100.8")).StatusCode);
    }

    [Theory]
    [InlineData("Proxy:KnownProxies:0", "proxy.internal", "Proxy:KnownProxies")]
    [InlineData("Proxy:KnownNetworks:0", "10.0.0.0/33", "Proxy:KnownNetworks")]
    [InlineData("Proxy:KnownNetworks:0", "10.0.0.1", "Proxy:KnownNetworks")]
    public void Start_InvalidProxyEntry_Refuses(string key, string value, string named)
    {
        using var factory = new AdminAppFactory(settings: Settings((key, value)));

        var ex = Assert.ThrowsAny<Exception>(() => factory.CreateClient());

        Assert.Contains(named, ex.ToString(), StringComparison.Ordinal);
        Assert.Contains(value, ex.ToString(), StringComparison.Ordinal);
    }

    private static async Task<string> SignInCookieAsync(AdminAppFactory factory, string from, string forwardedProto)
    {
        using var session = new AdminSession(factory);
        session.Client.DefaultRequestHeaders.Add(TestRemoteAddress.Header, from);
        session.Client.DefaultRequestHeaders.Add("X-Forwarded-For", "198.51.100.7");
        session.Client.DefaultRequestHeaders.Add("X-Forwarded-Proto", forwardedProto);
        return await session.SignInCookieAsync();
    }

    private static async Task<List<HttpStatusCode>> ApiStatusesAsync(HttpClient client, string from, string forwardedFor, int count)
    {
        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < count; i++)
        {
            var request = new HttpRequestMessage(HttpMethod.Get, "/api/sources");
            request.Headers.Add(TestRemoteAddress.Header, from);
            request.Headers.Add("X-Forwarded-For", forwardedFor);
            statuses.Add((await client.SendAsync(request)).StatusCode);
        }

        return statuses;
    }

    private static Task<HttpResponseMessage> AdminAsync(HttpClient client, string token, string forwardedFor)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, "/admin");
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        request.Headers.Add(TestRemoteAddress.Header, Proxy);
        request.Headers.Add("X-Forwarded-For", forwardedFor);
        return client.SendAsync(request);
    }
}

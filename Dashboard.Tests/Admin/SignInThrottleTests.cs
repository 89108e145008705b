using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using Dashboard.Tests.Support;
using Dashboard.Web.Admin;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace Dashboard.Tests.Admin;

public sealed class SignInThrottleTests
{
    // A long first lockout, so a slow test machine cannot outlast it between two requests.
    private static readonly Dictionary<string, string?> LongLockout = new() { ["Admin:Throttle:FirstLockoutSeconds"] = "120" };

    private static readonly IPAddress Client = IPAddress.Parse("203.0.113.5");

    private static SignInThrottle Throttle(ManualClock clock, int free = 5, int first = 2, int max = 900, int forgetMinutes = 60) =>
        new(Options.Create(new AdminOptions { Throttle = new SignInThrottleOptions { FreeFailures = free, FirstLockoutSeconds = first, MaxLockoutSeconds = max, ForgetAfterMinutes = forgetMinutes } }),
            clock, NullLogger<SignInThrottle>.Instance);

    [Fact]
    public void RetryAfter_FewerFailuresThanFree_IsNull()
    {
        var throttle = Throttle(new ManualClock());

        for (var i = 0; i < 4; i++)
        {
            throttle.RecordFailure(Client);
        }

        Assert.Null(throttle.RetryAfter(Client));
    }

    [Fact]
    public void RetryAfter_EachFailureAfterTheFree_DoublesTheLockoutUpToTheMaximum()
    {
        var clock = new ManualClock();
        var throttle = Throttle(clock, max: 30);
        var lockouts = new List<double>();
        for (var i = 0; i < 9; i++)
        {
            throttle.RecordFailure(Client);
            var wait = throttle.RetryAfter(Client) ?? TimeSpan.Zero;
            lockouts.Add(wait.TotalSeconds);
            clock.Advance(wait);
        }

        Assert.Equal([0, 0, 0, 0, 2, 4, 8, 16, 30], lockouts);
        Assert.Null(throttle.RetryAfter(Client));
    }

    [Fact]
    public void RetryAfter_WhileLockedOut_CountsDownAndOtherClientsAreFree()
    {
        var clock = new ManualClock();
        var throttle = Throttle(clock);
        for (var i = 0; i < 6; i++)
        {
            throttle.RecordFailure(Client);
        }

        clock.Advance(TimeSpan.FromSeconds(1.5));

        Assert.Equal(TimeSpan.FromSeconds(2.5), throttle.RetryAfter(Client));
        Assert.Null(throttle.RetryAfter(IPAddress.Parse("203.0.113.6")));
    }

    [Fact]
    public void RetryAfter_QuietForTheForgetPeriod_StartsCountingAgain()
    {
        var clock = new ManualClock();
        var throttle = Throttle(clock);
        for (var i = 0; i < 8; i++)
        {
            throttle.RecordFailure(Client);
            clock.Advance(throttle.RetryAfter(Client) ?? TimeSpan.Zero);
        }

        clock.Advance(TimeSpan.FromMinutes(61));
        throttle.RecordFailure(Client);

        Assert.Null(throttle.RetryAfter(Client));
    }

    [Fact]
    public async Task SignIn_FiveWrongTokens_NextAttemptIs429EvenWithTheRightToken()
    {
        using var factory = new AdminAppFactory(settings: LongLockout);
        using var session = new AdminSession(factory);
        for (var i = 0; i < 5; i++)
        {
            Assert.Equal(HttpStatusCode.Unauthorized, (await session.PostSignInAsync("wrong-token-0123456789-" + i)).StatusCode);
        }

        var blocked = await session.PostSignInAsync(AdminAppFactory.Token);

        Assert.Equal(HttpStatusCode.TooManyRequests, blocked.StatusCode);
        Assert.InRange(RetryAfterSeconds(blocked), 100, 120);
        Assert.Contains("Too many failed sign-ins", await blocked.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.False(blocked.Headers.TryGetValues("Set-Cookie", out var cookies) && cookies.Any(c => c.StartsWith(AdminAuth.CookieName + "=", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task Bearer_FiveWrongTokens_NextRequestIs429WithRetryAfter()
    {
        using var factory = new AdminAppFactory(settings: LongLockout);
        using var client = factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        for (var i = 0; i < 5; i++)
        {
            Assert.Equal(HttpStatusCode.Unauthorized, (await GetAsync(client, "/admin", "wrong-token-0123456789-abc")).StatusCode);
        }

        var blocked = await GetAsync(client, "/admin/uploads/x/status", AdminAppFactory.Token);

        Assert.Equal(HttpStatusCode.TooManyRequests, blocked.StatusCode);
        Assert.InRange(RetryAfterSeconds(blocked), 100, 120);
        Assert.Contains("Too many failed", await blocked.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Throttle_SignInAndBearerFailures_ShareTheClientsBudget()
    {
        using var factory = new AdminAppFactory(settings: LongLockout);
        using var session = new AdminSession(factory);
        for (var i = 0; i < 3; i++)
        {
            Assert.Equal(HttpStatusCode.Unauthorized, (await session.PostSignInAsync("wrong-token-0123456789-" + i)).StatusCode);
        }

        for (var i = 0; i < 2; i++)
        {
            Assert.Equal(HttpStatusCode.Unauthorized, (await GetAsync(session.Client, "/admin", "wrong-token-0123456789-abc")).StatusCode);
        }

        Assert.Equal(HttpStatusCode.TooManyRequests, (await GetAsync(session.Client, "/admin", AdminAppFactory.Token)).StatusCode);
        Assert.Equal(HttpStatusCode.TooManyRequests, (await session.PostSignInAsync(AdminAppFactory.Token)).StatusCode);
    }

    [Fact]
    public async Task Bearer_FailuresFromOneAddress_OtherAddressStillServed()
    {
        using var factory = new AdminAppFactory(settings: LongLockout);
        using var client = factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        for (var i = 0; i < 5; i++)
        {
            await GetAsync(client, "/admin", "wrong-token-0123456789-abc", from: "203.0.113.5");
        }

        Assert.Equal(HttpStatusCode.TooManyRequests, (await GetAsync(client, "/admin", AdminAppFactory.Token, from: "203.0.113.5")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await GetAsync(client, "/admin", AdminAppFactory.Token, from: "203.0.113.6")).StatusCode);
    }

    [Fact]
    public async Task Bearer_RightToken_DoesNotCountNorResetTheFailures()
    {
        using var factory = new AdminAppFactory(settings: LongLockout);
        using var client = factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        for (var i = 0; i < 4; i++)
        {
            Assert.Equal(HttpStatusCode.Unauthorized, (await GetAsync(client, "/admin/uploads/x/status", "wrong-token-0123456789-abc")).StatusCode);
        }

        for (var i = 0; i < 30; i++)
        {
            Assert.Equal(HttpStatusCode.NotFound, (await GetAsync(client, "/admin/uploads/x/status", AdminAppFactory.Token)).StatusCode);
        }

        Assert.Equal(HttpStatusCode.Unauthorized, (await GetAsync(client, "/admin/uploads/x/status", "wrong-token-0123456789-abc")).StatusCode);
        Assert.Equal(HttpStatusCode.TooManyRequests, (await GetAsync(client, "/admin/uploads/x/status", AdminAppFactory.Token)).StatusCode);
    }

    [Fact]
    public async Task Bearer_WrongTokenOutsideAdmin_IsNotCounted()
    {
        using var factory = new AdminAppFactory(settings: LongLockout);
        using var client = factory.CreateClient();

        for (var i = 0; i < 10; i++)
        {
            Assert.Equal(HttpStatusCode.OK, (await GetAsync(client, "/api/sources", "wrong-token-0123456789-abc")).StatusCode);
        }

        Assert.Equal(HttpStatusCode.OK, (await GetAsync(client, "/admin", AdminAppFactory.Token)).StatusCode);
    }

    private static Task<HttpResponseMessage> GetAsync(HttpClient client, string url, string token, string? from = null)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, url);
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        if (from is not null)
        {
            request.Headers.Add(TestRemoteAddress.Header, from);
        }

        return client.SendAsync(request);
    }

    private static int RetryAfterSeconds(HttpResponseMessage response) =>
        int.Parse(response.Headers.GetValues("Retry-After").Single(), CultureInfo.InvariantCulture);
}

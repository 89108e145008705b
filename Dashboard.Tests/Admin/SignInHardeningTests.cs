using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using Dashboard.Tests.Support;
using Dashboard.Web.Admin;
using Dashboard.Web.Cli;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace Dashboard.Tests.Admin;

/// <summary>Distributed guessing: a global failure budget, lockouts that outlive any number of other failures, entropy-checked tokens.</summary>
public sealed class SignInHardeningTests
{
    [Fact]
    public async Task Bearer_ManyAddressesFewGuessesEach_GlobalBudgetAnswers429ToEveryone()
    {
        using var factory = new AdminAppFactory(settings: new Dictionary<string, string?> { ["Admin:Throttle:GlobalFailures"] = "50", ["Admin:Throttle:GlobalWindowSeconds"] = "3600" });
        using var client = factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        var answers = new List<HttpStatusCode>();
        for (var a = 0; a < 60; a++)
        {
            for (var guess = 0; guess < 5; guess++)
            {
                answers.Add((await GetAsync(client, "/admin", "wrong-" + guess + "-Zq7vB2pLx9wKt4mR8s", string.Create(CultureInfo.InvariantCulture, $"198.51.{a}.{guess + 1}"))).StatusCode);
            }
        }

        Assert.InRange(answers.Count(s => s == HttpStatusCode.Unauthorized), 1, 50);
        Assert.Equal(HttpStatusCode.TooManyRequests, answers[^1]);
        var fresh = await GetAsync(client, "/admin", AdminAppFactory.Token, "203.0.113.200");
        Assert.Equal(HttpStatusCode.TooManyRequests, fresh.StatusCode);
        Assert.True(fresh.Headers.RetryAfter?.Delta > TimeSpan.Zero);
    }

    [Fact]
    public void RecordFailure_LockedOutClientThenTwentyThousandOthers_StillLockedOutAndMemoryBounded()
    {
        var clock = new ManualClock();
        var throttle = Throttle(clock, new SignInThrottleOptions { FirstLockoutSeconds = 600, MaxLockoutSeconds = 900, GlobalFailures = 1_000_000 });
        var locked = IPAddress.Parse("203.0.113.5");
        for (var i = 0; i < 5; i++)
        {
            throttle.RecordFailure(locked);
        }

        for (var i = 0; i < 20_000; i++)
        {
            throttle.RecordFailure(IPAddress.Parse(string.Create(CultureInfo.InvariantCulture, $"10.{i / 65536}.{i / 256 % 256}.{i % 256}")));
            clock.Advance(TimeSpan.FromMilliseconds(1));
        }

        Assert.NotNull(throttle.RetryAfter(locked));

        // 1,000 addresses one by one, the rest as their 79 /24 networks.
        Assert.InRange(throttle.TrackedRecords, 1000, 1000 + 80);
    }

    [Fact]
    public void RecordFailure_ManyAddressesOfOneNetwork_AfterTheThresholdTheNetworkIsLockedOut()
    {
        var clock = new ManualClock();
        var throttle = Throttle(clock, new SignInThrottleOptions { AggregateAfter = 10, GlobalFailures = 1_000_000 });
        for (var i = 0; i < 10; i++)
        {
            throttle.RecordFailure(IPAddress.Parse(string.Create(CultureInfo.InvariantCulture, $"2001:db8:1:{i:x}::1")));
        }

        // Every further /64 of the same /48 counts under the /48: its fifth failure locks the whole /48 out, not its neighbour.
        for (var i = 0; i < 5; i++)
        {
            throttle.RecordFailure(IPAddress.Parse(string.Create(CultureInfo.InvariantCulture, $"2001:db8:1:{100 + i:x}::1")));
        }

        Assert.NotNull(throttle.RetryAfter(IPAddress.Parse("2001:db8:1:ffff::9")));
        Assert.Null(throttle.RetryAfter(IPAddress.Parse("2001:db8:2::1")));
        Assert.NotNull(throttle.RetryAfter(IPAddress.Parse("2001:db8:1:0::1")));
    }

    [Fact]
    public void RecordFailure_GlobalBudgetSpent_EveryoneWaitsForTheCoolDownAndOneWarningIsLogged()
    {
        var clock = new ManualClock();
        var sink = new LogSink();
        using var loggers = LoggerFactory.Create(b => b.AddProvider(sink));
        var throttle = new SignInThrottle(Options.Create(new AdminOptions { Throttle = new SignInThrottleOptions { GlobalFailures = 100, GlobalWindowSeconds = 60, GlobalCoolDownSeconds = 600 } }),
            clock, loggers.CreateLogger<SignInThrottle>());
        var checkedTokens = 0;

        // 2,000 addresses × 5 guesses, as fast as they come: a token is checked only when the throttle lets it.
        for (var a = 0; a < 2000; a++)
        {
            var address = IPAddress.Parse(string.Create(CultureInfo.InvariantCulture, $"198.{51 + a / 65536}.{a / 256 % 256}.{a % 256}"));
            for (var guess = 0; guess < 5; guess++)
            {
                if (throttle.RetryAfter(address) is null)
                {
                    checkedTokens++;
                    throttle.RecordFailure(address);
                }
            }
        }

        Assert.Equal(100, checkedTokens);
        var fresh = IPAddress.Parse("192.0.2.77");
        Assert.Equal(TimeSpan.FromSeconds(600), throttle.RetryAfter(fresh));
        var warning = Assert.Single(sink.Entries, e => e.Level == LogLevel.Warning);
        Assert.Contains("every token check answers 429 for the next 600 s", warning.Message, StringComparison.Ordinal);

        clock.Advance(TimeSpan.FromSeconds(600));
        Assert.Null(throttle.RetryAfter(fresh));
    }

    [Theory]
    [InlineData("password12345678")]
    [InlineData("1234567890123456")]
    [InlineData("abcdefghijklmnop")]
    public void Start_PredictableToken_Refused(string token)
    {
        using var factory = new AdminAppFactory(token: token);

        var ex = Assert.ThrowsAny<Exception>(() => factory.CreateClient());

        Assert.Contains("Admin:Token", ex.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain(token, ex.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void AdminTokenVerb_PrintsAStrongRandomTokenEachTime()
    {
        var tokens = new List<string>();
        for (var i = 0; i < 50; i++)
        {
            using var stdout = new StringWriter();
            using var stderr = new StringWriter();
            Assert.Equal(0, CliDispatcher.TryRun(["admin", "token"], stdout, stderr));
            tokens.Add(stdout.ToString().Trim());
        }

        Assert.Equal(50, tokens.Distinct(StringComparer.Ordinal).Count());
        Assert.All(tokens, t => Assert.Null(AdminTokenRules.Problem(t)));
        Assert.All(tokens, t => Assert.Matches("^[A-Za-z0-9_-]{32}$", t));
    }

    [Theory]
    [InlineData("password12345678")]
    [InlineData("1234567890123456")]
    [InlineData("abcdefghijklmnop")]
    [InlineData("qwertyuiopasdfgh")]
    [InlineData("Dragon1987qwerty!")]
    [InlineData("test-admin-token-0123456789")]
    public void Problem_PredictableToken_NamesTheEstimate(string token) =>
        Assert.Contains("too predictable", AdminTokenRules.Problem(token), StringComparison.Ordinal);

    [Theory]
    [InlineData("k3Jq9xVw2mZr7tLp")]
    [InlineData("3f9a0c7e5b21d48f6a")]
    [InlineData("Zx9-Qm4_Lr7+Wt2/Kp5=")]
    [InlineData("correct horse battery staple")]
    public void Problem_RandomLookingToken_Accepted(string token) =>
        Assert.Null(AdminTokenRules.Problem(token));

    [Fact]
    public void Help_ListsTheAdminVerb()
    {
        using var stdout = new StringWriter();

        Assert.Equal(0, CliDispatcher.TryRun(["help"], stdout, TextWriter.Null));

        Assert.Contains("admin token", stdout.ToString(), StringComparison.Ordinal);
    }

    private static SignInThrottle Throttle(ManualClock clock, SignInThrottleOptions settings) =>
        new(Options.Create(new AdminOptions { Throttle = settings }), clock, NullLogger<SignInThrottle>.Instance);

    private static Task<HttpResponseMessage> GetAsync(HttpClient client, string url, string token, string from)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, url);
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        request.Headers.Add(TestRemoteAddress.Header, from);
        return client.SendAsync(request);
    }
}

using System.Net;
using Dashboard.Tests.Support;
using Dashboard.Web.Charts;
using Dashboard.Web.Charts.Rendering;
using Microsoft.Extensions.DependencyInjection;

namespace Dashboard.Tests.Endpoints;

/// <summary>Chart renders and briefing packs beyond the render limits: 503 with Retry-After; /healthz and CSV are not held up.</summary>
public sealed class RenderLimitTests(RenderLimitTests.Fixture fixture) : IClassFixture<RenderLimitTests.Fixture>
{
    public sealed class Fixture : IDisposable
    {
        public DashboardFactory Factory { get; } = new(dataDirectory: null, new Dictionary<string, string?>
        {
            ["RateLimit:Enabled"] = "false",
            ["Render:MaxConcurrentRenders"] = "1",
            ["Render:MaxConcurrentPacks"] = "1",
            ["Render:QueueWaitMilliseconds"] = "1500",
            ["Render:RetryAfterSeconds"] = "9",
        });

        public void Dispose() => Factory.Dispose();
    }

    private readonly DashboardFactory _factory = fixture.Factory;

    /// <summary>The 503 of the render limits: Retry-After as configured, a ProblemDetails saying why.</summary>
    private static async Task AssertBusyAsync(HttpResponseMessage busy)
    {
        Assert.Equal(HttpStatusCode.ServiceUnavailable, busy.StatusCode);
        Assert.Equal("9", busy.Headers.GetValues("Retry-After").Single());
        Assert.Equal("application/problem+json", busy.Content.Headers.ContentType?.MediaType);
        Assert.Contains("Busy rendering", await busy.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    private RenderGate Gate => _factory.Services.GetRequiredService<RenderGate>();

    [Fact]
    public async Task GetPng_RenderSlotsTaken_503WithRetryAfterProblemAndNoCaching()
    {
        using var client = _factory.CreateClient();
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/healthz")).StatusCode);

        using (await Gate.EnterRenderAsync(1, CancellationToken.None))
        {
            using var busy = await client.GetAsync("/charts/top500-systems.png?width=1001&height=601");

            await AssertBusyAsync(busy);
            Assert.Null(busy.Headers.ETag);
            Assert.True(busy.Headers.CacheControl?.NoStore);
        }

        using var free = await client.GetAsync("/charts/top500-systems.png?width=1001&height=601");
        Assert.Equal(HttpStatusCode.OK, free.StatusCode);
    }

    [Fact]
    public async Task Healthz_RenderSlotsTakenAndRendersQueued_AnswersAtOnce()
    {
        using var client = _factory.CreateClient();
        using (await Gate.EnterRenderAsync(1, CancellationToken.None))
        {
            var queued = Enumerable.Range(0, 4).Select(i => client.GetAsync($"/charts/top500-systems.svg?width={1100 + i}")).ToList();
            using var health = await client.GetAsync("/healthz");

            // The renders wait 1.5 s for the slot and are still waiting: /healthz did not queue behind them.
            Assert.Equal(HttpStatusCode.OK, health.StatusCode);
            Assert.Contains(queued, q => !q.IsCompleted);
            var answers = await Task.WhenAll(queued);
            Assert.All(answers, a => Assert.Equal(HttpStatusCode.ServiceUnavailable, a.StatusCode));
        }
    }

    [Fact]
    public async Task GetCsv_RenderSlotsTaken_StillAnswers()
    {
        using var client = _factory.CreateClient();
        using (await Gate.EnterRenderAsync(1, CancellationToken.None))
        {
            using var csv = await client.GetAsync("/charts/top500-systems.csv?from=2019-11");

            Assert.Equal(HttpStatusCode.OK, csv.StatusCode);
        }
    }

    [Fact]
    public async Task PackZip_PackSlotTaken_503WithRetryAfter()
    {
        using var client = _factory.CreateClient();
        using (await Gate.EnterPackAsync(CancellationToken.None))
        {
            using var busy = await client.GetAsync("/export/pack.zip?charts=top500-systems&preset=document");

            await AssertBusyAsync(busy);
        }

        using var free = await client.GetAsync("/export/pack.zip?charts=top500-systems&preset=document");
        Assert.Equal(HttpStatusCode.OK, free.StatusCode);
    }

    [Fact]
    public async Task PackZip_RenderSlotsTaken_503NotHalfAPack()
    {
        using var client = _factory.CreateClient();
        using (await Gate.EnterRenderAsync(1, CancellationToken.None))
        {
            using var busy = await client.GetAsync("/export/pack.zip?charts=top500-systems&preset=square");

            Assert.Equal(HttpStatusCode.ServiceUnavailable, busy.StatusCode);
            Assert.NotEqual("application/zip", busy.Content.Headers.ContentType?.MediaType);
        }
    }

    [Theory]
    [InlineData("Render:PixelBudget", "1000", "Render:PixelBudget")]
    [InlineData("Render:MaxConcurrentRenders", "0", "Render options")]
    [InlineData("Pages:RowsPerPage", "0", "Pages:RowsPerPage")]
    [InlineData("Api:MaxPageSize", "0", "Api:")]
    [InlineData("Charts:MaxRows", "0", "Charts options")]
    public void Start_LimitOutOfRange_RefusedNamingTheSection(string key, string value, string named)
    {
        using var factory = new DashboardFactory(dataDirectory: null, new Dictionary<string, string?> { [key] = value });

        var refused = Assert.ThrowsAny<Exception>(() => factory.CreateClient());

        Assert.Contains(named, refused.ToString(), StringComparison.Ordinal);
    }
}

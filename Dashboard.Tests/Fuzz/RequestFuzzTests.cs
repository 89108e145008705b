using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Text.Json;
using Dashboard.Tests.Support;
using Dashboard.Web.Charts;
using Dashboard.Web.Charts.Rendering;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Xunit.Abstractions;

namespace Dashboard.Tests.Fuzz;

/// <summary>
/// 10,000 generated chart, API and page requests against the in-process app (rate limits off): no 5xx, every 4xx
/// explains itself in a ProblemDetails/JSON or HTML body, chart answers match the predicted status, and memory stays
/// bounded (managed heap, working set, image cache bytes). The seed is printed; GEOAI_FUZZ_SEED replays or varies it.
/// </summary>
[Collection(FuzzRunAlone.Name)]
public sealed class RequestFuzzTests(ITestOutputHelper output)
{
    public const string SeedVariable = "GEOAI_FUZZ_SEED";
    private const int DefaultSeed = 20_261_125;
    private const int RequestCount = 10_000;

    /// <summary>Small on purpose, so eviction is exercised by the run.</summary>
    private const long CacheLimitBytes = 8L * 1024 * 1024;

    /// <summary>Pixels the valid image requests may render in total (about 150 charts at the default 1200×675).</summary>
    private const long PixelBudget = 120_000_000;

    /// <summary>Managed heap after the run (full GC) may exceed the one before it by at most the cache bound plus this.</summary>
    private const long ManagedSlackBytes = 64L * 1024 * 1024;

    /// <summary>Working-set growth over the run: native buffers (Skia surfaces, SQLite) included.</summary>
    private const long WorkingSetGrowthBound = 300L * 1024 * 1024;

    [Fact]
    public async Task Send_TenThousandGeneratedRequests_No5xxEvery4xxWithBodyAndMemoryBounded()
    {
        var seed = Seed();
        output.WriteLine($"fuzz seed {seed} ({SeedVariable} replays or varies it); {RequestCount:N0} requests");

        using var factory = new DashboardFactory(dataDirectory: null, new Dictionary<string, string?>
        {
            ["RateLimit:Enabled"] = "false",
            ["Charts:CacheSizeBytes"] = CacheLimitBytes.ToString(CultureInfo.InvariantCulture),
            ["Logging:LogLevel:Default"] = "Warning",
        });
        using var client = factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        var indicators = ReadIds(Path.Combine(factory.DataDirectory, "indicators.csv"));
        var entities = ReadIds(Path.Combine(factory.DataDirectory, "entities.csv"));

        // Warm up (store built, code jitted, fonts loaded) before the baseline is taken.
        foreach (var url in new[] { "/", "/charts/top500-systems.png?width=200&height=150", "/charts/top500-systems.svg", "/api/observations?indicator=top500-systems" })
        {
            using var warm = await client.GetAsync(new Uri(url, UriKind.Relative));
            Assert.Equal(HttpStatusCode.OK, warm.StatusCode);
        }

        var managedBefore = GC.GetTotalMemory(forceFullCollection: true);
        var workingSetBefore = WorkingSet();

        var generator = new FuzzRequestGenerator(seed, indicators, entities, PixelBudget);
        var requests = Enumerable.Range(0, RequestCount).Select(_ => generator.Next()).ToList();
        var failures = new ConcurrentQueue<string>();
        var stopwatch = Stopwatch.StartNew();

        // A few at a time, as browsers do: plots and the cache are shared between concurrent requests.
        await Parallel.ForEachAsync(requests, new ParallelOptions { MaxDegreeOfParallelism = 4 }, async (request, ct) =>
        {
            var problem = await SendAsync(client, request, ct);
            if (problem is not null)
            {
                failures.Enqueue($"{request}: {problem}");
            }
        });
        stopwatch.Stop();

        var cache = factory.Services.GetRequiredService<ChartImageCache>();
        var managedAfter = GC.GetTotalMemory(forceFullCollection: true);
        var workingSetAfter = WorkingSet();
        output.WriteLine($"{RequestCount:N0} requests in {stopwatch.Elapsed.TotalSeconds:F1} s; statuses: " +
            string.Join(", ", StatusCounts.OrderBy(kv => kv.Key).Select(kv => $"{kv.Key}×{kv.Value}")));
        output.WriteLine($"predicted renders: {requests.Count(r => r.Pixels > 0):N0}, {requests.Sum(r => r.Pixels) / 1e6:F0} Mpx");
        output.WriteLine($"managed heap {managedBefore / 1e6:F1} → {managedAfter / 1e6:F1} MB; working set {workingSetBefore / 1e6:F0} → {workingSetAfter / 1e6:F0} MB; " +
            $"image cache {cache.SizeBytes:N0} of {cache.SizeLimit:N0} bytes, {cache.Count} files");

        Assert.True(failures.IsEmpty, $"seed {seed}: {failures.Count} of {RequestCount} requests answered wrongly, e.g.:\n" +
            string.Join("\n", failures.Take(15)));
        Assert.True(StatusCounts.GetValueOrDefault(200) >= RequestCount / 20, $"seed {seed}: too few 200s to have exercised rendering");
        Assert.InRange(cache.SizeBytes, 0, CacheLimitBytes);
        Assert.True(managedAfter - managedBefore <= CacheLimitBytes + ManagedSlackBytes,
            $"seed {seed}: managed heap grew by {(managedAfter - managedBefore) / 1e6:F1} MB (bound {(CacheLimitBytes + ManagedSlackBytes) / 1e6:F0} MB)");
        Assert.True(workingSetAfter - workingSetBefore <= WorkingSetGrowthBound,
            $"seed {seed}: working set grew by {(workingSetAfter - workingSetBefore) / 1e6:F0} MB (bound {WorkingSetGrowthBound / 1e6:F0} MB)");

    }

    private ConcurrentDictionary<int, int> StatusCounts { get; } = new();

    /// <summary>Sends one request; null when the answer is acceptable, else what is wrong with it.</summary>
    private async Task<string?> SendAsync(HttpClient client, FuzzRequest request, CancellationToken ct)
    {
        using var message = new HttpRequestMessage(new HttpMethod(request.Method), new Uri(request.Url, UriKind.Relative));
        if (request.IfNoneMatch is not null)
        {
            message.Headers.TryAddWithoutValidation("If-None-Match", request.IfNoneMatch);
        }

        if (request.Method is "POST" or "PUT" or "PATCH")
        {
            message.Content = new StringContent("x=1", System.Text.Encoding.UTF8, "application/x-www-form-urlencoded");
        }

        HttpResponseMessage response;
        try
        {
            response = await client.SendAsync(message, ct);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // The in-memory server rethrows what escaped the app: the equivalent of a 500.
            return "threw " + ex.GetType().Name + ": " + ex.Message;
        }

        using (response)
        {
            var status = (int)response.StatusCode;
            StatusCounts.AddOrUpdate(status, 1, (_, n) => n + 1);
            var body = await response.Content.ReadAsByteArrayAsync(ct);
            if (status >= 500)
            {
                return $"{status}";
            }

            var expected = request.Expect switch
            {
                FuzzExpectation.Ok => status == 200 ? null : "expected 200",
                FuzzExpectation.NotModified => status == 304 ? null : "expected 304",
                FuzzExpectation.ClientError => status is >= 400 and < 500 ? null : "expected a 4xx",
                _ => null,
            };
            if (expected is not null)
            {
                return $"{status}, {expected}";
            }

            return status is >= 400 and < 500 ? ExplainsItself(response, body) : null;
        }
    }

    /// <summary>A 4xx must say why: a ProblemDetails (or other JSON) object with a title, or an HTML page.</summary>
    private static string? ExplainsItself(HttpResponseMessage response, byte[] body)
    {
        var status = (int)response.StatusCode;
        var mediaType = response.Content.Headers.ContentType?.MediaType;
        if (body.Length == 0)
        {
            return $"{status} with an empty body";
        }

        switch (mediaType)
        {
            case "application/problem+json" or "application/json":
                try
                {
                    using var json = JsonDocument.Parse(body);
                    return json.RootElement.ValueKind == JsonValueKind.Object && json.RootElement.TryGetProperty("title", out _)
                        ? null
                        : $"{status} JSON without a title";
                }
                catch (JsonException)
                {
                    return $"{status} with malformed JSON";
                }

            case "text/html":
                var text = System.Text.Encoding.UTF8.GetString(body);
                return text.Contains("<html", StringComparison.OrdinalIgnoreCase) ? null : $"{status} text/html that is not a page";
            default:
                return $"{status} with content type '{mediaType}'";
        }
    }

    private static int Seed()
    {
        var text = Environment.GetEnvironmentVariable(SeedVariable);
        return int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var seed) ? seed : DefaultSeed;
    }

    private static long WorkingSet()
    {
        using var process = Process.GetCurrentProcess();
        return process.WorkingSet64;
    }

    /// <summary>The first column (id or code) of a contract CSV whose values need no quoting.</summary>
    private static List<string> ReadIds(string path) =>
        File.ReadLines(path).Skip(1).Where(l => l.Length > 0).Select(l => l.Split(',')[0]).ToList();
}

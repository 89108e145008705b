using System.Collections.Concurrent;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace Dashboard.Tests.Support;

/// <summary>
/// A source on loopback: Kestrel on 127.0.0.1 (a free port) that replays scripted responses, in the shape each portal
/// ships, for the feed tests. Each path (with its query, or the path alone) has a queue of responses: a request takes
/// the next one, and the last one answers every request after it. Every request is recorded (path, query, headers).
/// </summary>
public sealed class FeedFixtureServer : IAsyncDisposable
{
    private readonly ConcurrentDictionary<string, ConcurrentQueue<FixtureResponse>> _routes = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, FixtureResponse> _last = new(StringComparer.Ordinal);
    private WebApplication _app = null!;

    public ConcurrentQueue<FixtureRequest> Requests { get; } = new();

    /// <summary>http://127.0.0.1:port</summary>
    public string BaseUrl { get; private set; } = "";

    public string Host => new Uri(BaseUrl).Host;

    public static async Task<FeedFixtureServer> StartAsync()
    {
        var server = new FeedFixtureServer();
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { Args = ["--hostBuilder:reloadConfigOnChange=false"] });
        builder.WebHost.UseKestrel().UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        server._app = builder.Build();
        server._app.Run(server.AnswerAsync);
        await server._app.StartAsync();
        server.BaseUrl = server._app.Urls.First().TrimEnd('/');
        return server;
    }

    /// <summary>Answers <paramref name="pathAndQuery"/> ("/a/b?x=1", or "/a/b" for any query) with these responses in turn.</summary>
    public void On(string pathAndQuery, params FixtureResponse[] responses)
    {
        _routes[pathAndQuery] = new ConcurrentQueue<FixtureResponse>(responses);
        _last.TryRemove(pathAndQuery, out _);
    }

    public Uri Url(string pathAndQuery) => new(BaseUrl + pathAndQuery);

    public int Count(string path) => Requests.Count(r => r.Path == path);

    private async Task AnswerAsync(HttpContext context)
    {
        var request = context.Request;
        var key = request.Path + request.QueryString;
        Requests.Enqueue(new FixtureRequest(request.Path, request.QueryString.Value ?? "", request.Headers.ToDictionary(h => h.Key, h => h.Value.ToString(), StringComparer.OrdinalIgnoreCase)));
        var route = _routes.ContainsKey(key) ? key : _routes.ContainsKey(request.Path) ? request.Path.Value! : null;
        if (route is null)
        {
            context.Response.StatusCode = 404;
            await context.Response.WriteAsync("no fixture for " + key);
            return;
        }

        var response = _routes[route].TryDequeue(out var next) ? _last[route] = next : _last.GetValueOrDefault(route) ?? new FixtureResponse(404, "");
        if (response.Delay > TimeSpan.Zero)
        {
            try
            {
                await Task.Delay(response.Delay, context.RequestAborted);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }

        context.Response.StatusCode = response.Status;
        foreach (var (name, value) in response.Headers ?? new Dictionary<string, string>())
        {
            context.Response.Headers[name] = value;
        }

        if (response.Status is 304 or 204 || (response.Body.Length == 0 && response.Status >= 300))
        {
            return;
        }

        context.Response.ContentType = response.ContentType;
        if (response.Truncate)
        {
            // Announce the whole body, send half of it, and drop the connection: a transfer that broke off.
            context.Response.ContentLength = response.Body.Length;
            await context.Response.Body.WriteAsync(response.Body.AsMemory(0, response.Body.Length / 2));
            await context.Response.Body.FlushAsync();

            // Give the client the headers and the first half before the reset (a reset can drop data not yet read).
            await Task.Delay(300);
            context.Abort();
            return;
        }

        context.Response.ContentLength = response.Body.Length;
        await context.Response.Body.WriteAsync(response.Body);
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}

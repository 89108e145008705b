using System.Net;
using System.Net.Http.Headers;
using Dashboard.Tests.Support;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Routing.Patterns;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace Dashboard.Tests.Security;

/// <summary>
/// Every page and endpoint the app maps × GET, HEAD, POST, PUT, DELETE, PATCH, TRACE, OPTIONS: never a 5xx, never
/// admin content without credentials, and a method the URL does not handle is 405 with an <c>Allow</c> header naming
/// the ones it does. The URLs come from the app's own route table, so a page added later is checked too.
/// </summary>
public sealed class MethodMatrixTests : IDisposable
{
    private static readonly string[] Methods = ["GET", "HEAD", "POST", "PUT", "DELETE", "PATCH", "TRACE", "OPTIONS"];

    /// <summary>Pages with a POST handler; every other page answers GET and HEAD only.</summary>
    private static readonly HashSet<string> PostPages = new(StringComparer.Ordinal) { "/admin", "/admin/signin", "/admin/upload", "/admin/uploads/{id}", "/admin/templates", "/admin/feeds" };

    /// <summary>Text only the admin pages show to a signed-in admin (the upload form, sign-out, the datasets table, the confirm form).</summary>
    private static readonly string[] AdminContent = ["name=\"file\"", "Sign out", "id=\"datasets\"", "Apply to the store", "data-dataset="];

    /// <summary>A value for each route parameter, so every pattern becomes a URL.</summary>
    private static readonly Dictionary<string, string> Samples = new(StringComparer.Ordinal)
    {
        ["id"] = "top500-systems",
        ["indicator"] = "top500-systems",
        ["code"] = "404",
        ["documentName"] = "v1",
        ["culture"] = "ru",
    };

    private readonly AdminAppFactory _factory = new(settings: new Dictionary<string, string?> { ["RateLimit:Enabled"] = "false" });

    public void Dispose() => _factory.Dispose();

    [Fact]
    public async Task EveryRoute_EveryMethodWithoutCredentials_No5xxNoAdminContentAnd405WithAllow()
    {
        using var client = _factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        var failures = new List<string>();
        foreach (var route in Routes())
        {
            foreach (var method in Methods)
            {
                using var response = await client.SendAsync(Request(method, route.Url));
                var body = await response.Content.ReadAsStringAsync();
                var where = $"{method} {route.Url}: {(int)response.StatusCode}";
                if ((int)response.StatusCode >= 500)
                {
                    failures.Add(where + " (server error)");
                }

                if (route.Url.StartsWith("/admin", StringComparison.Ordinal) && AdminContent.FirstOrDefault(m => body.Contains(m, StringComparison.Ordinal)) is { } shown)
                {
                    failures.Add(where + $" shows admin content ({shown}) without credentials");
                }

                if (!route.Allowed.Contains(method))
                {
                    var allow = response.Content.Headers.Allow.Count > 0 ? string.Join(", ", response.Content.Headers.Allow) : string.Join(", ", response.Headers.TryGetValues("Allow", out var v) ? v : []);
                    if (response.StatusCode != HttpStatusCode.MethodNotAllowed)
                    {
                        failures.Add(where + $" (expected 405: the URL answers {string.Join(", ", route.Allowed)})");
                    }
                    else if (!route.Allowed.All(m => allow.Contains(m, StringComparison.Ordinal)) || allow.Contains(method, StringComparison.Ordinal))
                    {
                        failures.Add(where + $" with Allow '{allow}' (expected {string.Join(", ", route.Allowed)})");
                    }
                }
            }
        }

        Assert.True(failures.Count == 0, string.Join("\n", failures));
    }

    [Fact]
    public async Task EveryRoute_EveryMethodWithBearerToken_No5xx()
    {
        using var client = _factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", AdminAppFactory.Token);
        var failures = new List<string>();
        foreach (var route in Routes())
        {
            foreach (var method in Methods)
            {
                using var response = await client.SendAsync(Request(method, route.Url));
                if ((int)response.StatusCode >= 500)
                {
                    failures.Add($"{method} {route.Url}: {(int)response.StatusCode}");
                }
            }
        }

        Assert.True(failures.Count == 0, string.Join("\n", failures));
    }

    [Fact]
    public async Task AdminRoutes_AdminOff_EveryMethodNo5xxAndNothingButTheNotice()
    {
        using var factory = new AdminAppFactory(token: null, settings: new Dictionary<string, string?> { ["RateLimit:Enabled"] = "false" });
        using var client = factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        var failures = new List<string>();
        foreach (var url in Routes(factory).Select(r => r.Url).Where(u => u.StartsWith("/admin", StringComparison.Ordinal)))
        {
            foreach (var method in Methods)
            {
                using var response = await client.SendAsync(Request(method, url));
                var body = await response.Content.ReadAsStringAsync();
                var ok = url == "/admin" && method is "GET" or "HEAD"
                    ? response.StatusCode == HttpStatusCode.OK
                    : response.StatusCode is HttpStatusCode.NotFound or HttpStatusCode.MethodNotAllowed;
                if (!ok || AdminContent.Any(m => body.Contains(m, StringComparison.Ordinal)))
                {
                    failures.Add($"{method} {url}: {(int)response.StatusCode}");
                }
            }
        }

        Assert.True(failures.Count == 0, string.Join("\n", failures));
    }

    [Theory]
    [InlineData("TRACE", "/admin")]
    [InlineData("TRACE", "/indicators/top500-systems")]
    [InlineData("TRACE", "/timeline")]
    [InlineData("TRACE", "/export/chart")]
    [InlineData("OPTIONS", "/sources")]
    [InlineData("OPTIONS", "/api/indicators")]
    [InlineData("PUT", "/")]
    public async Task Page_MethodItDoesNotHandle_Is405WithAllowAndTheErrorPage(string method, string url)
    {
        using var client = _factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

        using var response = await client.SendAsync(Request(method, url));

        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
        Assert.Contains("GET", response.Content.Headers.Allow);
        Assert.Contains("HEAD", response.Content.Headers.Allow);
        Assert.Contains(method == "OPTIONS" ? "" : "Method not allowed", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    private static HttpRequestMessage Request(string method, string url) =>
        new(new HttpMethod(method), url) { Content = method is "POST" or "PUT" or "PATCH" ? new StringContent("x=1", System.Text.Encoding.UTF8, "application/x-www-form-urlencoded") : null };

    private List<(string Url, IReadOnlyList<string> Allowed)> Routes() => Routes(_factory);

    private static List<(string Url, IReadOnlyList<string> Allowed)> Routes(AdminAppFactory factory)
    {
        // Starting a client builds the app; its route table is then complete.
        using (factory.CreateClient())
        {
        }

        var routes = new List<(string, IReadOnlyList<string>)>();
        foreach (var endpoint in factory.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>())
        {
            var pattern = endpoint.RoutePattern;
            var url = "/" + string.Join("/", pattern.PathSegments.Select(segment => string.Concat(segment.Parts.Select(part => part switch
            {
                RoutePatternLiteralPart literal => literal.Content,
                RoutePatternSeparatorPart separator => separator.Content,
                RoutePatternParameterPart parameter => Samples.TryGetValue(parameter.Name, out var sample)
                    ? sample
                    : throw new InvalidOperationException($"Route '{pattern.RawText}' has parameter '{parameter.Name}': add a sample value to {nameof(Samples)}."),
                _ => throw new InvalidOperationException("Unknown route part in " + pattern.RawText),
            }))));
            var isPage = endpoint.Metadata.GetMetadata<PageActionDescriptor>() is not null;
            IReadOnlyList<string> allowed = isPage
                ? PostPages.Contains("/" + pattern.RawText?.TrimStart('/')) ? ["GET", "HEAD", "POST"] : ["GET", "HEAD"]
                : endpoint.Metadata.GetMetadata<IHttpMethodMetadata>()?.HttpMethods ?? [];
            routes.Add((url, allowed));
        }

        Assert.Contains(routes, r => r.Item1 == "/admin");
        Assert.Contains(routes, r => r.Item1 == "/charts/top500-systems.png");
        // One URL mapped twice (GET and HEAD, and POST on its own, as /export/deck.pptx is) answers the methods of both.
        return routes.GroupBy(r => r.Item1, StringComparer.Ordinal)
            .Select(g => (g.Key, (IReadOnlyList<string>)g.SelectMany(r => r.Item2).Distinct(StringComparer.Ordinal).ToList())).ToList();
    }
}

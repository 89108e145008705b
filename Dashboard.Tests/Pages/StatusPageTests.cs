using System.Net;
using Dashboard.Tests.Support;

namespace Dashboard.Tests.Pages;

/// <summary>The error page answers whatever method the failed request had (found by the request fuzz test).</summary>
public sealed class StatusPageTests(ShippedDataFactory factory) : IClassFixture<ShippedDataFactory>
{
    [Theory]
    [InlineData("POST", "/charts/top500-systems.png")]
    [InlineData("PUT", "/charts/top500-systems.csv")]
    [InlineData("DELETE", "/api/indicators/top500-systems")]
    [InlineData("PATCH", "/api/observations?indicator=top500-systems")]
    public async Task Send_WriteMethodToReadOnlyUrl_405WithErrorPage(string method, string url)
    {
        using var client = factory.CreateClient();
        using var request = new HttpRequestMessage(new HttpMethod(method), new Uri(url, UriKind.Relative))
        {
            Content = new StringContent("x=1", System.Text.Encoding.UTF8, "application/x-www-form-urlencoded"),
        };

        using var response = await client.SendAsync(request);
        var body = await response.Content.ReadAsStringAsync();

        // Before the fix: the re-executed error page ran the antiforgery check on the POST and ended as an empty 400.
        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("Method not allowed", body, StringComparison.Ordinal);
        Assert.Contains("Error 405", body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Get_StatusPageDirectly_KeepsItsCode()
    {
        using var client = factory.CreateClient();

        using var response = await client.GetAsync(new Uri("/status/404", UriKind.Relative));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains("Page not found", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }
}

using AngleSharp;
using AngleSharp.Html.Dom;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Dashboard.Tests.Support;

/// <summary>Fetches pages of the hosted app and parses them with AngleSharp, for the page tests.</summary>
public static class HtmlPages
{
    /// <summary>The shipped <c>data/</c> folder as copied next to the tests (the app's default data folder there).</summary>
    public static string DataFolder => Path.Combine(AppContext.BaseDirectory, "data");

    /// <summary>GET a path and parse the response as HTML, whatever its status.</summary>
    public static async Task<(HttpResponseMessage Response, IHtmlDocument Document)> GetPageAsync(
        this WebApplicationFactory<Program> factory, string path, HttpClient? client = null)
    {
        client ??= factory.CreateClient();
        var response = await client.GetAsync(new Uri(path, UriKind.Relative));
        var html = await response.Content.ReadAsStringAsync();
        return (response, await ParseAsync(html));
    }

    public static async Task<IHtmlDocument> ParseAsync(string html)
    {
        var context = BrowsingContext.New(Configuration.Default);
        return (IHtmlDocument)await context.OpenAsync(r => r.Content(html));
    }
}

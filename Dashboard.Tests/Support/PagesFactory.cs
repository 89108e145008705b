using AngleSharp;
using AngleSharp.Html.Dom;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Dashboard.Tests.Support;

/// <summary>
/// The web app over the shipped <c>data/</c> folder (copied next to the tests) with its SQLite store in a temp file,
/// plus helpers to fetch a page and parse it with AngleSharp.
/// </summary>
public sealed class PagesFactory : WebApplicationFactory<Program>
{
    private readonly string _databasePath = Path.Combine(Path.GetTempPath(), "geoai-pages-" + Guid.NewGuid().ToString("N") + ".db");

    public static string DataFolder => Path.Combine(AppContext.BaseDirectory, "data");

    protected override void ConfigureWebHost(IWebHostBuilder builder) =>
        builder.UseSetting("Data:DatabasePath", _databasePath);

    /// <summary>GET a path and parse the response as HTML, whatever its status.</summary>
    public async Task<(HttpResponseMessage Response, IHtmlDocument Document)> GetPageAsync(string path, HttpClient? client = null)
    {
        client ??= CreateClient();
        var response = await client.GetAsync(new Uri(path, UriKind.Relative));
        var html = await response.Content.ReadAsStringAsync();
        return (response, await ParseAsync(html));
    }

    public static async Task<IHtmlDocument> ParseAsync(string html)
    {
        var context = BrowsingContext.New(Configuration.Default);
        return (IHtmlDocument)await context.OpenAsync(r => r.Content(html));
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        foreach (var file in new[] { _databasePath, _databasePath + "-wal", _databasePath + "-shm" })
        {
            try
            {
                File.Delete(file);
            }
            catch (IOException)
            {
                // A pooled SQLite connection may still hold the file for a moment; the temp folder is cleaned anyway.
            }
        }
    }
}

using System.Net;
using Dashboard.Tests.Support;

namespace Dashboard.Tests.Pages;

public sealed class LinkCrawlTests(ShippedDataFactory factory) : IClassFixture<ShippedDataFactory>
{
    [Theory]
    [InlineData("/")]
    [InlineData("/sources")]
    [InlineData("/compare")]
    [InlineData("/timeline")]
    [InlineData("/indicators/arms-import-share")]
    public async Task InternalLinks_OfPage_AreNotDead(string start)
    {
        var client = factory.CreateClient();
        var (_, doc) = await factory.GetPageAsync(start, client);

        // Links, stylesheets, chart images and their srcset candidates (2× and dark-theme variants).
        var targets = doc.QuerySelectorAll("a[href], img[src], link[href]")
            .Select(e => e.GetAttribute("href") ?? e.GetAttribute("src")!)
            .Concat(doc.QuerySelectorAll("[srcset]").SelectMany(e => e.GetAttribute("srcset")!.Split(", ").Select(c => c.Split(' ')[0])))
            .Where(h => h.StartsWith('/') && !h.StartsWith("//", StringComparison.Ordinal))
            .Select(h => h.Split('#')[0])
            .Where(h => h.Length > 0)
            .Distinct(StringComparer.Ordinal)
            .ToList();

        Assert.NotEmpty(targets);
        var failures = new List<string>();
        foreach (var target in targets)
        {
            var response = await client.GetAsync(new Uri(target, UriKind.Relative));
            if (response.StatusCode is HttpStatusCode.NotFound or HttpStatusCode.BadRequest || (int)response.StatusCode >= 500)
            {
                failures.Add($"{target} → {(int)response.StatusCode}");
            }
        }

        Assert.Empty(failures);
    }

    [Fact]
    public async Task FragmentLinks_ToSources_PointAtExistingEntries()
    {
        var (_, sources) = await factory.GetPageAsync("/sources");
        var ids = sources.QuerySelectorAll("ol.bibliography > li").Select(li => li.Id).ToHashSet(StringComparer.Ordinal);

        foreach (var page in new[] { "/", "/timeline", "/indicators/arms-import-share", "/indicators/safe-city-projects" })
        {
            var (_, doc) = await factory.GetPageAsync(page);
            var fragments = doc.QuerySelectorAll("a[href^='/sources#']").Select(a => a.GetAttribute("href")!["/sources#".Length..]).ToList();
            Assert.NotEmpty(fragments);
            Assert.All(fragments, f => Assert.Contains(f, ids));
        }
    }
}

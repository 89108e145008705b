using System.Net;
using System.Text.RegularExpressions;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using Dashboard.Tests.Support;
using Dashboard.Web.Localization;

namespace Dashboard.Tests.Localization;

/// <summary>
/// Every public page in Russian and Turkish: the right status and <c>&lt;html lang&gt;</c>, no text of the pages
/// missing from the texts files (the catalog records each fallback), links that keep the language, and no English
/// sentence left outside the data texts and the quoted English (marked <c>lang="en"</c>).
/// </summary>
public sealed partial class PagesInLanguageTests(CrawlFactory factory) : IClassFixture<CrawlFactory>
{
    // Function words and the site's own common words: three of them in a row is an English phrase, not a name.
    private static readonly HashSet<string> CommonEnglish = new(StringComparer.OrdinalIgnoreCase)
    {
        "the", "of", "and", "to", "in", "for", "with", "from", "this", "that", "is", "are", "was", "were", "be", "been", "by",
        "on", "at", "as", "an", "a", "or", "not", "no", "it", "its", "each", "every", "all", "any", "more", "most", "than",
        "there", "here", "these", "those", "which", "what", "when", "where", "who", "how", "has", "have", "had", "can", "could",
        "will", "would", "may", "should", "must", "do", "does", "into", "over", "under", "up", "down", "out", "about", "after",
        "before", "between", "per", "one", "two", "only", "other", "others", "same", "such", "also", "but", "if", "so", "then",
        "data", "chart", "charts", "source", "sources", "table", "page", "show", "shown", "showing", "see", "value", "values",
        "row", "rows", "period", "periods", "indicator", "indicators", "download", "export", "map", "compare", "note", "notes",
        "first", "last", "next", "previous", "yet", "given", "choose", "link", "links", "image", "images", "slide", "slides",
    };

    [Fact]
    public async Task Crawl_EveryPageInRussianAndTurkish_AnswersInItsLanguageWithNoTextMissing()
    {
        var failures = new List<string>();
        foreach (var culture in LocalizedPages.Cultures)
        {
            var client = factory.CreateClient();
            foreach (var (path, status) in LocalizedPages.All())
            {
                var (response, doc) = await factory.GetPageAsync("/" + culture + path, client);
                if ((int)response.StatusCode != status)
                {
                    failures.Add($"/{culture}{path}: {(int)response.StatusCode}, expected {status}");
                    continue;
                }

                if (doc.DocumentElement.GetAttribute("lang") != culture)
                {
                    failures.Add($"/{culture}{path}: <html lang=\"{doc.DocumentElement.GetAttribute("lang")}\">");
                }
            }
        }

        Assert.True(failures.Count == 0, string.Join("\n", failures));
        var misses = TextCatalog.Shipped.Misses.Where(m => m.Culture is "ru" or "tr").Select(m => m.Culture + ": " + m.Text).Order(StringComparer.Ordinal).ToList();
        Assert.True(misses.Count == 0, "Texts missing from the texts files:\n" + string.Join("\n", misses));
    }

    [Theory]
    [InlineData("ru")]
    [InlineData("tr")]
    public async Task Links_OnEveryPage_KeepTheLanguage(string culture)
    {
        var client = factory.CreateClient();
        var failures = new List<string>();
        foreach (var (path, _) in LocalizedPages.All().Where(p => !p.Path.StartsWith("/embed/", StringComparison.Ordinal) || p.Path.EndsWith("/top500-systems", StringComparison.Ordinal)))
        {
            var (_, doc) = await factory.GetPageAsync("/" + culture + path, client);
            foreach (var link in InternalLinks(doc))
            {
                if (Problem(link, culture) is { } problem)
                {
                    failures.Add($"/{culture}{path}: {link} ({problem})");
                }
            }
        }

        Assert.True(failures.Count == 0, string.Join("\n", failures.Distinct()));
    }

    [Fact]
    public async Task Links_OnAnEnglishPage_HaveNoLanguage()
    {
        var (_, doc) = await factory.GetPageAsync("/indicators/public-debt-share-china");

        var links = InternalLinks(doc).ToList();
        Assert.NotEmpty(links);
        Assert.DoesNotContain(links, l => l.StartsWith("/ru/", StringComparison.Ordinal) || l.StartsWith("/tr/", StringComparison.Ordinal) || l.Contains("lang=", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("ru")]
    [InlineData("tr")]
    public async Task EmbedCode_OnAnIndicatorPage_FramesTheEmbedInTheSameLanguage(string culture)
    {
        var (_, doc) = await factory.GetPageAsync($"/{culture}/indicators/public-debt-share-china");

        var snippet = doc.QuerySelector("textarea#embed-code")!.TextContent;
        var src = new Uri(WebUtility.HtmlDecode(EmbedSrc().Match(snippet).Groups[1].Value), UriKind.RelativeOrAbsolute);
        var path = src.IsAbsoluteUri ? src.PathAndQuery : src.OriginalString;
        Assert.StartsWith($"/{culture}/embed/public-debt-share-china", path, StringComparison.Ordinal);
        var (response, frame) = await factory.GetPageAsync(path);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(culture, frame.DocumentElement.GetAttribute("lang"));
        Assert.Contains("lang=" + culture, frame.QuerySelector("figure.chart img")!.GetAttribute("src"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Permalink_OnRussianCompare_KeepsTheLanguageAndOpensTheSameView()
    {
        var (_, doc) = await factory.GetPageAsync("/ru/compare?indicator=public-debt-share-china&entities=KGZ,TJK");

        var permalink = doc.QuerySelector("#permalink")!.GetAttribute("href")!;
        Assert.Equal("/ru/compare?indicator=public-debt-share-china&entities=KGZ,TJK", permalink);
        var (response, again) = await factory.GetPageAsync(permalink);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("ru", again.DocumentElement.GetAttribute("lang"));
        Assert.Equal("Сравнение стран и периодов", again.QuerySelector("h1")!.TextContent);
    }

    [Fact]
    public async Task OutputCache_CompareInEnglishAndRussian_KeepsEachLanguage()
    {
        var client = factory.CreateClient();
        var bodies = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        foreach (var path in new[] { "/compare", "/ru/compare", "/compare", "/ru/compare" })
        {
            var response = await client.GetAsync(new Uri(path, UriKind.Relative));
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            bodies.TryAdd(path, []);
            bodies[path].Add(await response.Content.ReadAsStringAsync());
        }

        Assert.Equal(bodies["/compare"][0], bodies["/compare"][1]);
        Assert.Equal(bodies["/ru/compare"][0], bodies["/ru/compare"][1]);
        Assert.Contains("<html lang=\"en\"", bodies["/compare"][1], StringComparison.Ordinal);
        Assert.Contains("Compare countries and periods", bodies["/compare"][1], StringComparison.Ordinal);
        Assert.Contains("<html lang=\"ru\"", bodies["/ru/compare"][1], StringComparison.Ordinal);
        Assert.Contains("Сравнение стран и периодов", bodies["/ru/compare"][1], StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("ru")]
    [InlineData("tr")]
    public async Task Text_OfEveryPage_HasNoEnglishPhraseLeft(string culture)
    {
        var dataTexts = LocalizedPages.DataTexts();
        var client = factory.CreateClient();
        var failures = new List<string>();
        foreach (var (path, _) in LocalizedPages.All())
        {
            var (_, doc) = await factory.GetPageAsync("/" + culture + path, client);
            var text = ReaderText(doc);
            foreach (var data in dataTexts)
            {
                text = text.Replace(data, " ", StringComparison.Ordinal);
            }

            foreach (var phrase in EnglishPhrases(Url().Replace(text, " ")))
            {
                failures.Add($"/{culture}{path}: “{phrase}”");
            }
        }

        Assert.True(failures.Count == 0, string.Join("\n", failures.Distinct()));
    }

    [Fact]
    public void EnglishPhrases_OfEnglishAndTranslatedSentences_FindOnlyTheEnglish()
    {
        Assert.Equal(["each row of the source"], EnglishPhrases("CSV (UTF-8 для Excel; each row of the source)"));
        Assert.Empty(EnglishPhrases("Скачать PNG · SVG · CSV; GeoAI Dashboard; JSON API"));
    }

    /// <summary>Runs of three or more common English words in a row (words of other letters break a run).</summary>
    internal static List<string> EnglishPhrases(string text)
    {
        var phrases = new List<string>();
        var run = new List<string>();
        foreach (Match word in Word().Matches(text))
        {
            if (CommonEnglish.Contains(word.Value))
            {
                run.Add(word.Value);
                continue;
            }

            Flush();
        }

        Flush();
        return phrases;

        void Flush()
        {
            if (run.Count >= 3)
            {
                phrases.Add(string.Join(' ', run));
            }

            run.Clear();
        }
    }

    /// <summary>
    /// What a reader of the page's language sees: the body's text and the labels of its controls, without scripts,
    /// styles, code and what is marked as English (quoted claims, citations, locators). Chart and deck titles
    /// and alt text are composed by the chart code and checked by its own tests.
    /// </summary>
    private static string ReaderText(IHtmlDocument doc)
    {
        foreach (var element in doc.QuerySelectorAll("script, style, code, textarea, [lang=en], .embed-title, .slide-heading, .slide-source").ToList())
        {
            element.Remove();
        }

        var labels = doc.QuerySelectorAll("[title], [aria-label], [placeholder]")
            .SelectMany(e => new[] { e.GetAttribute("title"), e.GetAttribute("aria-label"), e.GetAttribute("placeholder") })
            .Where(v => v is not null);
        return doc.Title + "\n" + doc.Body!.TextContent + "\n" + string.Join("\n", labels);
    }

    private static IEnumerable<string> InternalLinks(IHtmlDocument doc) =>
        doc.QuerySelectorAll("a[href], form[action], link[href], [formaction]")
            .Select(e => e.GetAttribute("href") ?? e.GetAttribute("action") ?? e.GetAttribute("formaction")!)
            .Where(h => h.StartsWith('/') && !h.StartsWith("//", StringComparison.Ordinal));

    /// <summary>Why an internal link on a page in <paramref name="culture"/> loses the language, or null.</summary>
    private static string? Problem(string link, string culture)
    {
        if (link.StartsWith("/charts/", StringComparison.Ordinal))
        {
            return link.Contains("lang=" + culture, StringComparison.Ordinal) ? null : "chart file without lang=" + culture;
        }

        string[] languageless = ["/css/", "/js/", "/favicon", "/api/", "/api?", "/openapi", "/admin", "/culture/"];
        if (languageless.Any(p => link.StartsWith(p, StringComparison.Ordinal)))
        {
            return null;
        }

        var prefix = "/" + culture;
        return link == prefix || link.StartsWith(prefix + "/", StringComparison.Ordinal) || link.StartsWith(prefix + "?", StringComparison.Ordinal) || link.StartsWith(prefix + "#", StringComparison.Ordinal)
            ? null
            : "no /" + culture + " prefix";
    }

    // A hyphenated word (an id such as "no-such-indicator") is one word.
    [GeneratedRegex(@"\p{L}+(?:-\p{L}+)*")]
    private static partial Regex Word();

    [GeneratedRegex(@"(https?://|/)[^\s""'<>)]*")]
    private static partial Regex Url();

    [GeneratedRegex("src=\"([^\"]+)\"")]
    private static partial Regex EmbedSrc();
}

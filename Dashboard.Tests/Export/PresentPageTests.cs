using System.Net;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using Dashboard.Tests.Support;

namespace Dashboard.Tests.Export;

public sealed class PresentPageTests(ShippedDataFactory app) : IClassFixture<ShippedDataFactory>
{
    private static readonly HtmlParser Parser = new();

    private async Task<IDocument> GetAsync(string url)
    {
        using var client = app.CreateClient();
        var response = await client.GetAsync(new Uri(url, UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await Parser.ParseDocumentAsync(await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Present_PaperDeck_EverySlideHasNumberSourceAndProjectorImage()
    {
        var doc = await GetAsync("/present?deck=paper");

        var slides = doc.QuerySelectorAll("section.slide");
        Assert.Equal(7, slides.Length);
        Assert.Equal(["arms-import-share", "arms-supplier-share-5y", "top500-systems", "public-debt-share-china", "external-debt-share-china-bilateral", "safe-city-projects", "ai-strategy-events"],
            slides.Select(s => s.GetAttribute("data-full")!.Split('?')[0].Replace("/charts/", "", StringComparison.Ordinal).Replace(".png", "", StringComparison.Ordinal)));
        for (var i = 0; i < slides.Length; i++)
        {
            var s = slides[i];
            Assert.Equal((i + 1).ToString(System.Globalization.CultureInfo.InvariantCulture), s.QuerySelector(".slide-number")!.TextContent);
            Assert.StartsWith("Source: ", s.QuerySelector(".slide-source")!.TextContent, StringComparison.Ordinal);
            Assert.Contains("width=1920&height=1080", s.GetAttribute("data-full"), StringComparison.Ordinal);
            Assert.Contains("theme=projector", s.GetAttribute("data-full"), StringComparison.Ordinal);
        }

        Assert.Contains("Kalkan Küçüksolak & Fırat (2023), citing Zanini 2022, p. 2", slides[0].QuerySelector(".slide-source")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("SIPRI", slides[1].QuerySelector(".slide-source")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("TOP500.org", slides[2].QuerySelector(".slide-source")!.TextContent, StringComparison.Ordinal);
        Assert.False(slides[0].HasAttribute("hidden"));
        Assert.All(slides.Skip(1), s => Assert.True(s.HasAttribute("hidden")));
    }

    [Fact]
    public async Task Present_Page_HasNoInlineScriptOrHandlers()
    {
        var doc = await GetAsync("/present?deck=paper");

        Assert.All(doc.QuerySelectorAll("script"), s => Assert.False(string.IsNullOrEmpty(s.GetAttribute("src"))));
        Assert.DoesNotContain(doc.All.SelectMany(e => e.Attributes), a => a.Name.StartsWith("on", StringComparison.Ordinal));
        Assert.DoesNotContain(doc.All, e => e.HasAttribute("style"));
    }

    [Fact]
    public async Task Present_RevealSlide_FirstShowsImageUpToPeriodBeforeLatest()
    {
        var doc = await GetAsync("/present?deck=paper");

        var arms = doc.QuerySelector("#slide-1")!;
        var predict = arms.GetAttribute("data-predict")!;
        Assert.Contains("to=2010-2014", predict, StringComparison.Ordinal);
        Assert.DoesNotContain("to=", arms.GetAttribute("data-full"), StringComparison.Ordinal);
        Assert.Equal(predict, arms.QuerySelector("img.slide-image")!.GetAttribute("src"));
        Assert.Contains("Predict: what happens next?", arms.QuerySelector(".predict-banner")!.TextContent, StringComparison.Ordinal);
        Assert.True(arms.ClassList.Contains("predicting"));
    }

    [Fact]
    public async Task Present_NextLinks_WalkEveryStepWithoutJavaScript()
    {
        var url = "/present?deck=paper";
        var steps = new List<(string Slide, string Src)>();
        for (var guard = 0; guard < 20; guard++)
        {
            var doc = await GetAsync(url);
            var current = doc.QuerySelector("section.slide:not([hidden])")!;
            steps.Add((current.Id!, current.QuerySelector("img.slide-image")!.GetAttribute("src")!));
            var next = current.QuerySelector("a[rel=next]");
            if (next is null)
            {
                break;
            }

            url = next.GetAttribute("href")!;
        }

        // Seven slides; the four predict-then-reveal slides are each shown twice: predict, then reveal.
        Assert.Equal(["slide-1", "slide-1", "slide-2", "slide-2", "slide-3", "slide-3", "slide-4", "slide-5", "slide-5", "slide-6", "slide-7"], steps.Select(s => s.Slide));
        Assert.Contains("to=2010-2014", steps[0].Src, StringComparison.Ordinal);
        Assert.DoesNotContain("to=", steps[1].Src, StringComparison.Ordinal);
        Assert.Contains("arms-supplier-share-5y.png?entities=CA5&to=2010-2014", steps[2].Src, StringComparison.Ordinal);
        Assert.Contains("to=2009-11", steps[4].Src, StringComparison.Ordinal);
        Assert.DoesNotContain("to=", steps[5].Src, StringComparison.Ordinal);
        Assert.Equal("/present?deck=paper&slide=7", url);
    }

    [Fact]
    public async Task Present_SlideAndRevealedInUrl_IsAPermalink()
    {
        var doc = await GetAsync("/present?deck=paper&slide=1&revealed=1");

        var current = doc.QuerySelector("section.slide:not([hidden])")!;
        Assert.Equal("slide-1", current.Id);
        Assert.DoesNotContain("predicting", current.ClassName, StringComparison.Ordinal);
        Assert.DoesNotContain("to=", current.QuerySelector("img.slide-image")!.GetAttribute("src"), StringComparison.Ordinal);
        Assert.Equal("/present?deck=paper&slide=1", current.QuerySelector("a[rel=prev]")!.GetAttribute("href"));
    }

    [Fact]
    public async Task Present_ChartList_OneSlidePerChartInOrder()
    {
        var doc = await GetAsync("/present?charts=top500-systems,arms-import-share&theme=dark&reveal=none");

        var slides = doc.QuerySelectorAll("section.slide");
        Assert.Equal(2, slides.Length);
        Assert.StartsWith("/charts/top500-systems.png?", slides[0].GetAttribute("data-full"), StringComparison.Ordinal);
        Assert.Contains("theme=dark", slides[1].GetAttribute("data-full"), StringComparison.Ordinal);
        Assert.Empty(slides[1].GetAttribute("data-predict")!);
        Assert.Contains("theme-dark", doc.Body!.ClassName, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Present_RevealListedChart_OnlyThatSlideHidesItsLatestPeriod()
    {
        var doc = await GetAsync("/present?charts=top500-systems,arms-import-share&reveal=top500-systems");

        var slides = doc.QuerySelectorAll("section.slide");
        Assert.Contains("to=2025-11", slides[0].GetAttribute("data-predict"), StringComparison.Ordinal);
        Assert.Equal("Jun 2026", slides[0].GetAttribute("data-reveals"));
        Assert.Empty(slides[1].GetAttribute("data-predict")!);
        Assert.Contains("theme=projector", slides[0].GetAttribute("data-full"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Present_DownloadAsPowerPoint_SameDeckThemePresetAndRevealChoice()
    {
        var paper = await GetAsync("/present");
        var slide = paper.QuerySelector("#slide-1")!;
        Assert.Equal("/export/deck.pptx?deck=paper&theme=projector&preset=slide-16x9", slide.QuerySelector("a.nav-pptx")!.GetAttribute("href"));
        Assert.Equal("/export/deck.pptx?deck=paper&theme=projector&preset=slide-16x9&steps=1", slide.QuerySelector("a.nav-pptx-steps")!.GetAttribute("href"));

        var own = await GetAsync("/present?charts=top500-systems,arms-import-share&theme=dark&preset=slide-4x3&reveal=top500-systems&slide=2");
        var href = own.QuerySelector("#slide-2 a.nav-pptx-steps")!.GetAttribute("href")!;
        Assert.Equal("/export/deck.pptx?charts=top500-systems%2Carms-import-share&reveal=top500-systems&theme=dark&preset=slide-4x3&steps=1", href);

        // The link gives that deck: 4:3, the listed chart as a predict slide then the full one.
        using var client = app.CreateClient();
        var response = await client.GetAsync(new Uri(href, UriKind.Relative));
        Assert.Equal(System.Net.HttpStatusCode.OK, response.StatusCode);
        Assert.EndsWith("-4x3-dark.pptx", response.Content.Headers.ContentDisposition?.FileNameStar, StringComparison.Ordinal);
        using var deck = DeckFileReader.OpenValid(await response.Content.ReadAsByteArrayAsync());
        var titles = Dashboard.Tests.Decks.DeckReader.Slides(deck).Select(Dashboard.Tests.Decks.DeckReader.Title).ToList();
        Assert.Equal(["Chosen charts", "TOP500 supercomputers by country — up to Nov 2025: what happens next?", "TOP500 supercomputers by country", "Share of Central Asian arms imports by supplier", "Sources"], titles);

        var none = await GetAsync("/present?charts=top500-systems&reveal=none");
        Assert.Null(none.QuerySelector("a.nav-pptx-steps"));
    }

    [Theory]
    [InlineData("/present?theme=neon", HttpStatusCode.BadRequest, "theme 'neon'")]
    [InlineData("/present?deck=nope", HttpStatusCode.BadRequest, "got 'nope'")]
    [InlineData("/present?deck=paper&slide=99", HttpStatusCode.BadRequest, "slide '99'")]
    [InlineData("/present?deck=paper&slide=-1", HttpStatusCode.BadRequest, "slide '-1'")]
    [InlineData("/present?preset=huge", HttpStatusCode.BadRequest, "preset 'huge'")]
    [InlineData("/present?charts=no-such-chart", HttpStatusCode.NotFound, "no-such-chart")]
    public async Task Present_BadParameter_ClearClientError(string url, HttpStatusCode status, string message)
    {
        using var client = app.CreateClient();
        var response = await client.GetAsync(new Uri(url, UriKind.Relative));

        Assert.Equal(status, response.StatusCode);
        Assert.Contains(message, await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }
}

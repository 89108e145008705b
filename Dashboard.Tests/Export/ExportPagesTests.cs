using System.IO.Compression;
using System.Net;
using Dashboard.Tests.Support;

namespace Dashboard.Tests.Export;

public sealed class ExportPagesTests(ShippedDataFactory app) : IClassFixture<ShippedDataFactory>
{
    [Fact]
    public async Task IndicatorPage_ExportPanel_LinksEveryPresetAndFormsAGetToExportChart()
    {
        var (response, doc) = await app.GetPageAsync("/indicators/top500-systems");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var panel = doc.QuerySelector("section.export-panel")!;
        var png = panel.QuerySelectorAll("a.export-quick-png").Select(a => (a.GetAttribute("href"), a.GetAttribute("download"))).ToList();
        Assert.Equal(
            [
                (VersionedUrl.Of(app, "/charts/top500-systems.png?width=1920&height=1080"), "top500-systems-1993-2026-1920x1080.png"),
                (VersionedUrl.Of(app, "/charts/top500-systems.png?width=1600&height=1200"), "top500-systems-1993-2026-1600x1200.png"),
                (VersionedUrl.Of(app, "/charts/top500-systems.png?height=800"), "top500-systems-1993-2026-1200x800.png"),
                (VersionedUrl.Of(app, "/charts/top500-systems.png?width=1080&height=1080"), "top500-systems-1993-2026-1080x1080.png"),
            ],
            png);
        Assert.Equal(4, panel.QuerySelectorAll("a.export-quick-svg").Length);
        var form = panel.QuerySelector("form.export-form")!;
        Assert.Equal("get", form.GetAttribute("method"));
        Assert.Equal("/export/chart", form.GetAttribute("action"));
        Assert.Equal(["slide-16x9", "slide-4x3", "document", "square", "custom"], form.QuerySelectorAll("input[name=preset]").Select(i => i.GetAttribute("value")));
        Assert.Equal(["1", "2", "3", "4"], form.QuerySelectorAll("input[name=scale]").Select(i => i.GetAttribute("value")));
        Assert.Equal(["light", "dark", "projector"], form.QuerySelectorAll("input[name=theme]").Select(i => i.GetAttribute("value")));
        Assert.DoesNotContain(panel.QuerySelectorAll("*").SelectMany(e => e.Attributes), a => a.Name.StartsWith("on", StringComparison.Ordinal) || a.Name == "style");
        Assert.Single(doc.QuerySelectorAll("script[src^='/js/export-panel.js']"));
    }

    [Fact]
    public async Task IndicatorPage_QuickPngLink_DownloadsThatSize()
    {
        var (_, doc) = await app.GetPageAsync("/indicators/arms-import-share");
        var href = doc.QuerySelector("section.export-panel a.export-quick-png[data-preset=square]")!.GetAttribute("href")!;

        using var client = app.CreateClient();
        var bytes = await client.GetByteArrayAsync(new Uri(href, UriKind.Relative));

        var png = PngInfo.Read(bytes);
        Assert.Equal((1080, 1080), (png.Width, png.Height));
        Assert.Equal("Share of Central Asian arms imports by supplier", png.Text("Title"));
    }

    [Fact]
    public async Task ComparePage_ExportPanel_KeepsTheSelection()
    {
        var (response, doc) = await app.GetPageAsync("/compare?indicator=top500-systems&entities=CHN,RUS&from=2000&to=2019");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var panel = doc.QuerySelector("section.export-panel")!;
        Assert.Equal("CHN,RUS", panel.QuerySelector("input[name=entities]")!.GetAttribute("value"));
        Assert.Equal("2000", panel.QuerySelector("input[name=from]")!.GetAttribute("value"));
        var link = panel.QuerySelector("a.export-download")!;
        Assert.Equal(VersionedUrl.Of(app, "/charts/top500-systems.png?entities=CHN,RUS&from=2000&to=2019&width=1920&height=1080"), link.GetAttribute("href"));
        Assert.Equal("china-russia-top500-systems-2000-2019-1920x1080.png", link.GetAttribute("download"));
    }

    [Fact]
    public async Task ExportChart_FormSubmission_ShowsDownloadLinkWithDescriptiveName()
    {
        var (response, doc) = await app.GetPageAsync("/export/chart?indicator=top500-systems&entities=CHN,RUS&preset=slide-4x3&width=1920&height=1080&scale=2&theme=projector&format=svg");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var link = doc.QuerySelector("main a.export-download")!;
        Assert.Equal(VersionedUrl.Of(app, "/charts/top500-systems.svg?entities=CHN,RUS&width=1600&height=1200&scale=2&theme=projector"), link.GetAttribute("href"));
        Assert.Equal("china-russia-top500-systems-1993-2026-3200x2400-projector.svg", link.GetAttribute("download"));
        // The panel below comes back with the same choice selected.
        Assert.Equal("slide-4x3", doc.QuerySelector("input[name=preset][checked]")!.GetAttribute("value"));
        Assert.Equal("svg", doc.QuerySelector("input[name=format][checked]")!.GetAttribute("value"));
    }

    [Fact]
    public async Task ExportChart_CustomSize_UsesWidthAndHeight()
    {
        var (response, doc) = await app.GetPageAsync("/export/chart?indicator=ai-publications&preset=custom&width=1000&height=600&scale=3&theme=light&format=png");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.EndsWith("-3000x1800.png", doc.QuerySelector("main a.export-download")!.GetAttribute("download"), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/export/chart?indicator=top500-systems&preset=custom&width=3840&height=2160&scale=4", HttpStatusCode.BadRequest, "over the cap")]
    [InlineData("/export/chart?indicator=top500-systems&preset=custom&width=50&height=2160", HttpStatusCode.BadRequest, "'width' must be a whole number from 200 to 3840")]
    [InlineData("/export/chart?indicator=top500-systems&preset=custom", HttpStatusCode.BadRequest, "needs both")]
    [InlineData("/export/chart?indicator=top500-systems&format=gif", HttpStatusCode.BadRequest, "format 'gif'")]
    [InlineData("/export/chart?indicator=nope", HttpStatusCode.NotFound, "no chart 'nope'")]
    public async Task ExportChart_BadChoice_ClientErrorWithMessage(string url, HttpStatusCode status, string message)
    {
        var (response, doc) = await app.GetPageAsync(url);

        Assert.Equal(status, response.StatusCode);
        Assert.Contains(message, doc.QuerySelector("[role=alert]")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task PackPage_ListsChartsWithPresetsAndPreselects()
    {
        var (response, doc) = await app.GetPageAsync("/export?charts=top500-systems,arms-import-share");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var form = doc.QuerySelector("form.pack-form")!;
        Assert.Equal("/export/pack.zip", form.GetAttribute("action"));
        Assert.Equal(["arms-import-share", "top500-systems"], form.QuerySelectorAll("input[name=charts][checked]").Select(i => i.GetAttribute("value")!).Order(StringComparer.Ordinal));
        Assert.True(form.QuerySelectorAll("input[name=charts]").Length >= 15);
        Assert.Equal(["slide-16x9", "slide-4x3", "document", "square"], form.QuerySelectorAll("input[name=preset]").Select(i => i.GetAttribute("value")));
    }

    [Fact]
    public async Task PackPage_PowerPointChoice_SubmitsTheSameFormToTheDeckEndpoint()
    {
        var (_, doc) = await app.GetPageAsync("/export");

        var form = doc.QuerySelector("form.pack-form")!;
        Assert.Equal("/export/deck.pptx", form.QuerySelector("button.deck-submit")!.GetAttribute("formaction"));
        Assert.Equal(["picture", "native"], form.QuerySelectorAll("input[name=slides]").Select(i => i.GetAttribute("value")));
        Assert.Equal("picture", form.QuerySelector("input[name=slides][checked]")!.GetAttribute("value"));
        Assert.Equal("/export/deck.pptx?deck=paper", doc.QuerySelector("a.deck-paper")!.GetAttribute("href"));
        Assert.Equal("/export/deck.pptx?deck=paper&slides=native", doc.QuerySelector("a.deck-paper-native")!.GetAttribute("href"));

        // What the form sends for two ticked charts (with the ZIP's scale, which a deck ignores) is a deck.
        using var client = app.CreateClient();
        var response = await client.GetAsync(new Uri("/export/deck.pptx?charts=top500-systems&charts=arms-import-share&preset=slide-16x9&scale=1&theme=light&slides=native", UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var deck = DeckFileReader.OpenValid(await response.Content.ReadAsByteArrayAsync());
        Assert.Equal(["TOP500 supercomputers by country", "Share of Central Asian arms imports by supplier"],
            Dashboard.Tests.Decks.DeckReader.Slides(deck).Skip(1).Take(2).Select(Dashboard.Tests.Decks.DeckReader.Title));
    }

    [Fact]
    public async Task ExportPanel_PowerPointLinks_KeepTheSelection()
    {
        var (_, doc) = await app.GetPageAsync("/compare?indicator=top500-systems&entities=CHN,RUS&from=2000&to=2019");

        var panel = doc.QuerySelector("section.export-panel")!;
        Assert.Equal("/export/deck.pptx?charts=top500-systems&entities=CHN,RUS&from=2000&to=2019", panel.QuerySelector("a.export-pptx")!.GetAttribute("href"));
        Assert.Equal("/export/deck.pptx?charts=top500-systems&entities=CHN,RUS&from=2000&to=2019&slides=native", panel.QuerySelector("a.export-pptx-native")!.GetAttribute("href"));

        var (_, page) = await app.GetPageAsync("/indicators/safe-city-projects");
        Assert.Equal("/export/deck.pptx?charts=safe-city-projects", page.QuerySelector("section.export-panel a.export-pptx")!.GetAttribute("href"));
    }

    [Fact]
    public async Task PackZip_PaperDeck_ThreeFilesPerSlideAndCitations()
    {
        using var client = app.CreateClient();
        var response = await client.GetAsync(new Uri("/export/pack.zip?deck=paper&preset=slide-16x9", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var zip = new ZipArchive(await response.Content.ReadAsStreamAsync(), ZipArchiveMode.Read);
        var names = zip.Entries.Select(e => e.FullName).ToList();
        Assert.Equal(7 * 3 + 1, names.Count);
        Assert.Contains("china-united-states-russia-top500-systems-1993-2026-1920x1080.png", names);
        Assert.Contains("central-asia-5-states-arms-import-share-2010-2019.csv", names);
        Assert.Equal("CITATIONS.md", names[^1]);
    }

    [Theory]
    [InlineData("/export")]
    [InlineData("/export/chart?indicator=top500-systems&preset=square")]
    [InlineData("/indicators/ai-strategy-events")]
    public async Task ExportPages_EveryFieldLabelledNoInlineCodeAndNavMarksExport(string path)
    {
        var (response, doc) = await app.GetPageAsync(path);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.All(doc.QuerySelectorAll("input:not([type=checkbox]):not([type=hidden]), select"), field =>
            Assert.NotNull(doc.QuerySelector($"label[for='{field.Id}']")));
        Assert.All(doc.QuerySelectorAll("input[type=checkbox]"), box => Assert.Equal("LABEL", box.ParentElement!.TagName));
        Assert.All(doc.QuerySelectorAll("script"), s => Assert.StartsWith("/js/", s.GetAttribute("src") ?? "", StringComparison.Ordinal));
        Assert.Empty(doc.QuerySelectorAll("style, [style]"));
        Assert.DoesNotContain(doc.All, e => e.Attributes.Any(a => a.Name.StartsWith("on", StringComparison.Ordinal)));
        Assert.Equal(path.StartsWith("/export", StringComparison.Ordinal) ? "/export" : "/", doc.QuerySelector("nav[aria-label='Main'] a[aria-current='page']")?.GetAttribute("href"));
    }
}

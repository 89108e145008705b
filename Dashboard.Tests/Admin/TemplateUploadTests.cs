using System.Net;
using System.Net.Http.Headers;
using AngleSharp.Html.Parser;
using Dashboard.Tests.Decks;
using Dashboard.Tests.Export;
using Dashboard.Tests.Support;

namespace Dashboard.Tests.Admin;

/// <summary>
/// Deck templates through the admin page: a real template is checked, kept in the store under its id and used by
/// <c>template=</c>; anything else is refused with the reason and nothing kept; the size limit answers 413; templates
/// survive a rebuild of the store like uploaded datasets; only admins reach the page.
/// </summary>
public sealed class TemplateUploadTests : IDisposable
{
    private readonly TestDataFolder _folder = new();
    private readonly TempFolder _temp = new("geoai-templates-");

    public void Dispose()
    {
        _folder.Dispose();
        _temp.Dispose();
    }

    private static async Task<HttpResponseMessage> UploadAsync(AdminSession session, string fileName, byte[] content, string id = "", bool withToken = true)
    {
        using var form = new MultipartFormDataContent();
        if (withToken)
        {
            form.Add(new StringContent(await session.FormTokenAsync("/admin/templates")), "__RequestVerificationToken");
        }

        form.Add(new StringContent(id), "id");
        var file = new ByteArrayContent(content);
        file.Headers.ContentType = new MediaTypeHeaderValue("application/vnd.openxmlformats-officedocument.presentationml.template");
        form.Add(file, "file", fileName);
        return await session.Client.PostAsync("/admin/templates", form);
    }

    [Fact]
    public async Task Upload_LibreOfficeTemplate_KeptListedAndDecksUseIt()
    {
        using var app = new AdminAppFactory(databasePath: _temp.File("store.db"), dataFolder: _folder.Path);
        using var session = new AdminSession(app);
        await session.SignInAsync();

        var response = await UploadAsync(session, "Brand 2026.potx", TemplateSamples.LibreOffice());

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var page = new HtmlParser().ParseDocument(await session.Client.GetStringAsync("/admin/templates"));
        var row = page.QuerySelector("tr[data-template=brand-2026]");
        Assert.NotNull(row);
        Assert.Contains("charts on 'Title, Content'", row.TextContent, StringComparison.Ordinal);
        Assert.Contains("Kept template 'brand-2026'", page.QuerySelector("p.notice")!.TextContent, StringComparison.Ordinal);

        // Anyone's deck request can name it.
        using var client = app.CreateClient();
        var deck = await client.GetAsync(new Uri("/export/deck.pptx?charts=top500-systems&template=brand-2026&slides=native", UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, deck.StatusCode);
        using var document = DeckFileReader.OpenValid(await deck.Content.ReadAsByteArrayAsync());
        Assert.All(DeckReader.Slides(document).Skip(1), s => Assert.Equal("Title, Content", s.SlideLayoutPart!.SlideLayout.CommonSlideData!.Name!.Value));
    }

    [Theory]
    [InlineData("notes.potx", "is not a PowerPoint file")]
    [InlineData("built.potx", "")]
    public async Task Upload_FileThatIsNotATemplate_400WithTheReasonAndNothingKept(string fileName, string reason)
    {
        using var app = new AdminAppFactory(databasePath: _temp.File("store.db"), dataFolder: _folder.Path);
        using var session = new AdminSession(app);
        await session.SignInAsync();
        var content = reason.Length == 0 ? TemplateSamples.Built() : "Speaker notes, not a package"u8.ToArray();

        var response = await UploadAsync(session, fileName, content, id: reason.Length == 0 ? "Not A Slug!" : "");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var page = new HtmlParser().ParseDocument(await response.Content.ReadAsStringAsync());
        Assert.Contains(reason.Length == 0 ? "The template id must be lower-case letters" : reason, page.QuerySelector("p.error")!.TextContent, StringComparison.Ordinal);
        Assert.Empty(new HtmlParser().ParseDocument(await session.Client.GetStringAsync("/admin/templates")).QuerySelectorAll("tr[data-template]"));
    }

    [Fact]
    public async Task Upload_OverTheLimit_413AndNothingKept()
    {
        using var app = new AdminAppFactory(databasePath: _temp.File("store.db"), dataFolder: _folder.Path,
            settings: new Dictionary<string, string?> { ["Export:MaxTemplateBytes"] = "4096" });
        using var session = new AdminSession(app);
        await session.SignInAsync();

        var response = await UploadAsync(session, "brand.potx", TemplateSamples.LibreOffice());

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Contains("templates of at most 4 KB are accepted", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Empty(new HtmlParser().ParseDocument(await session.Client.GetStringAsync("/admin/templates")).QuerySelectorAll("tr[data-template]"));
    }

    [Fact]
    public async Task Upload_WithoutAntiforgeryToken_400AndNothingKept()
    {
        using var app = new AdminAppFactory(databasePath: _temp.File("store.db"), dataFolder: _folder.Path);
        using var session = new AdminSession(app);
        await session.SignInAsync();

        var response = await UploadAsync(session, "brand.potx", TemplateSamples.LibreOffice(), withToken: false);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Empty(new HtmlParser().ParseDocument(await session.Client.GetStringAsync("/admin/templates")).QuerySelectorAll("tr[data-template]"));
    }

    [Fact]
    public async Task Page_NotSignedIn_401()
    {
        using var app = new AdminAppFactory(databasePath: _temp.File("store.db"), dataFolder: _folder.Path);
        using var client = app.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

        Assert.Equal(HttpStatusCode.Unauthorized, (await client.GetAsync(new Uri("/admin/templates", UriKind.Relative))).StatusCode);
        using var form = new MultipartFormDataContent { { new ByteArrayContent(TemplateSamples.Built()), "file", "brand.potx" } };
        Assert.Equal(HttpStatusCode.Unauthorized, (await client.PostAsync(new Uri("/admin/templates", UriKind.Relative), form)).StatusCode);
    }

    [Fact]
    public async Task Upload_ThenStoreRebuiltFromChangedData_TemplateStillThereAndRemovable()
    {
        var db = _temp.File("store.db");
        using (var first = new AdminAppFactory(databasePath: db, dataFolder: _folder.Path))
        using (var session = new AdminSession(first))
        {
            await session.SignInAsync();
            Assert.Equal(HttpStatusCode.Redirect, (await UploadAsync(session, "brand.potx", TemplateSamples.Built(), id: "brand")).StatusCode);
        }

        // A shipped file changes: the next start rebuilds the store from data/.
        _folder.AppendLine("observations/paper.csv", "top500-systems,CHN,,2020-06,,226,paper,§2.4,stated,,");

        using var second = new AdminAppFactory(databasePath: db, dataFolder: _folder.Path);
        using (var client = second.CreateClient())
        {
            var deck = await client.GetAsync(new Uri("/export/deck.pptx?charts=top500-systems&template=brand", UriKind.Relative));
            Assert.Equal(HttpStatusCode.OK, deck.StatusCode);
        }

        using var admin = new AdminSession(second);
        await admin.SignInAsync();
        var token = await admin.FormTokenAsync("/admin/templates");
        var removed = await admin.Client.PostAsync("/admin/templates?handler=Remove", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = token,
            ["id"] = "brand",
            ["confirm"] = "yes",
        }));
        Assert.Equal(HttpStatusCode.Redirect, removed.StatusCode);
        using var after = second.CreateClient();
        var gone = await after.GetAsync(new Uri("/export/deck.pptx?charts=top500-systems&template=brand", UriKind.Relative));
        Assert.Equal(HttpStatusCode.BadRequest, gone.StatusCode);
        Assert.Contains("There is no template", await gone.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }
}

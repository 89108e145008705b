using System.Net;
using AngleSharp.Html.Parser;
using Dashboard.Data.Feeds;
using Dashboard.Tests.Support;

namespace Dashboard.Tests.Feeds;

/// <summary>The admin feeds page: bind a dataset (checked), "Refresh now" (POST with antiforgery), unbind.</summary>
public sealed class AdminFeedsTests : IAsyncLifetime, IDisposable
{
    private const string Path = "/v2/country/KAZ;KGZ/indicator/IT.NET.USER.ZS";
    private FeedHarness _h = null!;
    private AdminAppFactory _app = null!;
    private AdminSession _session = null!;

    public async Task InitializeAsync()
    {
        _h = await FeedHarness.StartAsync();
        _h.ServeWorldBank(Path, 1);
        var settings = new Dictionary<string, string?>(_h.Settings) { ["Feeds:Scheduled"] = "false" };
        _app = new AdminAppFactory(databasePath: _h.DatabasePath, dataFolder: _h.Folder.Path, settings: settings);
        _session = new AdminSession(_app);
        await _session.SignInAsync();
    }

    public async Task DisposeAsync() => await _h.DisposeAsync();

    public void Dispose()
    {
        _session?.Dispose();
        _app?.Dispose();
    }

    private async Task<HttpResponseMessage> PostAsync(string handler, Dictionary<string, string> fields, string? id = null, bool withToken = true)
    {
        if (withToken)
        {
            fields["__RequestVerificationToken"] = await _session.FormTokenAsync("/admin/feeds");
        }

        var url = "/admin/feeds?handler=" + handler + (id is null ? "" : "&id=" + id);
        return await _session.Client.PostAsync(url, new FormUrlEncodedContent(fields));
    }

    private static Dictionary<string, string> AddForm(string url) => new()
    {
        ["Form.Id"] = "wb-internet",
        ["Form.Kind"] = "world-bank",
        ["Form.Url"] = url,
        ["Form.Schedule"] = "weekly",
    };

    [Fact]
    public async Task Add_ThenRefreshNow_BoundAndFetchedWithTheOutcomeOnThePage()
    {
        var added = await PostAsync("Add", AddForm(_h.Server.BaseUrl + Path + "?format=json"));

        Assert.Equal(HttpStatusCode.Redirect, added.StatusCode);
        var feed = _h.Store.Get("wb-internet")!;
        Assert.Equal(FeedSchedule.Weekly, feed.Schedule);
        Assert.Equal("wb-internet", feed.DatasetId);
        Assert.Empty(_h.Store.Attempts("wb-internet"));

        var refresh = await PostAsync("Refresh", [], "wb-internet");

        Assert.Equal(HttpStatusCode.Redirect, refresh.StatusCode);
        await Poll.UntilAsync(() => _h.Store.Attempts("wb-internet").Count == 1, "the refresh started by the admin");
        var attempt = _h.Store.Attempts("wb-internet")[0];
        Assert.Equal(("admin", FeedOutcomes.Changed), (attempt.Trigger, attempt.Outcome));
        var page = new HtmlParser().ParseDocument(await _session.Client.GetStringAsync("/admin/feeds"));
        Assert.Contains("changed", page.QuerySelector("tr[data-feed=wb-internet] li[data-outcome]")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Add_HostNotAllowed_400NamingTheSettingAndNothingStored()
    {
        var response = await PostAsync("Add", AddForm("https://api.example.net" + Path + "?format=json"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var page = new HtmlParser().ParseDocument(await response.Content.ReadAsStringAsync());
        Assert.Contains("api.example.net is not in Feeds:AllowedHosts", page.QuerySelector("#errors li[data-field=url]")!.TextContent, StringComparison.Ordinal);
        Assert.Null(_h.Store.Get("wb-internet"));
    }

    [Fact]
    public async Task Add_WithoutAntiforgeryToken_400AndNothingStored()
    {
        var response = await PostAsync("Add", AddForm(_h.Server.BaseUrl + Path + "?format=json"), withToken: false);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Null(_h.Store.Get("wb-internet"));
    }

    [Fact]
    public async Task RefreshNow_SignedOut_401AndNothingFetched()
    {
        _h.Bind("wb-internet", FeedKind.WorldBank, Path + "?format=json");
        using var anonymous = _app.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

        var response = await anonymous.PostAsync("/admin/feeds?handler=Refresh&id=wb-internet", new FormUrlEncodedContent([]));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Empty(_h.Server.Requests);
    }

    [Fact]
    public async Task Remove_Confirmed_UnboundAndTheDatasetStays()
    {
        _h.Bind("wb-internet", FeedKind.WorldBank, Path + "?format=json");
        await _h.RefreshAsync("wb-internet");

        var response = await PostAsync("Remove", new Dictionary<string, string> { ["confirm"] = "yes" }, "wb-internet");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Null(_h.Store.Get("wb-internet"));
        Assert.Equal(4, _h.Scalar("SELECT COUNT(*) FROM observations WHERE dataset_id = 'wb-internet'"));
    }
}

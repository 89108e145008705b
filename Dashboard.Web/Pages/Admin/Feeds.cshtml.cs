using Dashboard.Data.Feeds;
using Dashboard.Data.Model;
using Dashboard.Data.Queries;
using Dashboard.Web.Feeds;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Options;

namespace Dashboard.Web.Pages.Admin;

/// <summary>
/// The feeds: bind a dataset to its source (kind, URL, schedule, how to read it), refresh one now, unbind one; each
/// with its last attempts. Only admins reach the handlers (the /Admin folder convention); every form posts with an
/// antiforgery token.
/// </summary>
public sealed class FeedsModel(FeedRunner runner, IOptions<FeedOptions> options, SourceQueries sources, TimeProvider clock) : PageModel
{
    public IReadOnlyList<Feed> Feeds { get; private set; } = [];

    public IReadOnlyDictionary<string, IReadOnlyList<FeedAttempt>> Attempts { get; private set; } = new Dictionary<string, IReadOnlyList<FeedAttempt>>();

    public IReadOnlyList<Source> Sources { get; private set; } = [];

    public IReadOnlyList<string> AllowedHosts => options.Value.AllowedHostList;

    public string? Running => runner.Running;

    [BindProperty]
    public FeedForm Form { get; set; } = new();

    public IReadOnlyDictionary<string, string> Problems { get; private set; } = new Dictionary<string, string>();

    [TempData]
    public string? Message { get; set; }

    public async Task OnGetAsync(CancellationToken ct) => await LoadAsync(ct);

    public async Task<IActionResult> OnPostAddAsync(CancellationToken ct)
    {
        var feed = Form.ToFeed(clock.GetUtcNow(), out var problems);
        var stored = feed is null ? problems : runner.Store.Add(feed, FeedConnectors.All, options.Value.Limits);
        if (stored.Count > 0)
        {
            Problems = stored;
            Response.StatusCode = StatusCodes.Status400BadRequest;
            await LoadAsync(ct);
            return Page();
        }

        runner.Wake();
        Message = $"Feed '{feed!.Id}' binds dataset '{feed.DatasetId}' to {feed.Url}; its first refresh starts now.";
        return RedirectToPage();
    }

    public IActionResult OnPostRefresh(string id)
    {
        Message = runner.Start(id, "admin")
            ? $"Refreshing feed '{id}': reload this page to see the outcome."
            : $"There is no feed '{id}'.";
        return RedirectToPage();
    }

    public IActionResult OnPostRemove(string id, string? confirm)
    {
        if (confirm != "yes")
        {
            Message = $"Feed '{id}' was not removed: tick the box to confirm.";
            return RedirectToPage();
        }

        Message = runner.Store.Remove(id)
            ? $"Feed '{id}' removed; its dataset stays, as an upload (remove it on the admin page if it should go too)."
            : $"There is no feed '{id}'.";
        runner.Wake();
        return RedirectToPage();
    }

    private async Task LoadAsync(CancellationToken ct)
    {
        var store = runner.Store;
        Feeds = store.List();
        Attempts = Feeds.ToDictionary(f => f.Id, f => store.Attempts(f.Id, 5), StringComparer.Ordinal);
        Sources = await sources.GetSourcesAsync(ct);
    }
}

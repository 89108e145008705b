using Dashboard.Data.Model;
using Dashboard.Data.Queries;
using Dashboard.Web.Admin;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Options;

namespace Dashboard.Web.Pages.Admin;

/// <summary>
/// The admin home: whether admin is on, the datasets (replace, remove), kept uploads that failed, and the upload form.
/// Only admins reach the handlers: the /Admin folder is authorized by convention (<see cref="Setup.AdminSetup"/>).
/// </summary>
[EnglishOnly]
public sealed class IndexModel(IOptions<AdminOptions> options, DatasetQueries datasets, UploadQueries uploads, SourceQueries sources, UploadJobs jobs) : PageModel
{
    public bool Enabled => options.Value.Enabled;

    public long MaxUploadBytes => options.Value.MaxUploadBytes;

    public IReadOnlyList<DatasetInfo> Datasets { get; private set; } = [];

    public IReadOnlyList<UploadInfo> Uploads { get; private set; } = [];

    public IReadOnlyList<Source> Sources { get; private set; } = [];

    [TempData]
    public string? Message { get; set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        // Admin off: the page only says so (and is the one admin URL anyone may open, see Setup/AdminSetup).
        if (Enabled)
        {
            await LoadAsync(ct);
        }

        return Page();
    }

    public async Task<IActionResult> OnPostRemoveAsync(string id, string? confirm, CancellationToken ct)
    {
        if (confirm != "yes")
        {
            Message = $"Dataset '{id}' was not removed: tick the box to confirm.";
            return RedirectToPage();
        }

        try
        {
            Message = await jobs.RemoveDatasetAsync(id, ct)
                ? $"Removed dataset '{id}'."
                : $"There is no uploaded dataset '{id}'.";
        }
        catch (InvalidOperationException ex)
        {
            Message = ex.Message;
        }

        return RedirectToPage();
    }

    public async Task<IActionResult> OnPostSignOutAsync()
    {
        await HttpContext.SignOutAsync(AdminAuth.CookieScheme);
        return Redirect("/admin/signin");
    }

    private async Task LoadAsync(CancellationToken ct)
    {
        Datasets = await datasets.GetDatasetsAsync(ct);
        Uploads = await uploads.GetUploadsAsync(ct);
        Sources = await sources.GetSourcesAsync(ct);
    }
}

using Dashboard.Web.Admin;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Dashboard.Web.Pages.Admin;

/// <summary>One pending upload: progress while it is checked or applied, then the dry-run report and the confirm form.</summary>
[EnglishOnly]
public sealed class PendingModel(UploadJobs jobs) : PageModel
{
    public PendingUpload Upload { get; private set; } = null!;

    public IActionResult OnGet(string id)
    {
        if (jobs.Get(id) is not { } upload)
        {
            return NotFound();
        }

        Upload = upload;
        return Page();
    }

    public IActionResult OnPostApply(string id)
    {
        if (jobs.Get(id) is null)
        {
            return NotFound();
        }

        // Not confirmable (errors, already applied, still running): the page shows why.
        jobs.Confirm(id);
        return Redirect("/admin/uploads/" + id);
    }

    public IActionResult OnPostDiscard(string id)
    {
        jobs.Discard(id);
        return Redirect("/admin");
    }
}

using Microsoft.AspNetCore.Http.HttpResults;

namespace Dashboard.Web.Admin;

/// <summary><c>/admin/uploads/{id}/status</c>: the state and progress of a pending upload, polled by <c>js/admin.js</c>.</summary>
public static class AdminStatusEndpoint
{
    public static Results<Ok<UploadStatus>, NotFound> Get(string id, UploadJobs jobs)
    {
        if (jobs.Get(id) is not { } upload)
        {
            return TypedResults.NotFound();
        }

        var progress = upload.Progress;
        return TypedResults.Ok(new UploadStatus(upload.State.ToString().ToLowerInvariant(), upload.IsRunning, progress.Phase, progress.Done,
            progress.Total, progress.Percent, upload.QueuePosition));
    }
}

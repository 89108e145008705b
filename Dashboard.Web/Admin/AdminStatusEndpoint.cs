namespace Dashboard.Web.Admin;

/// <summary><c>/admin/uploads/{id}/status</c>: the state and progress of a pending upload, polled by <c>js/admin.js</c>.</summary>
public static class AdminStatusEndpoint
{
    public static IResult Get(string id, UploadJobs jobs)
    {
        if (jobs.Get(id) is not { } upload)
        {
            return Results.NotFound();
        }

        var progress = upload.Progress;
        return Results.Json(new
        {
            state = upload.State.ToString().ToLowerInvariant(),
            running = upload.IsRunning,
            phase = progress.Phase,
            done = progress.Done,
            total = progress.Total,
            percent = progress.Percent,
            queuePosition = upload.QueuePosition,
        });
    }
}

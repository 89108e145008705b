namespace Dashboard.Web.Admin;

/// <summary>
/// The JSON of <c>/admin/uploads/{id}/status</c>: state (checking, checked, applying, applied, failed…), whether work
/// is running, its phase and progress, and the place in the queue of analyses (0 once it runs).
/// </summary>
public sealed record UploadStatus(string State, bool Running, string Phase, long Done, long Total, int? Percent, int QueuePosition);

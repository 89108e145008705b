namespace Dashboard.Web.Admin;

/// <summary>Where a pending upload is in the upload → dry run → confirm → apply flow.</summary>
public enum UploadState
{
    Checking,
    Checked,
    Applying,
    Applied,
    Failed,
}

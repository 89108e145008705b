namespace Dashboard.Data.Import;

/// <summary>
/// Who changed a dataset's values, when, and from which source edition: what the revision history records for an
/// import. A feed's refresh starts a dataset's history (its first rows are recorded as added, so a chart "as published"
/// before them shows none); an upload continues the history of a dataset that has one, and records nothing otherwise.
/// </summary>
/// <param name="Origin">The feed id, or <see cref="UploadOrigin"/>.</param>
/// <param name="At">When the values were published here.</param>
/// <param name="Edition">The source edition the fetched file states (null: the file's own, if any).</param>
/// <param name="StartsHistory">True for a feed: record even when the dataset has no history yet.</param>
public sealed record RevisionStamp(string Origin, DateTimeOffset At, string? Edition, bool StartsHistory)
{
    public const string UploadOrigin = "upload";

    /// <summary>The stamp of an upload (web or command line) at <paramref name="at"/>.</summary>
    public static RevisionStamp Upload(DateTimeOffset at) => new(UploadOrigin, at, null, StartsHistory: false);

    /// <summary>
    /// How times are stored in the history: UTC with seven decimals and a Z, so text order is time order (and a date
    /// such as <c>2026-11-15</c> compares as that day's start).
    /// </summary>
    public static string TimeText(DateTimeOffset at) => Model.RevisionTime.Text(at);
}

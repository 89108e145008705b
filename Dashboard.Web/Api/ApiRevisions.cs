using Dashboard.Data.Model;

namespace Dashboard.Web.Api;

/// <summary>
/// One page of the changes of one indicator's values, newest revision first (old → new, rows added and removed, with
/// time, origin and source edition): <see cref="Count"/> on this page, <see cref="Total"/> in all, and the cursor and
/// URL of the next page (null on the last; the URL is also the <c>Link: rel="next"</c> header).
/// </summary>
public sealed record ApiRevisions(string Indicator, string DataVersion, int Count, IReadOnlyList<RevisionChange> Changes, int Total,
    string? NextCursor, string? Next);

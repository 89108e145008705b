using Dashboard.Data.Model;

namespace Dashboard.Web.Api;

/// <summary>
/// One page of the observations of one indicator matching the filters, with the data version they were read at:
/// <see cref="Count"/> on this page, <see cref="Total"/> matching, and the cursor and URL of the next page (null on the
/// last page; the URL is also the <c>Link: rel="next"</c> header).
/// </summary>
public sealed record ApiObservations(string Indicator, string DataVersion, int Count, IReadOnlyList<Observation> Observations,
    int Total, string? NextCursor, string? Next);

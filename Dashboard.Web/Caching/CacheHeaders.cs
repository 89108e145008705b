using System.Globalization;
using Dashboard.Web.Charts;
using Dashboard.Web.Charts.Selection;
using Microsoft.Extensions.Primitives;
using Microsoft.Net.Http.Headers;

namespace Dashboard.Web.Caching;

/// <summary>
/// The caching headers shared by chart files and data pages: one Cache-Control rule (a URL carrying the current
/// <see cref="UrlVersion"/> is immutable, anything else gets the short max-age) and one If-None-Match test.
/// </summary>
public static class CacheHeaders
{
    /// <summary>A year, and no revalidation: what a URL that names one content for good may be kept for.</summary>
    public const string Immutable = "public, max-age=31536000, immutable";

    /// <summary>
    /// <see cref="Immutable"/> when the query carries the <c>v</c> of the current data version; otherwise public with
    /// <paramref name="maxAgeSeconds"/> (no <c>v</c>, or a stale or unknown one: the content served is the current one,
    /// which the URL does not pin).
    /// </summary>
    public static string CacheControl(IEnumerable<KeyValuePair<string, StringValues>> query, string dataVersion, int maxAgeSeconds) =>
        UrlVersion.IsCurrent(query, dataVersion)
            ? Immutable
            : "public, max-age=" + maxAgeSeconds.ToString(CultureInfo.InvariantCulture);

    /// <summary>
    /// True when If-None-Match names <paramref name="etag"/> (weak comparison, as RFC 9110 asks for If-None-Match),
    /// or is <c>*</c> and <paramref name="anyMatches"/> (only where the caller knows the resource exists).
    /// </summary>
    public static bool Matches(StringValues ifNoneMatch, string etag, bool anyMatches)
    {
        if (ifNoneMatch.Count == 0 || !EntityTagHeaderValue.TryParseList(ifNoneMatch, out var tags))
        {
            return false;
        }

        var ours = new EntityTagHeaderValue(etag);
        return tags.Any(t => (anyMatches && t.Equals(EntityTagHeaderValue.Any)) || t.Compare(ours, useStrongComparison: false));
    }
}

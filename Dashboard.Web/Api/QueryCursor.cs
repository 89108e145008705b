using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text;

namespace Dashboard.Web.Api;

/// <summary>
/// The API's opaque paging cursors: the key of the last item of a page and a fingerprint of the query it belongs to
/// (resource and filters, not the page size), base64url-encoded. Only a cursor written for the same query is accepted,
/// so a cursor cannot carry one query's position into another.
/// </summary>
public static class QueryCursor
{
    private const char Separator = '\n';

    /// <summary>Bytes of SHA-256 kept as the query's fingerprint: a mix-up, not an attacker, is what it guards against.</summary>
    private const int FingerprintBytes = 9;

    public const string NotOurs = "'cursor' is not a cursor this API gave; use the nextCursor of the previous page, or leave it out to start.";

    public static string Encode(string query, params string[] key) =>
        Base64Url.EncodeToString(Encoding.UTF8.GetBytes(string.Join(Separator, [Fingerprint(query), .. key])));

    /// <summary>
    /// The key's <paramref name="parts"/> parts, or null with <paramref name="problem"/> saying why: not a cursor of
    /// this API, or one written for another query (<paramref name="otherQuery"/> says what differs).
    /// </summary>
    public static string[]? Decode(string text, string query, int parts, string otherQuery, out string? problem)
    {
        problem = NotOurs;
        if (text.Length > 200 || !Base64Url.IsValid(text))
        {
            return null;
        }

        var all = Encoding.UTF8.GetString(Base64Url.DecodeFromChars(text)).Split(Separator);
        if (all.Length != parts + 1)
        {
            return null;
        }

        if (!string.Equals(all[0], Fingerprint(query), StringComparison.Ordinal))
        {
            problem = "'cursor' belongs to another query (" + otherQuery + "); page with the same parameters it was given for, or leave it out to start.";
            return null;
        }

        problem = null;
        return all[1..];
    }

    private static string Fingerprint(string query) =>
        Base64Url.EncodeToString(SHA256.HashData(Encoding.UTF8.GetBytes(query)).AsSpan(0, FingerprintBytes));
}

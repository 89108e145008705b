using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text;
using Dashboard.Data.Import.Contract;
using Dashboard.Data.Model;
using Dashboard.Data.Queries;

namespace Dashboard.Web.Api;

/// <summary>
/// The <c>cursor</c> of <c>/api/observations</c>: the key of the last observation of a page (entity, counterpart,
/// period) and a fingerprint of the query it belongs to (indicator and filters, not the page size),
/// base64url-encoded. Opaque to clients; only cursors this API wrote for the same query are accepted, so a cursor
/// cannot carry one query's position into another.
/// </summary>
public static class ObservationCursor
{
    private const char Separator = '\n';

    /// <summary>Bytes of SHA-256 kept as the query's fingerprint: a mix-up, not an attacker, is what it guards against.</summary>
    private const int FingerprintBytes = 9;

    public static string Encode(Observation last, string query) =>
        Base64Url.EncodeToString(Encoding.UTF8.GetBytes(string.Join(Separator, Fingerprint(query), last.EntityCode, last.CounterpartCode ?? "", last.Period)));

    /// <summary>
    /// The key, or null with <paramref name="problem"/> saying why: not a cursor this API wrote, or one written for
    /// another query than <paramref name="query"/>.
    /// </summary>
    public static ObservationKey? Decode(string text, string query, out string? problem)
    {
        problem = "'cursor' is not a cursor this API gave; use the nextCursor of the previous page, or leave it out to start.";
        if (text.Length > 200 || !Base64Url.IsValid(text))
        {
            return null;
        }

        var parts = Encoding.UTF8.GetString(Base64Url.DecodeFromChars(text)).Split(Separator);
        if (parts.Length != 4
            || !ContractTables.IsEntityCode(parts[1])
            || (parts[2].Length != 0 && !ContractTables.IsEntityCode(parts[2]))
            || !Period.TryParse(parts[3], out _, out _))
        {
            return null;
        }

        if (!string.Equals(parts[0], Fingerprint(query), StringComparison.Ordinal))
        {
            problem = "'cursor' belongs to another query (another indicator, entities, counterpart or period range); " +
                "page with the same parameters it was given for, or leave it out to start.";
            return null;
        }

        problem = null;
        return new ObservationKey(parts[1], parts[2], parts[3]);
    }

    private static string Fingerprint(string query) =>
        Base64Url.EncodeToString(SHA256.HashData(Encoding.UTF8.GetBytes(query)).AsSpan(0, FingerprintBytes));
}

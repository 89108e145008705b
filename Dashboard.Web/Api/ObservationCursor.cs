using System.Buffers.Text;
using System.Text;
using Dashboard.Data.Import.Contract;
using Dashboard.Data.Model;
using Dashboard.Data.Queries;

namespace Dashboard.Web.Api;

/// <summary>
/// The <c>cursor</c> of <c>/api/observations</c>: the key of the last observation of a page (entity, counterpart,
/// period), base64url-encoded. Opaque to clients; only cursors this API wrote are accepted.
/// </summary>
public static class ObservationCursor
{
    private const char Separator = '\n';

    public static string Encode(Observation last) =>
        Base64Url.EncodeToString(Encoding.UTF8.GetBytes(string.Join(Separator, last.EntityCode, last.CounterpartCode ?? "", last.Period)));

    /// <summary>The key, or null when <paramref name="text"/> is not a cursor this API wrote.</summary>
    public static ObservationKey? Decode(string text)
    {
        if (text.Length > 200 || !Base64Url.IsValid(text))
        {
            return null;
        }

        var parts = Encoding.UTF8.GetString(Base64Url.DecodeFromChars(text)).Split(Separator);
        return parts.Length == 3
            && ContractTables.IsEntityCode(parts[0])
            && (parts[1].Length == 0 || ContractTables.IsEntityCode(parts[1]))
            && Period.TryParse(parts[2], out _, out _)
            ? new ObservationKey(parts[0], parts[1], parts[2])
            : null;
    }
}

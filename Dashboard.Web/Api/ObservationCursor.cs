using Dashboard.Data.Import.Contract;
using Dashboard.Data.Model;
using Dashboard.Data.Queries;

namespace Dashboard.Web.Api;

/// <summary>
/// The <c>cursor</c> of <c>/api/observations</c>: the key of the last observation of a page (entity, counterpart,
/// period) bound to the query it belongs to (indicator and filters, not the page size); see <see cref="QueryCursor"/>.
/// </summary>
public static class ObservationCursor
{
    public static string Encode(Observation last, string query) =>
        QueryCursor.Encode(query, last.EntityCode, last.CounterpartCode ?? "", last.Period);

    /// <summary>
    /// The key, or null with <paramref name="problem"/> saying why: not a cursor this API wrote, or one written for
    /// another query than <paramref name="query"/>.
    /// </summary>
    public static ObservationKey? Decode(string text, string query, out string? problem)
    {
        var parts = QueryCursor.Decode(text, query, 3, "another indicator, entities, counterpart or period range", out problem);
        if (parts is null)
        {
            return null;
        }

        if (!ContractTables.IsEntityCode(parts[0]) || (parts[1].Length != 0 && !ContractTables.IsEntityCode(parts[1])) || !Period.TryParse(parts[2], out _, out _))
        {
            problem = QueryCursor.NotOurs;
            return null;
        }

        return new ObservationKey(parts[0], parts[1], parts[2]);
    }
}

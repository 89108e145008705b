using System.Text;
using Dapper;
using Dashboard.Data.Model;
using Microsoft.Data.Sqlite;

namespace Dashboard.Data.Queries;

/// <summary>Read-side queries about timeline events.</summary>
public sealed class EventQueries(Database database)
{
    public const string SelectSql = """
        SELECT e.date AS Date, e.precision AS Precision, e.sort_key AS SortKey, e.actor_code AS ActorCode, e.country_code AS CountryCode,
               e.dimension AS Dimension, e.title AS Title, e.source_id AS SourceId, e.locator AS Locator, e.note AS Note
        FROM events e WHERE 1 = 1
        """;

    /// <summary>Events in a year range (inclusive), optionally of one actor and/or dimension, in date order.</summary>
    public async Task<IReadOnlyList<TimelineEvent>> GetEventsAsync(int? fromYear = null, int? toYear = null, string? actor = null, string? dimension = null, CancellationToken ct = default)
    {
        using var c = database.Open();
        return await GetEventsAsync(c, null, fromYear, toYear, actor, dimension, ct);
    }

    /// <summary><see cref="GetEventsAsync(int?, int?, string?, string?, CancellationToken)"/> on an open connection.</summary>
    internal static async Task<IReadOnlyList<TimelineEvent>> GetEventsAsync(SqliteConnection c, SqliteTransaction? t, int? fromYear, int? toYear, string? actor,
        string? dimension, CancellationToken ct)
    {
        var sql = new StringBuilder(SelectSql);
        if (fromYear is not null)
        {
            sql.Append(" AND e.sort_key >= @fromKey");
        }

        if (toYear is not null)
        {
            sql.Append(" AND e.sort_key <= @toKey");
        }

        if (actor is not null)
        {
            sql.Append(" AND e.actor_code = @actor");
        }

        if (dimension is not null)
        {
            sql.Append(" AND e.dimension = @dimension");
        }

        sql.Append(" ORDER BY e.sort_key, e.title");
        var args = new { fromKey = fromYear * 10000, toKey = toYear * 10000 + 9999, actor, dimension };
        return (await c.QueryAsync<TimelineEvent>(new CommandDefinition(sql.ToString(), args, t, cancellationToken: ct))).AsList();
    }
}

using System.Text;
using Dapper;
using Dashboard.Data.Model;
using Microsoft.Data.Sqlite;

namespace Dashboard.Data.Queries;

/// <summary>Read-side queries about observations. Every list is bounded by a limit or by the caller's count check.</summary>
public sealed class ObservationQueries(Database database)
{
    public const string SelectColumns = """
        SELECT o.indicator_id AS IndicatorId, o.entity_code AS EntityCode, o.counterpart_code AS CounterpartCode,
               o.period AS Period, o.period_as_stated AS PeriodAsStated, o.value AS Value, o.source_id AS SourceId,
               o.locator AS Locator, o.basis AS Basis, o.derived_from AS DerivedFrom, o.note AS Note
        FROM observations o
        WHERE o.indicator_id = @indicatorId
        """;

    public const string CountSql = "SELECT COUNT(*) FROM observations o WHERE o.indicator_id = @indicatorId";

    /// <summary>The store's key order (the unique index), so a page after a key is read straight from the index.</summary>
    public const string KeyOrder = " ORDER BY o.entity_code, IFNULL(o.counterpart_code, ''), o.period";

    public const string ChartOrder = " ORDER BY o.entity_code, IFNULL(o.counterpart_code, ''), o.period_start, o.period_end";

    public const string CodesWithDataSql = """
        SELECT o.entity_code FROM observations o WHERE o.indicator_id = @indicatorId
        UNION
        SELECT o.counterpart_code FROM observations o WHERE o.indicator_id = @indicatorId AND o.counterpart_code IS NOT NULL
        """;

    public const string PeriodsSql = """
        SELECT o.period FROM observations o WHERE o.indicator_id = @indicatorId
        GROUP BY o.period ORDER BY MIN(o.period_start), MIN(o.period_end), o.period LIMIT @limit
        """;

    /// <summary>
    /// Observations of one indicator, ordered by entity, counterpart and period: at most <paramref name="limit"/>, or
    /// all of them without one (count them first).
    /// </summary>
    public async Task<IReadOnlyList<Observation>> GetObservationsAsync(string indicatorId, ObservationFilter? filter = null, int? limit = null,
        CancellationToken ct = default)
    {
        using var c = database.Open();
        return await GetObservationsAsync(c, null, indicatorId, filter, limit, ct);
    }

    /// <summary><see cref="GetObservationsAsync(string, ObservationFilter?, int?, CancellationToken)"/> on an open connection.</summary>
    internal static async Task<IReadOnlyList<Observation>> GetObservationsAsync(SqliteConnection c, SqliteTransaction? t, string indicatorId,
        ObservationFilter? filter, int? limit, CancellationToken ct)
    {
        var (sql, args) = Filtered(SelectColumns, indicatorId, filter);
        sql.Append(ChartOrder);
        if (limit is { } n)
        {
            sql.Append(" LIMIT @limit");
            args.Add("limit", n);
        }

        return (await c.QueryAsync<Observation>(new CommandDefinition(sql.ToString(), args, t, cancellationToken: ct))).AsList();
    }

    /// <summary>Whether any observation of the indicator is for a single country (entity kind 'country'): what a map needs.</summary>
    public const string HasCountryRowsSql = """
        SELECT EXISTS (
            SELECT 1 FROM observations o JOIN entities e ON e.code = o.entity_code
            WHERE o.indicator_id = @indicatorId AND e.kind = 'country')
        """;

    /// <summary>Whether any observation of the indicator has one of <c>@entityCodes</c> as its entity.</summary>
    public const string HasRowsForAnySql = "SELECT EXISTS (SELECT 1 FROM observations WHERE indicator_id = @indicatorId AND entity_code IN @entityCodes)";

    /// <summary>How many observations of one indicator match the filter.</summary>
    public async Task<int> CountObservationsAsync(string indicatorId, ObservationFilter? filter = null, CancellationToken ct = default)
    {
        var (sql, args) = Filtered(CountSql, indicatorId, filter);
        using var c = database.Open();
        return await c.ExecuteScalarAsync<int>(new CommandDefinition(sql.ToString(), args, cancellationToken: ct));
    }

    /// <summary>
    /// At most <paramref name="limit"/> observations: those whose entity or counterpart is one of
    /// <paramref name="preferred"/> first, then the others, each part in the order of <see cref="GetObservationsAsync(string, ObservationFilter?, int?, CancellationToken)"/>
    /// (whole series one after another). Two reads along the key index that stop at the limit, so a large indicator is
    /// not sorted whole.
    /// </summary>
    public async Task<IReadOnlyList<Observation>> GetFirstObservationsAsync(string indicatorId, ObservationFilter filter, IReadOnlyCollection<string> preferred,
        int limit, CancellationToken ct = default)
    {
        using var c = database.Open();
        return await GetFirstObservationsAsync(c, null, indicatorId, filter, preferred, limit, ct);
    }

    /// <summary><see cref="GetFirstObservationsAsync(string, ObservationFilter, IReadOnlyCollection{string}, int, CancellationToken)"/> on an open connection.</summary>
    internal static async Task<IReadOnlyList<Observation>> GetFirstObservationsAsync(SqliteConnection c, SqliteTransaction? t, string indicatorId,
        ObservationFilter filter, IReadOnlyCollection<string> preferred, int limit, CancellationToken ct)
    {
        const string Preferred = " AND (o.entity_code IN @preferred OR IFNULL(o.counterpart_code, '') IN @preferred)";
        var rows = new List<Observation>(limit);
        foreach (var part in new[] { Preferred, " AND NOT" + Preferred[" AND".Length..] })
        {
            var (sql, args) = Filtered(SelectColumns, indicatorId, filter);
            sql.Append(part).Append(ChartOrder).Append(" LIMIT @limit");
            args.Add("preferred", preferred);
            args.Add("limit", limit - rows.Count);
            rows.AddRange(await c.QueryAsync<Observation>(new CommandDefinition(sql.ToString(), args, t, cancellationToken: ct)));
            if (rows.Count >= limit)
            {
                break;
            }
        }

        return rows;
    }

    /// <summary>One page: at most <paramref name="limit"/> observations after <paramref name="after"/> (null: from the first), in key order.</summary>
    public async Task<IReadOnlyList<Observation>> GetObservationPageAsync(string indicatorId, ObservationFilter filter, ObservationKey? after, int limit,
        CancellationToken ct = default)
    {
        var (sql, args) = Filtered(SelectColumns, indicatorId, filter);
        if (after is not null)
        {
            sql.Append(" AND (o.entity_code, IFNULL(o.counterpart_code, ''), o.period) > (@afterEntity, @afterCounterpart, @afterPeriod)");
            args.Add("afterEntity", after.Entity);
            args.Add("afterCounterpart", after.Counterpart);
            args.Add("afterPeriod", after.Period);
        }

        sql.Append(KeyOrder).Append(" LIMIT @limit");
        args.Add("limit", limit);
        using var c = database.Open();
        return (await c.QueryAsync<Observation>(new CommandDefinition(sql.ToString(), args, cancellationToken: ct))).AsList();
    }

    /// <summary>Every code that is an entity or a counterpart of the indicator's observations.</summary>
    /// <summary>
    /// What a form choosing within one indicator offers, in one read: every code that is an entity or a counterpart of
    /// its observations, and its distinct periods in time order (at most <paramref name="periodLimit"/>).
    /// </summary>
    public async Task<IndicatorChoices> GetChoicesAsync(string indicatorId, int periodLimit, CancellationToken ct = default)
    {
        using var c = database.Open();
        using var batch = await c.QueryMultipleAsync(new CommandDefinition(CodesWithDataSql + ";\n" + PeriodsSql, new { indicatorId, limit = periodLimit }, cancellationToken: ct));
        var codes = (await batch.ReadAsync<string>()).ToHashSet(StringComparer.Ordinal);
        var periods = (await batch.ReadAsync<string>()).Select(Model.Period.Parse).ToList();
        return new IndicatorChoices(codes, periods);
    }

    /// <summary>
    /// The indicator's rows as published before <c>@asOf</c>: for each key, the row as it was before the earliest
    /// revision at or after that instant (none when that revision added it), else the row as it is now. Same columns as
    /// <c>observations</c>, so every query here reads it in place of the table.
    /// </summary>
    public const string AsOfSql = """
        WITH later AS (
            SELECT rc.*, ROW_NUMBER() OVER (PARTITION BY rc.entity_code, IFNULL(rc.counterpart_code, ''), rc.period ORDER BY rc.revision_id) AS nth
            FROM revision_changes rc JOIN revisions r ON r.id = rc.revision_id
            WHERE rc.indicator_id = @indicatorId AND r.revised_at >= @asOf),
        undone AS (SELECT * FROM later WHERE nth = 1),
        observations_as_of AS (
            SELECT o.indicator_id, o.entity_code, o.counterpart_code, o.period, o.period_kind, o.period_start, o.period_end, o.period_as_stated,
                   o.value, o.source_id, o.locator, o.basis, o.derived_from, o.note
            FROM observations o
            WHERE o.indicator_id = @indicatorId AND NOT EXISTS (SELECT 1 FROM undone u
                WHERE u.entity_code = o.entity_code AND IFNULL(u.counterpart_code, '') = IFNULL(o.counterpart_code, '') AND u.period = o.period)
            UNION ALL
            SELECT u.indicator_id, u.entity_code, u.counterpart_code, u.period, u.period_kind, u.period_start, u.period_end, u.old_period_as_stated,
                   u.old_value, u.old_source_id, u.old_locator, u.old_basis, u.old_derived_from, u.old_note
            FROM undone u WHERE u.change <> 'added')

        """;

    internal static (StringBuilder Sql, DynamicParameters Args) Filtered(string select, string indicatorId, ObservationFilter? filter)
    {
        filter ??= new ObservationFilter();
        var sql = new StringBuilder();
        var args = new DynamicParameters(new { indicatorId });
        if (filter.AsOf is { } asOf)
        {
            // Every select here reads "observations o"; as of an instant it reads the rebuilt rows under the same alias.
            sql.Append(AsOfSql).Append(select.Replace("FROM observations o", "FROM observations_as_of o", StringComparison.Ordinal));
            args.Add("asOf", RevisionTime.Text(asOf));
        }
        else
        {
            sql.Append(select);
        }

        AppendConditions(sql, args, filter, "o");
        return (sql, args);
    }

    /// <summary>
    /// The filter's conditions (entities, involving, counterpart, period range) appended to a WHERE of rows under
    /// <paramref name="alias"/>: the observations (<c>o</c>) and the revision history (<c>rc</c>) share their
    /// columns. The alias is one of those two constants, never input; every value is a parameter.
    /// </summary>
    internal static void AppendConditions(StringBuilder sql, DynamicParameters args, ObservationFilter filter, string alias)
    {
        if (filter.Entities.Count > 0)
        {
            sql.Append($" AND {alias}.entity_code IN @entities");
            args.Add("entities", filter.Entities);
        }

        if (filter.Involving.Count > 0)
        {
            sql.Append($" AND ({alias}.entity_code IN @involving OR {alias}.counterpart_code IN @involving)");
            args.Add("involving", filter.Involving);
        }

        if (filter.Counterpart is not null)
        {
            sql.Append($" AND {alias}.counterpart_code = @counterpart");
            args.Add("counterpart", filter.Counterpart);
        }

        if (filter.From is { } from)
        {
            sql.Append($" AND {alias}.period_start >= @fromStart");
            args.Add("fromStart", from.Start);
        }

        if (filter.To is { } to)
        {
            sql.Append($" AND {alias}.period_end <= @toEnd");
            args.Add("toEnd", to.End);
        }
    }
}

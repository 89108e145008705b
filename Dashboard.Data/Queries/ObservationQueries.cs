using System.Text;
using Dapper;
using Dashboard.Data.Model;

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
        var (sql, args) = Filtered(SelectColumns, indicatorId, filter);
        sql.Append(ChartOrder);
        if (limit is { } n)
        {
            sql.Append(" LIMIT @limit");
            args.Add("limit", n);
        }

        using var c = database.Open();
        return (await c.QueryAsync<Observation>(new CommandDefinition(sql.ToString(), args, cancellationToken: ct))).AsList();
    }

    /// <summary>Whether any observation of the indicator is for a single country (entity kind 'country'): what a map needs.</summary>
    public async Task<bool> HasCountryRowsAsync(string indicatorId, CancellationToken ct = default)
    {
        const string Sql = """
            SELECT EXISTS (
                SELECT 1 FROM observations o JOIN entities e ON e.code = o.entity_code
                WHERE o.indicator_id = @indicatorId AND e.kind = 'country')
            """;
        using var c = database.Open();
        return await c.ExecuteScalarAsync<bool>(new CommandDefinition(Sql, new { indicatorId }, cancellationToken: ct));
    }

    /// <summary>Whether any observation of the indicator has one of <paramref name="entityCodes"/> as its entity.</summary>
    public async Task<bool> HasRowsForAnyAsync(string indicatorId, IReadOnlyCollection<string> entityCodes, CancellationToken ct = default)
    {
        const string Sql = "SELECT EXISTS (SELECT 1 FROM observations WHERE indicator_id = @indicatorId AND entity_code IN @entityCodes)";
        using var c = database.Open();
        return await c.ExecuteScalarAsync<bool>(new CommandDefinition(Sql, new { indicatorId, entityCodes }, cancellationToken: ct));
    }

    /// <summary>How many observations of one indicator match the filter.</summary>
    public async Task<int> CountObservationsAsync(string indicatorId, ObservationFilter? filter = null, CancellationToken ct = default)
    {
        var (sql, args) = Filtered(CountSql, indicatorId, filter);
        using var c = database.Open();
        return await c.ExecuteScalarAsync<int>(new CommandDefinition(sql.ToString(), args, cancellationToken: ct));
    }

    /// <summary>
    /// At most <paramref name="limit"/> observations: those whose entity or counterpart is one of
    /// <paramref name="preferred"/> first, then the others, each part in the order of <see cref="GetObservationsAsync"/>
    /// (whole series one after another). Two reads along the key index that stop at the limit, so a large indicator is
    /// not sorted whole.
    /// </summary>
    public async Task<IReadOnlyList<Observation>> GetFirstObservationsAsync(string indicatorId, ObservationFilter filter, IReadOnlyCollection<string> preferred,
        int limit, CancellationToken ct = default)
    {
        const string Preferred = " AND (o.entity_code IN @preferred OR IFNULL(o.counterpart_code, '') IN @preferred)";
        var rows = new List<Observation>(limit);
        foreach (var part in new[] { Preferred, " AND NOT" + Preferred[" AND".Length..] })
        {
            var (sql, args) = Filtered(SelectColumns, indicatorId, filter);
            sql.Append(part).Append(ChartOrder).Append(" LIMIT @limit");
            args.Add("preferred", preferred);
            args.Add("limit", limit - rows.Count);
            using var c = database.Open();
            rows.AddRange(await c.QueryAsync<Observation>(new CommandDefinition(sql.ToString(), args, cancellationToken: ct)));
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
    public async Task<IReadOnlySet<string>> GetCodesWithDataAsync(string indicatorId, CancellationToken ct = default)
    {
        using var c = database.Open();
        var codes = await c.QueryAsync<string>(new CommandDefinition(CodesWithDataSql, new { indicatorId }, cancellationToken: ct));
        return codes.ToHashSet(StringComparer.Ordinal);
    }

    /// <summary>The indicator's distinct periods in time order, at most <paramref name="limit"/>.</summary>
    public async Task<IReadOnlyList<Period>> GetPeriodsAsync(string indicatorId, int limit, CancellationToken ct = default)
    {
        using var c = database.Open();
        var texts = await c.QueryAsync<string>(new CommandDefinition(PeriodsSql, new { indicatorId, limit }, cancellationToken: ct));
        return texts.Select(Model.Period.Parse).ToList();
    }

    private static (StringBuilder Sql, DynamicParameters Args) Filtered(string select, string indicatorId, ObservationFilter? filter)
    {
        filter ??= new ObservationFilter();
        var sql = new StringBuilder(select);
        var args = new DynamicParameters(new { indicatorId });
        if (filter.Entities.Count > 0)
        {
            sql.Append(" AND o.entity_code IN @entities");
            args.Add("entities", filter.Entities);
        }

        if (filter.Involving.Count > 0)
        {
            sql.Append(" AND (o.entity_code IN @involving OR o.counterpart_code IN @involving)");
            args.Add("involving", filter.Involving);
        }

        if (filter.Counterpart is not null)
        {
            sql.Append(" AND o.counterpart_code = @counterpart");
            args.Add("counterpart", filter.Counterpart);
        }

        if (filter.From is { } from)
        {
            sql.Append(" AND o.period_start >= @fromStart");
            args.Add("fromStart", from.Start);
        }

        if (filter.To is { } to)
        {
            sql.Append(" AND o.period_end <= @toEnd");
            args.Add("toEnd", to.End);
        }

        return (sql, args);
    }
}

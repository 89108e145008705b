using System.Text;
using Dapper;
using Dashboard.Data.Model;

namespace Dashboard.Data.Queries;

/// <summary>Read-side queries about observations.</summary>
public sealed class ObservationQueries(Database database)
{
    public const string SelectColumns = """
        SELECT o.indicator_id AS IndicatorId, o.entity_code AS EntityCode, o.counterpart_code AS CounterpartCode,
               o.period AS Period, o.period_as_stated AS PeriodAsStated, o.value AS Value, o.source_id AS SourceId,
               o.locator AS Locator, o.basis AS Basis, o.derived_from AS DerivedFrom, o.note AS Note
        FROM observations o
        WHERE o.indicator_id = @indicatorId
        """;

    /// <summary>Observations of one indicator, ordered by entity, counterpart and period.</summary>
    public async Task<IReadOnlyList<Observation>> GetObservationsAsync(string indicatorId, ObservationFilter? filter = null, CancellationToken ct = default)
    {
        filter ??= new ObservationFilter();
        var sql = new StringBuilder(SelectColumns);
        var args = new DynamicParameters(new { indicatorId });
        if (filter.Entities.Count > 0)
        {
            sql.Append(" AND o.entity_code IN @entities");
            args.Add("entities", filter.Entities);
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

        sql.Append(" ORDER BY o.entity_code, IFNULL(o.counterpart_code, ''), o.period_start, o.period_end");
        using var c = database.Open();
        return (await c.QueryAsync<Observation>(new CommandDefinition(sql.ToString(), args, cancellationToken: ct))).AsList();
    }
}

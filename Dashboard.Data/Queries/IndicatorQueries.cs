using Dapper;
using Dashboard.Data.Model;

namespace Dashboard.Data.Queries;

/// <summary>Read-side queries about indicators.</summary>
public sealed class IndicatorQueries(Database database)
{
    private const string Columns = """
        i.id AS Id, i.name AS Name, i.unit AS Unit, i.dimension AS Dimension, i.description AS Description,
        i.chart_kind AS ChartKind, i.min_value AS MinValue, i.max_value AS MaxValue,
        i.display_precision AS DisplayPrecision, i.missing_means_zero AS MissingMeansZero, i.map_classes AS MapClasses
        """;

    public const string AllSql = $"SELECT {Columns} FROM indicators i ORDER BY i.dimension, i.name";

    public const string ByIdSql = $"SELECT {Columns} FROM indicators i WHERE i.id = @id";

    /// <summary>
    /// Every indicator with its observation count and the count of the rows it shows: events for a timeline, projects
    /// for a project table (the contract's chart kinds <c>timeline</c> and <c>table</c>), its observations otherwise.
    /// </summary>
    public const string SummariesSql = """
        SELECT i.id AS Id, i.name AS Name, i.unit AS Unit, i.dimension AS Dimension, i.chart_kind AS ChartKind,
               (SELECT COUNT(*) FROM observations o WHERE o.indicator_id = i.id) AS ObservationCount,
               CASE i.chart_kind
                   WHEN 'timeline' THEN (SELECT COUNT(*) FROM events)
                   WHEN 'table' THEN (SELECT COUNT(*) FROM projects)
                   ELSE (SELECT COUNT(*) FROM observations o WHERE o.indicator_id = i.id)
               END AS RowCount
        FROM indicators i
        ORDER BY i.dimension, i.name
        """;

    public async Task<IReadOnlyList<Indicator>> GetIndicatorsAsync(CancellationToken ct = default)
    {
        using var c = database.Open();
        return (await c.QueryAsync<Indicator>(new CommandDefinition(AllSql, cancellationToken: ct))).AsList();
    }

    public async Task<Indicator?> GetIndicatorAsync(string id, CancellationToken ct = default)
    {
        using var c = database.Open();
        return await c.QuerySingleOrDefaultAsync<Indicator>(new CommandDefinition(ByIdSql, new { id }, cancellationToken: ct));
    }

    /// <summary>
    /// What a page that lets a reader choose reads in one go: every indicator summary (<see cref="SummariesSql"/>) and
    /// every entity with its members.
    /// </summary>
    public async Task<Catalogue> GetCatalogueAsync(CancellationToken ct = default)
    {
        using var c = database.Open();
        using var batch = await c.QueryMultipleAsync(new CommandDefinition(
            string.Join(";\n", SummariesSql, EntityQueries.AllSql, EntityQueries.MembersSql), cancellationToken: ct));
        var summaries = (await batch.ReadAsync<IndicatorSummary>()).AsList();
        var entities = await batch.ReadAsync<Entity>();
        var members = (await batch.ReadAsync<(string GroupCode, string MemberCode)>()).ToLookup(m => m.GroupCode, m => m.MemberCode, StringComparer.Ordinal);
        return new Catalogue(summaries, entities.Select(e => e with { Members = members[e.Code].ToList() }).ToList());
    }

    /// <summary>Every indicator with the number of observations it has and of the rows it shows (<see cref="SummariesSql"/>).</summary>
    public async Task<IReadOnlyList<IndicatorSummary>> GetIndicatorSummariesAsync(CancellationToken ct = default)
    {
        using var c = database.Open();
        return (await c.QueryAsync<IndicatorSummary>(new CommandDefinition(SummariesSql, cancellationToken: ct))).AsList();
    }
}

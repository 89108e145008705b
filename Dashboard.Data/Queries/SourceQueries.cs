using Dapper;
using Dashboard.Data.Model;

namespace Dashboard.Data.Queries;

/// <summary>Read-side queries about the bibliography.</summary>
public sealed class SourceQueries(Database database)
{
    private const string Columns = "s.id AS Id, s.citation AS Citation, s.url AS Url, s.publisher AS Publisher, s.licence AS Licence, s.edition AS Edition, s.accessed AS Accessed";

    public const string AllSql = $"SELECT {Columns} FROM sources s ORDER BY s.citation";

    public const string OfIndicatorSql = $"""
        SELECT {Columns} FROM sources s
        WHERE s.id IN (SELECT DISTINCT o.source_id FROM observations o WHERE o.indicator_id = @indicatorId)
        ORDER BY s.citation
        """;

    public const string CitingRowsSql = """
        SELECT DISTINCT o.indicator_id AS IndicatorId, o.source_id AS SourceId, o.locator AS Locator FROM observations o
        """;

    /// <summary>
    /// Every distinct (indicator, source, locator) of the observations: what the bibliography needs to know which
    /// indicators cite a source, directly or through another source's locator, without reading every row.
    /// </summary>
    public async Task<IReadOnlyList<(string IndicatorId, string SourceId, string Locator)>> GetCitingRowsAsync(CancellationToken ct = default)
    {
        using var c = database.Open();
        return (await c.QueryAsync<(string IndicatorId, string SourceId, string Locator)>(new CommandDefinition(CitingRowsSql, cancellationToken: ct))).AsList();
    }

    public async Task<IReadOnlyList<Source>> GetSourcesAsync(CancellationToken ct = default)
    {
        using var c = database.Open();
        return (await c.QueryAsync<Source>(new CommandDefinition(AllSql, cancellationToken: ct))).AsList();
    }

    /// <summary>The sources cited by the observations of one indicator.</summary>
    public async Task<IReadOnlyList<Source>> GetSourcesOfIndicatorAsync(string indicatorId, CancellationToken ct = default)
    {
        using var c = database.Open();
        return (await c.QueryAsync<Source>(new CommandDefinition(OfIndicatorSql, new { indicatorId }, cancellationToken: ct))).AsList();
    }
}

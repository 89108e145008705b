using Dapper;
using Dashboard.Data.Model;

namespace Dashboard.Data.Queries;

/// <summary>Read-side queries about projects (Safe City deployments).</summary>
public sealed class ProjectQueries(Database database)
{
    public const string AllSql = """
        SELECT p.id AS Id, p.name AS Name, p.city AS City, p.country_code AS CountryCode, p.year AS Year, p.vendor AS Vendor,
               p.cameras AS Cameras, p.cost_usd_m AS CostUsdM, p.loan_usd_m AS LoanUsdM, p.lender_code AS LenderCode,
               p.source_id AS SourceId, p.locator AS Locator, p.note AS Note
        FROM projects p ORDER BY p.country_code, p.year, p.name
        """;

    public async Task<IReadOnlyList<Project>> GetProjectsAsync(CancellationToken ct = default)
    {
        using var c = database.Open();
        return (await c.QueryAsync<Project>(new CommandDefinition(AllSql, cancellationToken: ct))).AsList();
    }
}

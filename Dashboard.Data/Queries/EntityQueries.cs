using Dapper;
using Dashboard.Data.Model;

namespace Dashboard.Data.Queries;

/// <summary>Read-side queries about countries and groups.</summary>
public sealed class EntityQueries(Database database)
{
    public const string AllSql = "SELECT e.code AS Code, e.name AS Name, e.kind AS Kind FROM entities e ORDER BY e.kind, e.name";

    public const string MembersSql = "SELECT group_code AS GroupCode, member_code AS MemberCode FROM entity_members ORDER BY group_code, member_code";

    public const string CodesSql = "SELECT e.code FROM entities e";

    /// <summary>Every entity code the store holds (countries, groups, others such as SIPRI's non-state actors).</summary>
    public async Task<IReadOnlySet<string>> GetCodesAsync(CancellationToken ct = default)
    {
        using var c = database.Open();
        return (await c.QueryAsync<string>(new CommandDefinition(CodesSql, cancellationToken: ct))).ToHashSet(StringComparer.Ordinal);
    }

    /// <summary>All entities, groups with their members.</summary>
    public async Task<IReadOnlyList<Entity>> GetEntitiesAsync(CancellationToken ct = default)
    {
        using var c = database.Open();
        var entities = await c.QueryAsync<Entity>(new CommandDefinition(AllSql, cancellationToken: ct));
        var members = (await c.QueryAsync<(string GroupCode, string MemberCode)>(new CommandDefinition(MembersSql, cancellationToken: ct)))
            .ToLookup(m => m.GroupCode, m => m.MemberCode, StringComparer.Ordinal);
        return entities.Select(e => e with { Members = members[e.Code].ToList() }).ToList();
    }
}

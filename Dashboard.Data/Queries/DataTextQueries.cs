using Dapper;
using Dashboard.Data.Model;

namespace Dashboard.Data.Queries;

/// <summary>Data texts in other languages (<c>data/i18n</c>): one culture's translations by key.</summary>
public sealed class DataTextQueries(Database database)
{
    public const string ForCultureSql = "SELECT key AS Key, text AS Text FROM data_texts WHERE culture = @culture";

    public const string AllSql = "SELECT culture AS Culture, key AS Key, text AS Text FROM data_texts ORDER BY culture, key";

    /// <summary>The translations of <paramref name="culture"/> by key (empty for English or a culture without texts).</summary>
    public async Task<IReadOnlyDictionary<string, string>> GetAsync(string culture, CancellationToken ct = default)
    {
        using var c = database.Open();
        var rows = await c.QueryAsync<(string Key, string Text)>(new CommandDefinition(ForCultureSql, new { culture }, cancellationToken: ct));
        return rows.ToDictionary(r => r.Key, r => r.Text, StringComparer.Ordinal);
    }

    /// <summary>Every data text of every culture.</summary>
    public async Task<IReadOnlyList<DataText>> GetAllAsync(CancellationToken ct = default)
    {
        using var c = database.Open();
        return (await c.QueryAsync<DataText>(new CommandDefinition(AllSql, cancellationToken: ct))).AsList();
    }
}

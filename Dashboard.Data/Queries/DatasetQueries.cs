using Dapper;
using Dashboard.Data.Model;

namespace Dashboard.Data.Queries;

/// <summary>Read-side queries about imported datasets.</summary>
public sealed class DatasetQueries(Database database)
{
    public const string AllSql = """
        SELECT d.id AS Id, d.file_name AS FileName, d.format AS Format, d.origin AS Origin, d.content_hash AS ContentHash,
               d.row_count AS RowCount, d.source_id AS SourceId, d.imported_at AS ImportedAt
        FROM datasets d ORDER BY d.origin, d.id
        """;

    public async Task<IReadOnlyList<DatasetInfo>> GetDatasetsAsync(CancellationToken ct = default)
    {
        using var c = database.Open();
        return (await c.QueryAsync<DatasetInfo>(new CommandDefinition(AllSql, cancellationToken: ct))).AsList();
    }
}

using Dapper;
using Dashboard.Data.Model;

namespace Dashboard.Data.Queries;

/// <summary>Read-side queries about uploaded files kept in the store (without their bytes).</summary>
public sealed class UploadQueries(Database database)
{
    public const string AllSql = """
        SELECT u.dataset_id AS DatasetId, u.file_name AS FileName, u.format AS Format, u.source_id AS SourceId,
               u.content_hash AS ContentHash, u.size_bytes AS SizeBytes, u.uploaded_at AS UploadedAt, u.status AS Status, u.error AS Error,
               u.options AS Options
        FROM uploads u ORDER BY u.uploaded_at, u.dataset_id
        """;

    public async Task<IReadOnlyList<UploadInfo>> GetUploadsAsync(CancellationToken ct = default)
    {
        using var c = database.Open();
        return (await c.QueryAsync<UploadInfo>(new CommandDefinition(AllSql, cancellationToken: ct))).AsList();
    }
}

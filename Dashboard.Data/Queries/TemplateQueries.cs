using Dapper;
using Dashboard.Data.Model;

namespace Dashboard.Data.Queries;

/// <summary>Read-side queries about the deck templates kept in the store.</summary>
public sealed class TemplateQueries(Database database)
{
    public const string AllSql = """
        SELECT t.id AS Id, t.file_name AS FileName, t.content_hash AS ContentHash, t.size_bytes AS SizeBytes, t.summary AS Summary, t.uploaded_at AS UploadedAt
        FROM deck_templates t ORDER BY t.id
        """;

    public const string ContentSql = "SELECT t.content_hash AS ContentHash, t.content AS Content FROM deck_templates t WHERE t.id = @id";

    public async Task<IReadOnlyList<DeckTemplateInfo>> GetTemplatesAsync(CancellationToken ct = default)
    {
        using var c = database.Open();
        return (await c.QueryAsync<DeckTemplateInfo>(new CommandDefinition(AllSql, cancellationToken: ct))).AsList();
    }

    /// <summary>The file of template <paramref name="id"/> with its hash, or null when there is no such template.</summary>
    public async Task<(string ContentHash, byte[] Content)?> GetContentAsync(string id, CancellationToken ct = default)
    {
        using var c = database.Open();
        var row = await c.QueryFirstOrDefaultAsync<(string ContentHash, byte[] Content)?>(new CommandDefinition(ContentSql, new { id }, cancellationToken: ct));
        return row;
    }
}

using System.Security.Cryptography;
using Dapper;
using Microsoft.Data.Sqlite;

namespace Dashboard.Data.Import.Store;

/// <summary>
/// Deck templates kept in the store, like uploaded files: saved (replacing one of the same id) and removed in a
/// transaction of their own, and carried over to a rebuilt store. The caller checks a file before it is saved.
/// </summary>
public static class KeptTemplates
{
    private const string SaveSql = """
        INSERT INTO deck_templates (id, file_name, content_hash, size_bytes, content, summary, uploaded_at)
        VALUES (@id, @fileName, @hash, @size, @content, @summary, @uploadedAt)
        ON CONFLICT (id) DO UPDATE SET file_name = excluded.file_name, content_hash = excluded.content_hash, size_bytes = excluded.size_bytes,
            content = excluded.content, summary = excluded.summary, uploaded_at = excluded.uploaded_at
        """;

    private const string RemoveSql = "DELETE FROM deck_templates WHERE id = @id";

    private const string ReadAllSql = """
        SELECT id, file_name AS fileName, content_hash AS hash, size_bytes AS size, content, summary, uploaded_at AS uploadedAt FROM deck_templates ORDER BY id
        """;

    private const string InsertSql = """
        INSERT INTO deck_templates (id, file_name, content_hash, size_bytes, content, summary, uploaded_at)
        VALUES (@id, @fileName, @hash, @size, @content, @summary, @uploadedAt)
        """;

    /// <summary>Saves (or replaces) template <paramref name="id"/>; returns its SHA-256.</summary>
    public static string Save(Database database, string id, string fileName, byte[] content, string summary, DateTimeOffset uploadedAt)
    {
        var hash = Convert.ToHexStringLower(SHA256.HashData(content));
        using var c = database.Open();
        using var t = c.BeginTransaction();
        c.Execute(SaveSql, new
        {
            id, fileName, hash, size = content.LongLength, content, summary,
            uploadedAt = uploadedAt.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", System.Globalization.CultureInfo.InvariantCulture),
        }, t);
        t.Commit();
        return hash;
    }

    /// <summary>Removes template <paramref name="id"/>; false when there was none.</summary>
    public static bool Remove(Database database, string id)
    {
        using var c = database.Open();
        return c.Execute(RemoveSql, new { id }) > 0;
    }

    /// <summary>Copies the templates of <paramref name="previousStore"/> (if it has any) into the new store <paramref name="target"/>.</summary>
    public static int CarryOver(string? previousStore, SqliteConnection target)
    {
        if (previousStore is null || !File.Exists(previousStore))
        {
            return 0;
        }

        using var previous = Database.OpenFile(previousStore, readOnly: true);
        try
        {
            // A store from before schema 10 has no templates to carry.
            if (previous.ExecuteScalar<long>("SELECT COUNT(*) FROM sqlite_master WHERE type = 'table' AND name = 'deck_templates'") == 0)
            {
                return 0;
            }
        }
        catch (SqliteException)
        {
            // The previous store is not readable (damaged, or not ours): there is nothing to carry over, as for uploads.
            return 0;
        }

        // One at a time: a template is at most a few megabytes, and there are few.
        var count = 0;
        foreach (var row in previous.Query(ReadAllSql, buffered: false))
        {
            target.Execute(InsertSql, new DynamicParameters((object)row));
            count++;
        }

        return count;
    }
}

using Dapper;
using Dashboard.Data.Model;
using Microsoft.Data.Sqlite;

namespace Dashboard.Data.Import.Store;

/// <summary>Takes an uploaded dataset out of the store, with what only it brought, in one transaction.</summary>
public static class DatasetRemoval
{
    /// <summary>
    /// Removes an uploaded dataset — its observations, its kept file, and the definitions only it brought (when nothing
    /// else uses them) — in one transaction. Returns false when no uploaded dataset has this id.
    /// </summary>
    /// <exception cref="InvalidOperationException">The id names a shipped dataset, or one bound to a feed.</exception>
    /// <exception cref="StoreBusyException">Another writer held the store longer than <paramref name="maxWait"/>.</exception>
    public static bool Remove(SqliteConnection connection, string datasetId, TimeSpan? maxWait = null, Action<TimeSpan>? waiting = null)
    {
        using var transaction = StoreLock.BeginWrite(connection, maxWait, waiting);
        var existing = connection.QuerySingleOrDefault<DatasetInfo>(DatasetImporter.DatasetSql, new { id = datasetId }, transaction);
        if (existing is { Origin: not DatasetImporter.OriginUpload })
        {
            throw new InvalidOperationException($"'{datasetId}' is a shipped dataset: remove its file from data/ instead.");
        }

        var upload = connection.ExecuteScalar<long>("SELECT COUNT(*) FROM uploads WHERE dataset_id = @datasetId", new { datasetId }, transaction);
        if (existing is null && upload == 0)
        {
            return false;
        }

        if (connection.ExecuteScalar<string?>("SELECT id FROM feeds WHERE dataset_id = @datasetId", new { datasetId }, transaction) is { } feed)
        {
            throw new InvalidOperationException($"'{datasetId}' is bound to feed '{feed}', which would fetch it again: remove the feed first (feed remove {feed}).");
        }

        // A dataset with a revision history records its removal, so a chart "as published" before it still shows its rows.
        if (existing is not null)
        {
            RevisionLog.RecordRemoval(connection, transaction, datasetId, existing.ContentHash, RevisionStamp.Upload(DateTimeOffset.UtcNow));
        }

        var owned = connection.Query<(string Kind, string Id)>("SELECT kind, id FROM upload_definitions WHERE dataset_id = @datasetId", new { datasetId }, transaction).ToList();
        connection.Execute("""
            DELETE FROM observations WHERE dataset_id = @datasetId;
            DELETE FROM datasets WHERE id = @datasetId;
            DELETE FROM uploads WHERE dataset_id = @datasetId;
            DELETE FROM upload_definitions WHERE dataset_id = @datasetId;
            """, new { datasetId }, transaction);
        foreach (var (kind, id) in owned)
        {
            if (connection.ExecuteScalar<long>("SELECT COUNT(*) FROM upload_definitions WHERE kind = @kind AND id = @id", new { kind, id }, transaction) == 0)
            {
                DefinitionOwnership.DeleteIfUnused(connection, transaction, kind, id);
            }
        }

        Database.NewDataVersion(connection, transaction);
        transaction.Commit();
        return true;
    }
}

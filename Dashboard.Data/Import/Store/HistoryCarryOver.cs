using Dapper;
using Microsoft.Data.Sqlite;

namespace Dashboard.Data.Import.Store;

/// <summary>
/// Carries what no file holds over a rebuild of the store: the feeds (bindings and their state), every refresh attempt,
/// the revision history and the claims' judgements are copied from the previous store as they were. The re-applied
/// uploads (<see cref="UploadReplay"/>) record no revision: a rebuild is not a new edition of any source.
/// </summary>
public static class HistoryCarryOver
{
    private static readonly (string Table, string Columns)[] Tables =
    [
        ("feeds", "id, kind, url, schedule, dataset_id, source_id, options, created_at, etag, last_modified, last_attempt_at, last_outcome, last_error, last_success_at, last_change_at"),
        ("feed_attempts", "id, feed_id, started_at, finished_at, trigger, outcome, detail, edition, revision_id"),
        ("revisions", "id, dataset_id, origin, revised_at, edition, content_hash, first, added, changed, removed"),
        ("revision_changes", "revision_id, indicator_id, entity_code, counterpart_code, period, period_kind, period_start, period_end, change, old_value, new_value, old_period_as_stated, old_source_id, old_locator, old_basis, old_derived_from, old_note"),
        ("claim_judgements", "id, claim_id, data_version, judged_at, status, recomputed, revision_id"),
    ];

    /// <summary>Copies the tables from <paramref name="previousStore"/> (when it has them) into <paramref name="target"/>; true when any row came over.</summary>
    public static bool Copy(string? previousStore, SqliteConnection target)
    {
        if (previousStore is null || !File.Exists(previousStore) || !HasTables(previousStore))
        {
            return false;
        }

        target.Execute("ATTACH DATABASE @path AS previous", new { path = previousStore });
        try
        {
            using var transaction = target.BeginTransaction();
            long copied = 0;
            foreach (var (table, columns) in Tables)
            {
                copied += target.Execute($"INSERT INTO main.{table} ({columns}) SELECT {columns} FROM previous.{table}", transaction: transaction);
            }

            transaction.Commit();
            return copied > 0;
        }
        finally
        {
            target.Execute("DETACH DATABASE previous");
        }
    }

    private static bool HasTables(string previousStore)
    {
        try
        {
            using var c = Database.OpenFile(previousStore, readOnly: true);
            return c.ExecuteScalar<long>("SELECT COUNT(*) FROM sqlite_master WHERE type = 'table' AND name IN ('feeds', 'revision_changes', 'claim_judgements')") == 3;
        }
        catch (SqliteException)
        {
            // Not a store of ours, or damaged: nothing to carry over (as for uploads).
            return false;
        }
    }
}

using Dapper;
using Microsoft.Data.Sqlite;

namespace Dashboard.Data.Import.Store;

/// <summary>
/// Writes the revision history of a dataset inside the import's own transaction, before its old rows are replaced:
/// old → new per key (indicator, entity, counterpart, period) for every value that changed, and the rows added and
/// removed, with the time, origin and source edition. Only values count: a row whose value stayed the same is no
/// revision, whatever else about it changed. An import that changes no value records nothing.
/// </summary>
internal static class RevisionLog
{
    private const string HasHistorySql = "SELECT EXISTS (SELECT 1 FROM revisions WHERE dataset_id = @id)";

    private const string HasRowsSql = "SELECT EXISTS (SELECT 1 FROM observations WHERE dataset_id = @id)";

    private const string InsertRevisionSql = """
        INSERT INTO revisions (dataset_id, origin, revised_at, edition, content_hash, first, added, changed, removed)
        VALUES (@id, @origin, @at, @edition, @hash, @first, 0, 0, 0);
        SELECT last_insert_rowid();
        """;

    private const string Columns = """
        revision_id, indicator_id, entity_code, counterpart_code, period, period_kind, period_start, period_end, change,
        old_value, new_value, old_period_as_stated, old_source_id, old_locator, old_basis, old_derived_from, old_note
        """;

    // Keys of the new file: added (no stored row) or changed (the stored value differs).
    private static readonly string AddedAndChangedSql = $"""
        INSERT INTO revision_changes ({Columns})
        SELECT @revision, s.indicator_id, s.entity_code, s.counterpart_code, s.period, s.period_kind, s.period_start, s.period_end,
               CASE WHEN o.id IS NULL THEN 'added' ELSE 'changed' END,
               o.value, s.value, o.period_as_stated, o.source_id, o.locator, o.basis, o.derived_from, o.note
        FROM {ObservationStaging.Table} s
        LEFT JOIN observations o ON o.dataset_id = @id AND o.indicator_id = s.indicator_id AND o.entity_code = s.entity_code
             AND IFNULL(o.counterpart_code, '') = IFNULL(s.counterpart_code, '') AND o.period = s.period
        WHERE o.id IS NULL OR o.value <> s.value
        ORDER BY s.rowid
        """;

    // Every stored row of the dataset as removed (the dataset is removed).
    private static readonly string RemovedAllSql = $"""
        INSERT INTO revision_changes ({Columns})
        SELECT @revision, o.indicator_id, o.entity_code, o.counterpart_code, o.period, o.period_kind, o.period_start, o.period_end,
               'removed', o.value, NULL, o.period_as_stated, o.source_id, o.locator, o.basis, o.derived_from, o.note
        FROM observations o
        WHERE o.dataset_id = @id
        """;

    // Stored keys the new file no longer has.
    private static readonly string RemovedSql = RemovedAllSql + $"""

          AND NOT EXISTS (SELECT 1 FROM {ObservationStaging.Table} s
            WHERE s.indicator_id = o.indicator_id AND s.entity_code = o.entity_code
              AND IFNULL(s.counterpart_code, '') = IFNULL(o.counterpart_code, '') AND s.period = o.period)
        ORDER BY o.id
        """;

    private const string CountsSql = """
        SELECT IFNULL(SUM(change = 'added'), 0) AS Added, IFNULL(SUM(change = 'changed'), 0) AS Changed, IFNULL(SUM(change = 'removed'), 0) AS Removed
        FROM revision_changes WHERE revision_id = @revision
        """;

    private const string SetCountsSql = "UPDATE revisions SET added = @Added, changed = @Changed, removed = @Removed WHERE id = @revision";

    private const string DiscardSql = "DELETE FROM revisions WHERE id = @revision";

    /// <summary>
    /// Records the change the staged rows make to the dataset's stored ones, when the stamp starts a history or the
    /// dataset has one; null when nothing is recorded (no history, or no value changed).
    /// </summary>
    public static RevisionSummary? Record(SqliteConnection c, SqliteTransaction t, string datasetId, string contentHash, RevisionStamp stamp, string? edition)
    {
        var args = new { id = datasetId };
        if (!stamp.StartsHistory && !c.ExecuteScalar<bool>(HasHistorySql, args, t))
        {
            return null;
        }

        var first = !c.ExecuteScalar<bool>(HasRowsSql, args, t);
        var revision = c.ExecuteScalar<long>(InsertRevisionSql, new
        {
            id = datasetId, origin = stamp.Origin, at = RevisionStamp.TimeText(stamp.At), edition = stamp.Edition ?? edition, hash = contentHash, first,
        }, t);
        var changes = new { id = datasetId, revision };
        c.Execute(AddedAndChangedSql, changes, t, commandTimeout: 0);
        c.Execute(RemovedSql, changes, t, commandTimeout: 0);
        return Finish(c, t, revision, first);
    }

    /// <summary>Records the removal of a dataset with a history: every stored row removed. Null when it has none.</summary>
    public static RevisionSummary? RecordRemoval(SqliteConnection c, SqliteTransaction t, string datasetId, string contentHash, RevisionStamp stamp)
    {
        if (!c.ExecuteScalar<bool>(HasHistorySql, new { id = datasetId }, t))
        {
            return null;
        }

        var revision = c.ExecuteScalar<long>(InsertRevisionSql, new
        {
            id = datasetId, origin = stamp.Origin, at = RevisionStamp.TimeText(stamp.At), edition = stamp.Edition, hash = contentHash, first = false,
        }, t);
        c.Execute(RemovedAllSql + " ORDER BY o.id", new { id = datasetId, revision }, t, commandTimeout: 0);
        return Finish(c, t, revision, first: false);
    }

    private static RevisionSummary? Finish(SqliteConnection c, SqliteTransaction t, long revision, bool first)
    {
        var counts = c.QuerySingle<(long Added, long Changed, long Removed)>(CountsSql, new { revision }, t);
        if (counts.Added + counts.Changed + counts.Removed == 0)
        {
            c.Execute(DiscardSql, new { revision }, t);
            return null;
        }

        c.Execute(SetCountsSql, new { counts.Added, counts.Changed, counts.Removed, revision }, t);
        return new RevisionSummary(revision, first, counts.Added, counts.Changed, counts.Removed);
    }
}

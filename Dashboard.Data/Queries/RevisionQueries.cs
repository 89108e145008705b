using System.Text;
using Dapper;
using Dashboard.Data.Model;

namespace Dashboard.Data.Queries;

/// <summary>
/// The public record of revisions: the feeds that write an indicator with their last attempt, its latest revisions
/// with a few of their changes (the indicator page, the Atom feed), and every change old → new a page at a time (the
/// API) or under a chart's filters (revisions.csv). Newest revision first, then key order.
/// </summary>
public sealed class RevisionQueries(Database database)
{
    public const string FeedsSql = """
        SELECT f.id AS Id, f.kind AS Kind, f.url AS Url, f.schedule AS Schedule, f.dataset_id AS DatasetId, f.last_attempt_at AS LastAttemptAt,
               f.last_outcome AS LastOutcome, f.last_error AS LastError, f.last_success_at AS LastSuccessAt, f.last_change_at AS LastChangeAt
        FROM feeds f
        WHERE EXISTS (SELECT 1 FROM observations o WHERE o.dataset_id = f.dataset_id AND o.indicator_id = @indicator)
           OR EXISTS (SELECT 1 FROM revisions r JOIN revision_changes rc ON rc.revision_id = r.id
                      WHERE r.dataset_id = f.dataset_id AND rc.indicator_id = @indicator)
        ORDER BY f.id
        """;

    /// <summary>
    /// Whether the indicator has anything for the Revisions section: a recorded change, or a feed writing its rows. Read
    /// in the chart's batch, so a page of an indicator without either reads no more than its chart.
    /// </summary>
    public const string HasHistorySql = """
        SELECT EXISTS (SELECT 1 FROM revision_changes rc WHERE rc.indicator_id = @indicator)
            OR EXISTS (SELECT 1 FROM feeds f WHERE EXISTS (SELECT 1 FROM observations o WHERE o.dataset_id = f.dataset_id AND o.indicator_id = @indicator))
        """;

    public const string RevisionsSql = """
        SELECT r.id AS Id, r.dataset_id AS DatasetId, r.origin AS Origin, r.revised_at AS RevisedAt, r.edition AS Edition, r.first AS First,
               SUM(rc.change = 'added') AS Added, SUM(rc.change = 'changed') AS Changed, SUM(rc.change = 'removed') AS Removed
        FROM revision_changes rc JOIN revisions r ON r.id = rc.revision_id
        WHERE rc.indicator_id = @indicator
        GROUP BY r.id
        ORDER BY r.id DESC
        LIMIT @limit
        """;

    private const string ChangeColumns = """
        SELECT rc.revision_id AS RevisionId, r.revised_at AS RevisedAt, r.edition AS Edition, r.origin AS Origin, r.dataset_id AS DatasetId,
               rc.indicator_id AS IndicatorId, rc.entity_code AS EntityCode, rc.counterpart_code AS CounterpartCode, rc.period AS Period,
               rc.change AS Change, rc.old_value AS OldValue, rc.new_value AS NewValue
        FROM revision_changes rc JOIN revisions r ON r.id = rc.revision_id
        WHERE rc.indicator_id = @indicator
        """;

    // Per revision: value changes first (what a reader checks), then rows added, then removed; each in key order.
    private const string SampleSql = """
        SELECT * FROM (
            SELECT rc.revision_id AS RevisionId, r.revised_at AS RevisedAt, r.edition AS Edition, r.origin AS Origin, r.dataset_id AS DatasetId,
                   rc.indicator_id AS IndicatorId, rc.entity_code AS EntityCode, rc.counterpart_code AS CounterpartCode, rc.period AS Period,
                   rc.change AS Change, rc.old_value AS OldValue, rc.new_value AS NewValue,
                   ROW_NUMBER() OVER (PARTITION BY rc.revision_id
                       ORDER BY CASE rc.change WHEN 'changed' THEN 0 WHEN 'added' THEN 1 ELSE 2 END, rc.entity_code, IFNULL(rc.counterpart_code, ''), rc.period) AS Nth
            FROM revision_changes rc JOIN revisions r ON r.id = rc.revision_id
            WHERE rc.indicator_id = @indicator AND rc.revision_id IN @ids)
        WHERE Nth <= @per
        ORDER BY RevisionId DESC, Nth
        """;

    public const string CountSql = "SELECT COUNT(*) FROM revision_changes rc WHERE rc.indicator_id = @indicator";

    private const string ChangeOrder = " ORDER BY rc.revision_id DESC, rc.entity_code, IFNULL(rc.counterpart_code, ''), rc.period";

    /// <summary>The feeds writing <paramref name="indicatorId"/> and its latest <paramref name="revisions"/> revisions, each with up to <paramref name="changesPerRevision"/> changes.</summary>
    public async Task<IndicatorHistory> GetHistoryAsync(string indicatorId, int revisions, int changesPerRevision, CancellationToken ct = default)
    {
        using var c = database.Open();
        using var transaction = c.BeginTransaction(deferred: true);
        var args = new { indicator = indicatorId, limit = revisions };
        var feeds = (await c.QueryAsync<FeedStatus>(new CommandDefinition(FeedsSql, args, transaction, cancellationToken: ct))).AsList();
        var list = (await c.QueryAsync<Revision>(new CommandDefinition(RevisionsSql, args, transaction, cancellationToken: ct))).AsList();
        if (list.Count == 0 || changesPerRevision == 0)
        {
            return new IndicatorHistory(feeds, list);
        }

        var changes = (await c.QueryAsync<RevisionChange>(new CommandDefinition(SampleSql,
            new { indicator = indicatorId, ids = list.Select(r => r.Id).ToList(), per = changesPerRevision }, transaction, cancellationToken: ct)))
            .ToLookup(x => x.RevisionId);
        return new IndicatorHistory(feeds, list.ConvertAll(r => r with { Changes = changes[r.Id].ToList() }));
    }

    /// <summary>How many changes the history holds for an indicator.</summary>
    public async Task<int> CountChangesAsync(string indicatorId, CancellationToken ct = default)
    {
        using var c = database.Open();
        return await c.ExecuteScalarAsync<int>(new CommandDefinition(CountSql, new { indicator = indicatorId }, cancellationToken: ct));
    }

    /// <summary>One page: at most <paramref name="limit"/> changes after <paramref name="after"/> (null: from the newest).</summary>
    public async Task<IReadOnlyList<RevisionChange>> GetChangesPageAsync(string indicatorId, RevisionKey? after, int limit, CancellationToken ct = default)
    {
        var sql = new StringBuilder(ChangeColumns);
        var args = new DynamicParameters(new { indicator = indicatorId, limit });
        if (after is not null)
        {
            sql.Append(" AND (rc.revision_id < @afterRevision OR (rc.revision_id = @afterRevision AND (rc.entity_code, IFNULL(rc.counterpart_code, ''), rc.period) > (@afterEntity, @afterCounterpart, @afterPeriod)))");
            args.AddDynamicParams(new { afterRevision = after.RevisionId, afterEntity = after.Entity, afterCounterpart = after.Counterpart, afterPeriod = after.Period });
        }

        sql.Append(ChangeOrder).Append(" LIMIT @limit");
        using var c = database.Open();
        return (await c.QueryAsync<RevisionChange>(new CommandDefinition(sql.ToString(), args, cancellationToken: ct))).AsList();
    }

    /// <summary>
    /// The changes of an indicator under a chart's filters (rows involving the entities, the counterpart, periods
    /// wholly within from–to), newest first, at most <paramref name="limit"/>.
    /// </summary>
    public async Task<IReadOnlyList<RevisionChange>> GetChangesAsync(string indicatorId, ObservationFilter filter, int limit, CancellationToken ct = default)
    {
        var sql = new StringBuilder(ChangeColumns);
        var args = new DynamicParameters(new { indicator = indicatorId, limit });
        ObservationQueries.AppendConditions(sql, args, filter, "rc");
        sql.Append(ChangeOrder).Append(" LIMIT @limit");
        using var c = database.Open();
        return (await c.QueryAsync<RevisionChange>(new CommandDefinition(sql.ToString(), args, cancellationToken: ct))).AsList();
    }
}

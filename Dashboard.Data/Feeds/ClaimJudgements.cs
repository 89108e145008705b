using Dapper;
using Dashboard.Data.Import;
using Dashboard.Data.Model;
using Dashboard.Data.Queries;

namespace Dashboard.Data.Feeds;

/// <summary>
/// Records the claim check's verdicts with the data version that gave them: before a refresh (so a claim has a verdict
/// to compare with) and after it (with the revision), one row per claim whose status or recomputed value differs from
/// its last recorded one. The claims page and API then say which data version judged each claim, and flag a claim
/// whose status a revision changed.
/// </summary>
public static class ClaimJudgements
{
    private const string LatestSql = """
        SELECT j.claim_id AS ClaimId, j.status AS Status, j.recomputed AS Recomputed
        FROM claim_judgements j
        WHERE j.id = (SELECT MAX(m.id) FROM claim_judgements m WHERE m.claim_id = j.claim_id)
        """;

    private const string InsertSql = """
        INSERT INTO claim_judgements (claim_id, data_version, judged_at, status, recomputed, revision_id)
        VALUES (@ClaimId, @DataVersion, @JudgedAt, @Status, @Recomputed, @RevisionId)
        """;

    /// <summary>Judges every claim on the store as it is now; returns how many verdicts were new.</summary>
    public static async Task<int> RecordAsync(Database database, DateTimeOffset at, long? revisionId, CancellationToken ct)
    {
        var version = database.GetDataVersion();
        var checks = await new ClaimQueries(database).GetClaimChecksAsync(ct);
        var all = checks.Concat(checks.SelectMany(k => k.Context)).ToList();
        using var c = database.Open();
        using var transaction = c.BeginTransaction();
        var latest = c.Query<(string ClaimId, string Status, double? Recomputed)>(LatestSql, transaction: transaction)
            .ToDictionary(j => j.ClaimId, StringComparer.Ordinal);
        var rows = all
            .Where(k => !latest.TryGetValue(k.Claim.Id, out var last) || last.Status != k.Status.ToString() || !Same(last.Recomputed, k.Recomputed))
            .Select(k => new
            {
                ClaimId = k.Claim.Id, DataVersion = version, JudgedAt = RevisionStamp.TimeText(at), Status = k.Status.ToString(), k.Recomputed, RevisionId = revisionId,
            })
            .ToList();
        c.Execute(InsertSql, rows, transaction);
        transaction.Commit();
        return rows.Count;
    }

    private static bool Same(double? a, double? b) => a is null ? b is null : b is not null && Math.Abs(a.Value - b.Value) <= ClaimCheck.Epsilon;
}

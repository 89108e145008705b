using System.Globalization;
using Dapper;
using Dashboard.Data.Model;
using Microsoft.Data.Sqlite;

namespace Dashboard.Data.Queries;

/// <summary>
/// The claim check: every claim of <c>claims.csv</c> beside the value recomputed now from the derived observations
/// and primary-source events in the database (never from constants), with its status. A claim's status is that of its
/// own (basis) reading; its context readings are checked the same way and returned beside it.
/// </summary>
public sealed class ClaimQueries(Database database)
{
    public const string AllSql = """
        SELECT c.id AS Id, c.sort_order AS SortOrder, c.section AS Section, c.wording AS Wording, c.cited_source_id AS CitedSourceId,
               c.stated_value AS StatedValue, c.stated_text AS StatedText, c.decimals AS Decimals, c.unit AS Unit, c.method AS Method,
               c.indicator_id AS IndicatorId, c.entity_code AS EntityCode, c.counterpart_code AS CounterpartCode, c.rival_code AS RivalCode,
               c.title_contains AS TitleContains, c.period AS Period, c.relation AS Relation, c.tolerance AS Tolerance,
               c.reading_of AS ReadingOf, c.basis_reason AS BasisReason, c.explanation AS Explanation
        FROM claims c ORDER BY c.sort_order
        """;

    /// <summary>The derived observation a <c>lookup</c> claim is checked against.</summary>
    public const string LookupSql = """
        SELECT o.value AS Value, o.source_id AS SourceId, s.edition AS Edition, o.locator AS Locator
        FROM observations o JOIN sources s ON s.id = o.source_id
        WHERE o.indicator_id = @indicator AND o.entity_code = @entity AND IFNULL(o.counterpart_code, '') = IFNULL(@counterpart, '')
          AND o.period = @period AND o.basis = 'derived'
        """;

    /// <summary>Every derived value of a <c>lookup</c> claim's series with periods of the claim's kind: where would it hold?</summary>
    public const string SeriesSql = """
        SELECT o.period AS Period, o.value AS Value
        FROM observations o
        WHERE o.indicator_id = @indicator AND o.entity_code = @entity AND IFNULL(o.counterpart_code, '') = IFNULL(@counterpart, '')
          AND o.basis = 'derived' AND o.period_kind = @kind
        ORDER BY o.period_start, o.period_end
        """;

    /// <summary>
    /// For the <c>tiv-*</c> recipes: TIV delivered by each supplier to the entity (a group's members, or the entity
    /// itself) in the yearly periods inside the claim's period, largest first.
    /// </summary>
    public const string SupplierSumsSql = """
        SELECT o.counterpart_code AS Supplier, SUM(o.value) AS Tiv, COUNT(*) AS Rows,
               MIN(o.source_id) AS SourceId, MAX(o.source_id) AS LastSourceId, MIN(s.edition) AS Edition
        FROM observations o JOIN sources s ON s.id = o.source_id
        WHERE o.indicator_id = @indicator AND o.basis = 'derived' AND o.period_kind = 'year' AND o.counterpart_code IS NOT NULL
          AND o.period_start >= @start AND o.period_end <= @end
          AND o.entity_code IN (SELECT m.member_code FROM entity_members m WHERE m.group_code = @entity UNION SELECT @entity)
        GROUP BY o.counterpart_code
        ORDER BY Tiv DESC, Supplier
        """;

    /// <summary>
    /// For <c>events</c>: the dated events of the counterpart (actor) in the entity (or a member) within the claim's years
    /// whose title contains the claim's text, citing a source of the claim's derived series (the SIPRI register), and
    /// how many events cite that source at all (none: nothing to check against).
    /// </summary>
    public const string EventsSql = """
        SELECT e.date AS Date, e.country_code AS Country, e.title AS Title, e.locator AS Locator, e.source_id AS SourceId, s.edition AS Edition,
               IFNULL(instr(lower(e.title), lower(@match)) > 0 AND e.actor_code = @counterpart AND e.sort_key BETWEEN @from AND @to
                      AND e.country_code IN (SELECT m.member_code FROM entity_members m WHERE m.group_code = @entity UNION SELECT @entity), 0) AS Matches
        FROM events e JOIN sources s ON s.id = e.source_id
        WHERE e.source_id IN (SELECT DISTINCT o.source_id FROM observations o WHERE o.indicator_id = @indicator AND o.basis = 'derived')
        ORDER BY e.sort_key, e.id
        """;

    /// <summary>
    /// The claims to mark on a chart of <c>@indicator</c>: <c>lookup</c> claims on that indicator, and <c>tiv-share</c>
    /// claims whose key (entity, counterpart, window) is a derived observation of that indicator recorded as derived
    /// from the claim's TIV indicator (so the arms claims land on the supplier-share windows). The claim's unit must be
    /// the indicator's, so a share is never drawn on a volume axis. Context readings are not marked: the ◆ stands at the
    /// reading the claim is judged on.
    /// </summary>
    public const string MarksSql = """
        SELECT c.id AS ClaimId, c.stated_value AS StatedValue, c.stated_text AS StatedText, c.unit AS Unit,
               c.entity_code AS EntityCode, c.counterpart_code AS CounterpartCode, c.period AS Period,
               c.wording AS Wording, c.explanation AS Explanation
        FROM claims c JOIN indicators i ON i.id = @indicator
        WHERE c.entity_code IS NOT NULL AND c.period IS NOT NULL AND c.unit = i.unit AND c.reading_of IS NULL
          AND ((c.method = 'lookup' AND c.indicator_id = @indicator)
            OR (c.method = 'tiv-share' AND EXISTS (
                  SELECT 1 FROM observations o
                  WHERE o.indicator_id = @indicator AND o.entity_code = c.entity_code
                    AND IFNULL(o.counterpart_code, '') = IFNULL(c.counterpart_code, '') AND o.period = c.period
                    AND o.basis = 'derived' AND instr(o.derived_from, c.indicator_id) > 0)))
        ORDER BY c.sort_order
        """;

    /// <summary>The paper's figures to mark on a chart of this indicator (see <see cref="MarksSql"/>), in claim order.</summary>
    public async Task<IReadOnlyList<ClaimMark>> GetMarksAsync(string indicatorId, CancellationToken ct = default)
    {
        using var c = database.Open();
        var marks = await c.QueryAsync<ClaimMark>(new CommandDefinition(MarksSql, new { indicator = indicatorId }, cancellationToken: ct));
        return marks.ToList();
    }

    /// <summary>Every claim (rows that are not context readings) in file order, each with its context readings checked beside it.</summary>
    public async Task<IReadOnlyList<ClaimCheck>> GetClaimChecksAsync(CancellationToken ct = default)
    {
        using var c = database.Open();
        var claims = await c.QueryAsync<Claim>(new CommandDefinition(AllSql, cancellationToken: ct));
        var checks = new List<ClaimCheck>();
        foreach (var claim in claims)
        {
            checks.Add(await CheckAsync(c, claim, ct));
        }

        // The claim's id, then the judgement's columns (from DataVersion on); a previous status equal to this one is no change.
        var judgements = (await c.QueryAsync<string, ClaimJudgement, (string ClaimId, ClaimJudgement Judgement)>(
                new CommandDefinition(JudgementsSql, cancellationToken: ct), (id, j) => (id, j), splitOn: "DataVersion"))
            .ToDictionary(r => r.ClaimId, r => r.Judgement with { PreviousStatus = r.Judgement.PreviousStatus == r.Judgement.Status ? null : r.Judgement.PreviousStatus },
                StringComparer.Ordinal);
        checks = checks.ConvertAll(k => judgements.TryGetValue(k.Claim.Id, out var j) && j.Status == k.Status ? k with { Judgement = j } : k);
        var context = checks.Where(k => k.Claim.ReadingOf is not null).ToLookup(k => k.Claim.ReadingOf!, StringComparer.Ordinal);
        return checks.Where(k => k.Claim.ReadingOf is null).Select(k => k with { Context = context[k.Claim.Id].ToList() }).ToList();
    }

    /// <summary>Each claim's latest recorded judgement, with the status of the one before it.</summary>
    public const string JudgementsSql = """
        SELECT j.claim_id AS ClaimId, j.data_version AS DataVersion, j.judged_at AS JudgedAt, j.status AS Status, j.recomputed AS Recomputed,
               j.revision_id AS RevisionId,
               (SELECT p.status FROM claim_judgements p WHERE p.claim_id = j.claim_id AND p.id < j.id ORDER BY p.id DESC LIMIT 1) AS PreviousStatus
        FROM claim_judgements j
        WHERE j.id = (SELECT MAX(m.id) FROM claim_judgements m WHERE m.claim_id = j.claim_id)
        """;

    private static async Task<ClaimCheck> CheckAsync(SqliteConnection c, Claim claim, CancellationToken ct)
    {
        switch (claim.Method)
        {
            case "lookup":
            {
                var r = await c.QuerySingleOrDefaultAsync<LookupRow>(new CommandDefinition(LookupSql,
                    new { indicator = claim.IndicatorId, entity = claim.EntityCode, counterpart = claim.CounterpartCode, period = claim.Period }, cancellationToken: ct));
                if (r is null)
                {
                    return ClaimRecipes.NotCheckable(claim, $"no derived value of {claim.IndicatorId} for {Key(claim)} in the database");
                }

                var check = ClaimRecipes.Checked(claim, r.Value, $"{claim.IndicatorId}, {Key(claim)}: {ClaimRecipes.Format(r.Value)} ({r.Locator})", r.SourceId, r.Edition);
                return claim.ReadingOf is null ? check with { Support = await SupportAsync(c, claim, ct) } : check;
            }

            case "tiv-share" or "tiv-rank" or "tiv-versus":
            {
                var period = Model.Period.Parse(claim.Period!);
                var sums = (await c.QueryAsync<SupplierSum>(new CommandDefinition(SupplierSumsSql,
                    new { indicator = claim.IndicatorId, entity = claim.EntityCode, start = period.Start, end = period.End }, cancellationToken: ct))).ToList();
                return ClaimRecipes.FromSupplierSums(claim, period, sums);
            }

            case "events":
            {
                var period = Model.Period.Parse(claim.Period!);
                var events = (await c.QueryAsync<EventRow>(new CommandDefinition(EventsSql,
                    new
                    {
                        indicator = claim.IndicatorId, entity = claim.EntityCode, counterpart = claim.CounterpartCode, match = claim.TitleContains,
                        from = period.StartYear * 10000, to = period.EndYear * 10000 + 1231,
                    }, cancellationToken: ct))).ToList();
                return ClaimRecipes.FromEvents(claim, period, events);
            }

            default:
                return ClaimRecipes.NotCheckable(claim, "no primary series to recompute from");
        }
    }

    /// <summary>The periods of a lookup claim's series (same kind as its period) in which the figure would match or be close.</summary>
    private static async Task<IReadOnlyList<ClaimSupport>> SupportAsync(SqliteConnection c, Claim claim, CancellationToken ct)
    {
        var kind = Model.Period.Parse(claim.Period!).Kind.ToString().ToLowerInvariant();
        var series = await c.QueryAsync<(string Period, double Value)>(new CommandDefinition(SeriesSql,
            new { indicator = claim.IndicatorId, entity = claim.EntityCode, counterpart = claim.CounterpartCode, kind }, cancellationToken: ct));
        return series
            .Select(p => new ClaimSupport
            {
                Period = p.Period,
                Value = p.Value,
                Status = ClaimCheck.Evaluate(claim.StatedValue, claim.Decimals, claim.Tolerance, p.Value, claim.Relation),
            })
            .Where(s => s.Status is ClaimStatus.Matches or ClaimStatus.Close)
            .ToList();
    }

    private static string Key(Claim claim) =>
        claim.EntityCode + (claim.CounterpartCode is null ? string.Empty : " ← " + claim.CounterpartCode) + ", " + claim.Period;

    private sealed class LookupRow
    {
        public double Value { get; set; }
        public string SourceId { get; set; } = "";
        public string? Edition { get; set; }
        public string Locator { get; set; } = "";
    }
}

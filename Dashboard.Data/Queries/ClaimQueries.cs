using System.Globalization;
using Dapper;
using Dashboard.Data.Model;
using Microsoft.Data.Sqlite;

namespace Dashboard.Data.Queries;

/// <summary>
/// The claim check: every claim of <c>claims.csv</c> beside the value recomputed now from the derived observations
/// in the database (never from constants), with its status.
/// </summary>
public sealed class ClaimQueries(Database database)
{
    public const string AllSql = """
        SELECT c.id AS Id, c.sort_order AS SortOrder, c.section AS Section, c.wording AS Wording, c.cited_source_id AS CitedSourceId,
               c.stated_value AS StatedValue, c.stated_text AS StatedText, c.decimals AS Decimals, c.unit AS Unit, c.method AS Method,
               c.indicator_id AS IndicatorId, c.entity_code AS EntityCode, c.counterpart_code AS CounterpartCode, c.period AS Period,
               c.tolerance AS Tolerance, c.explanation AS Explanation
        FROM claims c ORDER BY c.sort_order
        """;

    /// <summary>The derived observation a <c>lookup</c> claim is checked against.</summary>
    public const string LookupSql = """
        SELECT o.value AS Value, o.source_id AS SourceId, s.edition AS Edition, o.locator AS Locator
        FROM observations o JOIN sources s ON s.id = o.source_id
        WHERE o.indicator_id = @indicator AND o.entity_code = @entity AND IFNULL(o.counterpart_code, '') = IFNULL(@counterpart, '')
          AND o.period = @period AND o.basis = 'derived'
        """;

    /// <summary>
    /// Sums for a <c>tiv-share</c> claim: TIV delivered by the counterpart and by all suppliers to the entity (a group's
    /// members, or the entity itself) in the yearly periods inside the claim's period.
    /// </summary>
    public const string TivShareSql = """
        SELECT SUM(CASE WHEN o.counterpart_code = @counterpart THEN o.value ELSE 0 END) AS Part, SUM(o.value) AS Total, COUNT(*) AS Rows,
               MIN(o.source_id) AS SourceId, MIN(s.edition) AS Edition, COUNT(DISTINCT o.source_id) AS SourceCount
        FROM observations o JOIN sources s ON s.id = o.source_id
        WHERE o.indicator_id = @indicator AND o.basis = 'derived' AND o.period_kind = 'year'
          AND o.period_start >= @start AND o.period_end <= @end
          AND o.entity_code IN (SELECT m.member_code FROM entity_members m WHERE m.group_code = @entity UNION SELECT @entity)
        """;

    /// <summary>
    /// The claims to mark on a chart of <c>@indicator</c>: <c>lookup</c> claims on that indicator, and <c>tiv-share</c>
    /// claims whose key (entity, counterpart, window) is a derived observation of that indicator recorded as derived
    /// from the claim's TIV indicator (so the arms claims land on the supplier-share windows). The claim's unit must be
    /// the indicator's, so a share is never drawn on a volume axis.
    /// </summary>
    public const string MarksSql = """
        SELECT c.id AS ClaimId, c.stated_value AS StatedValue, c.stated_text AS StatedText, c.unit AS Unit,
               c.entity_code AS EntityCode, c.counterpart_code AS CounterpartCode, c.period AS Period,
               c.wording AS Wording, c.explanation AS Explanation
        FROM claims c JOIN indicators i ON i.id = @indicator
        WHERE c.entity_code IS NOT NULL AND c.period IS NOT NULL AND c.unit = i.unit
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

    public async Task<IReadOnlyList<ClaimCheck>> GetClaimChecksAsync(CancellationToken ct = default)
    {
        using var c = database.Open();
        var claims = await c.QueryAsync<Claim>(new CommandDefinition(AllSql, cancellationToken: ct));
        var result = new List<ClaimCheck>();
        foreach (var claim in claims)
        {
            result.Add(await CheckAsync(c, claim, ct));
        }

        return result;
    }

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
                    return NotCheckable(claim, $"no derived value of {claim.IndicatorId} for {Key(claim)} in the database");
                }

                return Checked(claim, r.Value, $"{claim.IndicatorId}, {Key(claim)}: {Format(r.Value)} ({r.Locator})", r.SourceId, r.Edition);
            }

            case "tiv-share":
            {
                var period = Model.Period.Parse(claim.Period!);
                var sums = await c.QuerySingleAsync<TivSums>(new CommandDefinition(TivShareSql,
                    new { indicator = claim.IndicatorId, entity = claim.EntityCode, counterpart = claim.CounterpartCode, start = period.Start, end = period.End },
                    cancellationToken: ct));
                if (sums.Rows == 0 || sums.Total is not > 0)
                {
                    return NotCheckable(claim, $"no derived {claim.IndicatorId} deliveries to {claim.EntityCode} in {period.Label} in the database");
                }

                var share = 100 * (sums.Part ?? 0) / sums.Total.Value;
                var detail = string.Create(CultureInfo.InvariantCulture,
                    $"100 × {Format(sums.Part ?? 0)} / {Format(sums.Total.Value)} TIV m: {claim.CounterpartCode}'s deliveries over all deliveries to {claim.EntityCode} in {period.Label}, from {sums.Rows} recipient–supplier–year values of {claim.IndicatorId}");
                return Checked(claim, share, sums.SourceCount > 1 ? detail + " (several sources)" : detail, sums.SourceId, sums.Edition);
            }

            default:
                return NotCheckable(claim, "no primary series to recompute from");
        }
    }

    private static ClaimCheck Checked(Claim claim, double value, string detail, string? sourceId, string? edition) => new()
    {
        Claim = claim,
        Recomputed = value,
        Status = ClaimCheck.Evaluate(claim.StatedValue, claim.Decimals, claim.Tolerance, value),
        Detail = detail,
        PrimarySourceId = sourceId,
        PrimaryEdition = edition,
    };

    private static ClaimCheck NotCheckable(Claim claim, string detail) => new() { Claim = claim, Status = ClaimStatus.NotCheckable, Detail = detail };

    private static string Key(Claim claim) =>
        claim.EntityCode + (claim.CounterpartCode is null ? string.Empty : " ← " + claim.CounterpartCode) + ", " + claim.Period;

    private static string Format(double value) => Math.Round(value, 6).ToString("0.######", CultureInfo.InvariantCulture);

    private sealed class LookupRow
    {
        public double Value { get; set; }
        public string SourceId { get; set; } = "";
        public string? Edition { get; set; }
        public string Locator { get; set; } = "";
    }

    private sealed class TivSums
    {
        public double? Part { get; set; }
        public double? Total { get; set; }
        public long Rows { get; set; }
        public string? SourceId { get; set; }
        public string? Edition { get; set; }
        public long SourceCount { get; set; }
    }
}

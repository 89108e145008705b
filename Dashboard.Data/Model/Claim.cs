namespace Dashboard.Data.Model;

/// <summary>
/// A quantified claim of the paper (<c>data/claims.csv</c>) and the recipe to recompute it from the primary series:
/// <see cref="Method"/> <c>lookup</c> reads one derived observation, <c>tiv-share</c> recomputes a supplier's share
/// from the TIV deliveries, <c>tiv-rank</c> a supplier's rank, <c>tiv-versus</c> one supplier's volume over a rival's,
/// <c>events</c> counts dated events citing a primary source, <c>none</c> means no primary series exists (the
/// explanation says why). A row with <see cref="ReadingOf"/> is a context reading of another claim (another period,
/// edition or list): shown beside it with its own value and status, never as its verdict.
/// </summary>
public sealed record Claim
{
    public string Id { get; init; } = "";
    public int SortOrder { get; init; }
    public string Section { get; init; } = "";
    public string Wording { get; init; } = "";
    public string CitedSourceId { get; init; } = "";
    public double StatedValue { get; init; }

    /// <summary>The stated value as written ("1.5"), which fixes its precision.</summary>
    public string StatedText { get; init; } = "";

    /// <summary>Decimals of <see cref="StatedText"/>: the recomputed value is rounded to these before comparing.</summary>
    public int Decimals { get; init; }

    public string Unit { get; init; } = "";
    public string Method { get; init; } = "";
    public string? IndicatorId { get; init; }
    public string? EntityCode { get; init; }
    public string? CounterpartCode { get; init; }

    /// <summary>For <c>tiv-versus</c>: the supplier <see cref="CounterpartCode"/> is compared with.</summary>
    public string? RivalCode { get; init; }

    /// <summary>For <c>events</c>: text an event's title must contain (case-insensitive).</summary>
    public string? TitleContains { get; init; }

    public string? Period { get; init; }

    /// <summary><c>=</c>: the paper states the value; <c>&gt;</c>: it says "more than" it (surpassed, bought some).</summary>
    public string Relation { get; init; } = "=";

    /// <summary>Largest difference (in the claim's unit) still called <c>close</c>.</summary>
    public double? Tolerance { get; init; }

    /// <summary>The id of the claim this row is a context reading of; null for a claim (its own basis reading).</summary>
    public string? ReadingOf { get; init; }

    /// <summary>Why this claim's reading (period, edition, list) is the plausible basis of the paper's figure.</summary>
    public string? BasisReason { get; init; }

    public string Explanation { get; init; } = "";
}

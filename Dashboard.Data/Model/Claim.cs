namespace Dashboard.Data.Model;

/// <summary>
/// A quantified claim of the paper (<c>data/claims.csv</c>) and the recipe to recompute it from the primary series:
/// <see cref="Method"/> <c>lookup</c> reads one derived observation, <c>tiv-share</c> recomputes a supplier's share
/// from the TIV deliveries, <c>none</c> means no primary series exists (the explanation says why).
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
    public string? Period { get; init; }

    /// <summary>Largest difference (in the claim's unit) still called <c>close</c>.</summary>
    public double? Tolerance { get; init; }

    public string Explanation { get; init; } = "";
}

namespace Dashboard.Data.Model;

/// <summary>
/// A claim beside the value recomputed from the database, with its status and where the value came from. The status
/// is that of the claim's own (basis) reading; <see cref="Context"/> holds the other readings with their own values.
/// </summary>
public sealed record ClaimCheck
{
    /// <summary>Absolute difference below which two rounded values count as equal (floating-point noise).</summary>
    public const double Epsilon = 1e-9;

    public required Claim Claim { get; init; }
    public double? Recomputed { get; init; }
    public ClaimStatus Status { get; init; }

    /// <summary>How the value was recomputed ("100 × 16.2 / 1013.42 TIV m …"), or why it could not be.</summary>
    public string Detail { get; init; } = "";

    /// <summary>The primary series' source and its edition ("data generated 3 Jan 2025").</summary>
    public string? PrimarySourceId { get; init; }

    public string? PrimaryEdition { get; init; }

    /// <summary>The context readings of this claim (other periods, editions, lists), each checked on its own.</summary>
    public IReadOnlyList<ClaimCheck> Context { get; init; } = [];

    /// <summary>
    /// The recorded judgement that gave this status (data version, time, and the status before when a revision changed
    /// it); null when none is recorded for this status yet (the store changed since, without a refresh).
    /// </summary>
    public ClaimJudgement? Judgement { get; init; }

    /// <summary>For <c>lookup</c> claims: the periods of the same series in which the figure would match or be close.</summary>
    public IReadOnlyList<ClaimSupport> Support { get; init; } = [];

    /// <summary>
    /// matches / close / diverges, from the stated value, its decimals, the tolerance and the recomputed value. With
    /// <paramref name="relation"/> <c>&gt;</c> the claim matches when the recomputed value exceeds the stated one.
    /// </summary>
    public static ClaimStatus Evaluate(double stated, int decimals, double? tolerance, double? recomputed, string relation = "=")
    {
        if (recomputed is not { } value || !double.IsFinite(value))
        {
            return ClaimStatus.NotCheckable;
        }

        if (relation == ">")
        {
            // Not above the stated value: close only within a positive tolerance below it ("equal" is not "more than").
            return value > stated + Epsilon ? ClaimStatus.Matches
                : tolerance > 0 && stated - value <= tolerance + Epsilon ? ClaimStatus.Close : ClaimStatus.Diverges;
        }

        var rounded = Math.Round(value, decimals, MidpointRounding.AwayFromZero);
        if (Math.Abs(rounded - stated) <= Epsilon)
        {
            return ClaimStatus.Matches;
        }

        return Math.Abs(value - stated) <= (tolerance ?? 0) + Epsilon ? ClaimStatus.Close : ClaimStatus.Diverges;
    }
}

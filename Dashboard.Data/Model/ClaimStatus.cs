namespace Dashboard.Data.Model;

/// <summary>How a claim compares with the value recomputed from the primary series.</summary>
public enum ClaimStatus
{
    /// <summary>Equal after rounding the recomputed value to the claim's precision.</summary>
    Matches,

    /// <summary>Not equal, but within the claim's tolerance.</summary>
    Close,

    /// <summary>Further apart than the tolerance.</summary>
    Diverges,

    /// <summary>No primary series (or no value for the claim's period) to recompute from.</summary>
    NotCheckable,
}

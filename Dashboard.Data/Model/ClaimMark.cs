namespace Dashboard.Data.Model;

/// <summary>
/// A claim of the paper placed on a chart: the stated value and the key (entity, counterpart, period) of the
/// observation of the charted indicator it belongs to. Read by <see cref="Queries.ClaimQueries.GetMarksAsync"/>.
/// </summary>
public sealed record ClaimMark
{
    public string ClaimId { get; init; } = "";
    public double StatedValue { get; init; }

    /// <summary>The stated value as written ("1.5"), so a label keeps the claim's precision.</summary>
    public string StatedText { get; init; } = "";

    public string Unit { get; init; } = "";
    public string EntityCode { get; init; } = "";
    public string? CounterpartCode { get; init; }
    public string Period { get; init; } = "";

    /// <summary>The claim's words in the paper; claims with the same wording are one figure checked against several periods.</summary>
    public string Wording { get; init; } = "";

    public string Explanation { get; init; } = "";
}

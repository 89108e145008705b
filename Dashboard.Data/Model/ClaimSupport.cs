namespace Dashboard.Data.Model;

/// <summary>
/// A period in which the primary series of a <c>lookup</c> claim would support the stated figure (status matches or
/// close), whatever period the claim is judged on: "for which years does the series give almost 40 %?".
/// </summary>
public sealed record ClaimSupport
{
    public string Period { get; init; } = "";
    public double Value { get; init; }
    public ClaimStatus Status { get; init; }
}

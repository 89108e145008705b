namespace Dashboard.Data.Model;

/// <summary>
/// What an observation's value is (<c>basis</c> in <c>data/README.md</c>): printed in the source, computed by us, or
/// the source's own estimate or projection beside its actual data.
/// </summary>
public static class ObservationBasis
{
    /// <summary>Printed in the source as a value of its period.</summary>
    public const string Stated = "stated";

    /// <summary>Computed by us from the source data (how: <c>derived_from</c>).</summary>
    public const string Derived = "derived";

    /// <summary>
    /// Printed in the source, but as its estimate or projection, not actual data (IMF WEO: the years after a country's
    /// "Estimates Start After"). Charts draw such values apart, and alt text and CSV say which they are.
    /// </summary>
    public const string Estimate = "estimate";

    /// <summary>Every allowed basis, in the order messages list them.</summary>
    public static IReadOnlyList<string> All { get; } = [Stated, Derived, Estimate];
}

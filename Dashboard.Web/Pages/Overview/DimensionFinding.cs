namespace Dashboard.Web.Pages.Overview;

/// <summary>
/// One dimension of the paper's comparison on the Overview: the finding in one sentence, where the paper says it,
/// and the indicators whose charts support it (in order of preference; those without data are skipped).
/// </summary>
public sealed record DimensionFinding
{
    public required string Dimension { get; init; }

    public required string Heading { get; init; }

    public required string Finding { get; init; }

    /// <summary>Where the finding comes from: the paper's section and the source it cites.</summary>
    public required string Citation { get; init; }

    /// <summary>Source id of <see cref="Citation"/>, for the link to the bibliography.</summary>
    public required string SourceId { get; init; }

    public required IReadOnlyList<KeyChart> KeyCharts { get; init; }
}

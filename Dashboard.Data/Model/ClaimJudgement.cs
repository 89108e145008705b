namespace Dashboard.Data.Model;

/// <summary>
/// The recorded verdict behind a claim's status: the data version (and time) that judged it, and, when the status is
/// not the one the claim had before, that earlier status and whether a revision of the data brought the change.
/// </summary>
public sealed record ClaimJudgement
{
    public string DataVersion { get; init; } = "";

    /// <summary>UTC, as the revision history writes times.</summary>
    public string JudgedAt { get; init; } = "";

    public ClaimStatus Status { get; init; }

    public double? Recomputed { get; init; }

    /// <summary>The revision whose import was judged (null: judged before any refresh, or after an upload).</summary>
    public long? RevisionId { get; init; }

    /// <summary>The status of the judgement before this one, when it differs (null: none recorded, or the same).</summary>
    public ClaimStatus? PreviousStatus { get; init; }

    /// <summary>True when a revision of the data changed the claim's status: the reader should look again.</summary>
    public bool ChangedByRevision => PreviousStatus is not null && RevisionId is not null;
}

namespace Dashboard.Data.Model;

/// <summary>
/// One value a revision changed: old → new for a key (indicator, entity, counterpart, period), or a row added (no old
/// value) or removed (no new value), with when it was published here, by which feed (or upload), from which edition.
/// </summary>
public sealed record RevisionChange
{
    public long RevisionId { get; init; }

    /// <summary>UTC, <c>YYYY-MM-DDTHH:MM:SS.fffffffZ</c>.</summary>
    public string RevisedAt { get; init; } = "";

    public string? Edition { get; init; }

    /// <summary>The feed id, or "upload".</summary>
    public string Origin { get; init; } = "";

    public string DatasetId { get; init; } = "";

    public string IndicatorId { get; init; } = "";
    public string EntityCode { get; init; } = "";
    public string? CounterpartCode { get; init; }
    public string Period { get; init; } = "";

    /// <summary>added, changed or removed.</summary>
    public string Change { get; init; } = "";

    public double? OldValue { get; init; }
    public double? NewValue { get; init; }
}

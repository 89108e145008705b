namespace Dashboard.Data.Import;

/// <summary>One example row of an <see cref="IndicatorDiff"/>: kind is "new", "changed" or "removed".</summary>
public sealed record DiffSample(string Kind, string Entity, string? Counterpart, string Period, double? OldValue, double? NewValue, string? ChangedFields);

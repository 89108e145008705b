namespace Dashboard.Data.Queries;

/// <summary>Where a page of revision changes continues: after this change (newest revision first, then key order).</summary>
public sealed record RevisionKey(long RevisionId, string Entity, string Counterpart, string Period);

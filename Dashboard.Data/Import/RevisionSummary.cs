namespace Dashboard.Data.Import;

/// <summary>The revision an import recorded: its id and how many values were added, changed and removed.</summary>
public sealed record RevisionSummary(long Id, bool First, long Added, long Changed, long Removed)
{
    public bool IsEmpty => Added + Changed + Removed == 0;
}
